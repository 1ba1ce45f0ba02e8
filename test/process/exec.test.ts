import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  boundedStreamRunner,
  CommandError,
  commandLine,
  debugRunner,
  run,
  runChecked,
  streamCommand,
  tail,
  TimeoutError,
  type CommandStream,
  type StreamExit,
} from '../../src/process/exec.js';

/** Whether a process with this id still runs. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

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

describe('run with a timeout', () => {
  it('stops a command that never exits, naming it and the time', async () => {
    const started = Date.now();
    const error = await run('sleep', ['1000'], { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe(
      '`sleep 1000` did not finish within 0.3 s and was stopped',
    );
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('kills one that ignores SIGTERM', { timeout: 15_000 }, async () => {
    const pidFile = path.join(os.tmpdir(), `exec-test-${process.pid}-${Date.now()}`);
    const error = await run(
      'sh',
      ['-c', `echo $$ > ${pidFile}; trap '' TERM; while :; do sleep 1; done`],
      {
        timeoutMs: 300,
      },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(alive(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
  });

  it('ends even when a process the command started keeps its output open', async () => {
    const started = Date.now();
    // The shell is stopped at once; the background sleep holds stdout for 20 s more.
    const error = await run('sh', ['-c', 'sleep 20 & sleep 20'], { timeoutMs: 300 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('leaves a command that finishes in time alone', async () => {
    expect((await run('sh', ['-c', 'echo done'], { timeoutMs: 5_000 })).stdout).toBe('done\n');
  });
});

/** A stream that writes `chunks` (one each `everyMs`) and then nothing, until stopped. */
function stalling(chunks: number, everyMs: number): CommandStream & { stops: number } {
  let stop: (() => void) | undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  async function* out(): AsyncIterable<Buffer> {
    for (let i = 0; i < chunks; i++) {
      await new Promise((resolve) => setTimeout(resolve, everyMs));
      yield Buffer.from(`chunk ${i}\n`);
    }
    await stopped;
  }
  const exited: Promise<StreamExit> = stopped.then(() => ({ code: 143, stderr: '' }));
  const stream = {
    stops: 0,
    stdout: Readable.from(out()),
    exited,
    stop: () => {
      stream.stops++;
      stop?.();
    },
  };
  return stream;
}

describe('boundedStreamRunner', () => {
  it('stops a stream that writes nothing for the idle time, and says so', async () => {
    const inner = stalling(3, 50);
    const command = boundedStreamRunner(() => inner, { idleMs: 400 })('docker', ['cp']);
    const got: string[] = [];
    for await (const chunk of command.stdout) got.push(chunk.toString());
    expect(got).toEqual(['chunk 0\n', 'chunk 1\n', 'chunk 2\n']);
    expect(await command.exited).toEqual({
      code: 143,
      stderr: '',
      stopped: 'it wrote nothing for 0.4 s',
    });
    expect(inner.stops).toBe(1);
  });

  it('does not count the time the reader spends on a chunk', async () => {
    const inner = stalling(2, 10);
    const command = boundedStreamRunner(() => inner, { idleMs: 200 })('docker', ['cp']);
    let read = 0;
    for await (const chunk of command.stdout) {
      read += chunk.length > 0 ? 1 : 0;
      // A slow disk: longer than the idle time, per chunk.
      await new Promise((resolve) => setTimeout(resolve, 400));
      if (read === 2) command.stop();
    }
    expect(read).toBe(2);
    expect((await command.exited).stopped).toBeUndefined();
  });

  it('stops a stream when the signal aborts, with its reason', async () => {
    const inner = stalling(1, 10);
    const controller = new AbortController();
    const command = boundedStreamRunner(() => inner, { idleMs: 60_000, signal: controller.signal })(
      'docker',
      ['cp'],
    );
    setTimeout(() => controller.abort("post's deadline of 1 s passed"), 100);
    for await (const _ of command.stdout) void _;
    expect((await command.exited).stopped).toBe("post's deadline of 1 s passed");
  });

  it('stops a real command that never writes', async () => {
    const command = boundedStreamRunner(streamCommand, { idleMs: 300 })('sleep', ['1000']);
    for await (const _ of command.stdout) void _;
    const exit = await command.exited;
    expect(exit.code).not.toBe(0);
    expect(exit.stopped).toBe('it wrote nothing for 0.3 s');
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
