// Post and `kind-audit merge` run their pass where V8's young generation is capped
// (src/process/capped-memory.ts). What a user would notice if the relay were wrong: a lost exit
// code, lost or reordered output, a failure that passes, a signal that does not stop the command.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CAPPED_SEMI_SPACE_FLAG,
  CAPPED_YOUNG_GENERATION_MB,
} from '../../src/process/capped-memory.js';

const SCRIPT = path.join(import.meta.dirname, 'capped-script.ts');

function script(args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    input,
  });
}

describe('runOnCappedThread: the work on a worker thread whose young generation is capped', () => {
  it('runs the work off the main thread, capped, with its output whole and in order and its exit code', () => {
    const result = script(['thread', '3']);
    expect(result.status, result.stderr).toBe(3);
    const [first, ...lines] = result.stdout.trimEnd().split('\n');
    expect(JSON.parse(first ?? '')).toEqual({
      isMainThread: false,
      young: CAPPED_YOUNG_GENERATION_MB,
    });
    expect(lines).toEqual(Array.from({ length: 2000 }, (_, i) => `line ${i}`));
  });

  it('ends the process with 0 when the work sets no code', () => {
    expect(script(['thread', '0']).status).toBe(0);
  });

  it('fails the process, saying why, when the work fails with an error nobody caught', () => {
    const result = script(['throws']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^reported: Error: the work broke\n {4}at /);
  });
});

describe('rerunCapped: the command again in a child process whose young generation is capped', () => {
  it('gives the child the flag once, keeping the flags this process was started with', () => {
    const result = script(['child', 'exit', '0']);
    expect(result.status, result.stderr).toBe(0);
    const child = JSON.parse(result.stdout) as { execArgv: string[]; pid: number };
    expect(child.execArgv).toEqual(['--import', 'tsx', CAPPED_SEMI_SPACE_FLAG]);
    expect(CAPPED_SEMI_SPACE_FLAG).toBe('--max-semi-space-size=8');
  });

  it.each([0, 2, 7])('ends with the exit code %i of the child', (code) => {
    expect(script(['child', 'exit', String(code)]).status).toBe(code);
  });

  it.each(['SIGTERM', 'SIGINT'])('ends by the signal (%s) that ended the child', (signal) => {
    const result = script(['child', 'signal', signal]);
    expect([result.status, result.signal]).toEqual([null, signal]);
  });

  it("hands the child this process's standard input, unread", () => {
    const input = 'x'.repeat(200_000);
    const result = script(['child', 'stdin'], input);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').slice(1).join('\n')).toBe(input);
  });

  it('passes a signal sent to this process on to the child, and ends by it', async () => {
    const parent = spawn(process.execPath, ['--import', 'tsx', SCRIPT, 'child', 'wait'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [line] = (await once(parent.stdout.setEncoding('utf8'), 'data')) as [string];
    const { pid } = JSON.parse(line) as { pid: number };
    const ended = once(parent, 'exit');
    parent.kill('SIGTERM');
    const [code, signal] = (await ended) as [number | null, string | null];
    expect([code, signal]).toEqual([null, 'SIGTERM']);
    // The child is gone too: signal 0 only asks whether the process exists.
    expect(() => process.kill(pid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  });
});
