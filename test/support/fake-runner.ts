import type { RunResult, Runner } from '../../src/process/exec.js';

/** A scripted command: answers the calls whose command line starts with `prefix`. */
export interface FakeCommand {
  prefix: string[];
  answer: (args: readonly string[]) => Partial<RunResult>;
}

/**
 * A runner for unit tests that answers from a script, like a node would. Unknown commands exit
 * 127 as a shell would, so a test notices a command it did not expect.
 */
export function fakeRunner(commands: FakeCommand[]): Runner & { calls: string[][] } {
  const calls: string[][] = [];
  const runner = (cmd: string, args: readonly string[]) => {
    const argv = [cmd, ...args];
    calls.push(argv);
    const match = commands.find((c) => c.prefix.every((p, i) => argv[i] === p));
    const answer = match?.answer(argv) ?? { code: 127, stderr: `${cmd}: not scripted` };
    return Promise.resolve({ code: 0, stdout: '', stderr: '', ...answer });
  };
  return Object.assign(runner, { calls });
}
