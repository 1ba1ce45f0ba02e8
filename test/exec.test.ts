import { describe, expect, it } from 'vitest';
import { CommandError, commandLine, debugRunner, run, runChecked, tail } from '../src/exec.js';

describe('run (the real runner)', () => {
  it('decides success by exit code, not by stderr', async () => {
    const result = await runChecked(run, 'sh', ['-c', 'echo out; echo warning >&2']);
    expect(result).toEqual({ code: 0, stdout: 'out\n', stderr: 'warning\n' });
  });

  it('returns a non-zero exit without throwing', async () => {
    expect((await run('sh', ['-c', 'exit 3'])).code).toBe(3);
  });

  it('throws naming the command, the exit code and the stderr tail', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n');
    const error = await runChecked(run, 'sh', ['-c', `printf '${lines}' >&2; exit 4`]).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CommandError);
    const message = (error as Error).message;
    expect(message).toMatch(/^`sh -c '.*'` exited with code 4:\n/s);
    const shown = message.slice(message.indexOf('exited with code 4:\n'));
    expect(shown).toContain('line 29');
    expect(shown).toContain('line 10');
    expect(shown).not.toContain('line 9\n');
  });

  it('passes standard input and streams output as it comes', async () => {
    const chunks: string[] = [];
    const result = await run('cat', [], { input: 'hello', onOutput: (c) => chunks.push(c) });
    expect(result.stdout).toBe('hello');
    expect(chunks.join('')).toBe('hello');
  });
});

describe('commandLine', () => {
  it.each([
    [['kind', ['create', 'cluster', '--name', 'kind']], 'kind create cluster --name kind'],
    [['sh', ['-c', "echo 'hi' there"]], `sh -c 'echo '\\''hi'\\'' there'`],
    [['ls', ['']], "ls ''"],
  ] as const)('%j → %s', ([cmd, args], expected) => {
    expect(commandLine(cmd, args)).toBe(expected);
  });
});

describe('tail', () => {
  it('keeps the last lines', () => {
    expect(tail('a\nb\nc\n', 2)).toBe('b\nc');
  });
});

describe('debugRunner', () => {
  it('logs the command line as a person would type it, then runs it', async () => {
    const lines: string[] = [];
    const result = await debugRunner(run, { debug: (m) => lines.push(m) })('sh', ['-c', 'echo hi']);
    expect(lines).toEqual(["sh -c 'echo hi'"]);
    expect(result.stdout).toBe('hi\n');
  });
});
