// The one way the e2e scripts run a command: an argument array, optional stdin, and an error
// that names the command, its exit code and what it printed on stderr.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Runs the command to its end and returns its stdout; a non-zero exit is an error. */
export function run(cmd: string, args: readonly string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolve(Buffer.concat(out).toString());
      const tail = Buffer.concat(err).toString().trim().split('\n').slice(-5).join('\n');
      reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${tail}`));
    });
    child.stdin.end(input ?? '');
  });
}

/** True when the module at `url` is the script node was started with. */
export function isEntry(url: string): boolean {
  const script = process.argv[1];
  return script !== undefined && url === pathToFileURL(path.resolve(script)).href;
}

/** Runs a script's main, printing a failure as a workflow error annotation and exiting 1. */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.log(`::error::${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
