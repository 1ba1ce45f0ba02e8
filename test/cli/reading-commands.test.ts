// Every command that reads logs follows the same rules (src/logs/find/inputs.ts): the same paths
// find the same files, and logs that hold no request fail the same way. In-process; the bundle as
// installed from the package runs the same rules in test/package.test.ts.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli-in-process.js';

const FALCO = new URL('../fixtures/audit-logs/falco-k8s-audit', import.meta.url).pathname;
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'reading-'));

/** Where a command writes, when it writes files: each run gets a fresh place. */
interface Run {
  argv: string[];
  /** What must not exist after a refused run: nothing is written before the logs are read. */
  output?: string;
}

const EXPECT = (() => {
  const file = path.join(tmp(), 'expect.yaml');
  writeFileSync(file, '- {name: mallory does nothing, forbid: {user: mallory}}\n');
  return file;
})();

/** Each reading command, given its logs. */
const COMMANDS: Record<string, (logs: string[]) => Run> = {
  check: (logs) => ({ argv: ['check', '--expect', EXPECT, ...logs] }),
  baseline: (logs) => ({ argv: ['baseline', ...logs] }),
  summarize: (logs) => ({ argv: ['summarize', ...logs] }),
  rbac: (logs) => {
    const output = path.join(tmp(), 'rbac');
    return { argv: ['rbac', ...logs, '--all', '--out', output], output: path.join(output, 'x') };
  },
  merge: (logs) => {
    const output = path.join(tmp(), 'merged.jsonl');
    return { argv: ['merge', ...logs, '--out', output], output };
  },
  redact: (logs) => {
    const output = path.join(tmp(), 'redacted');
    return { argv: ['redact', logs[0] ?? '', output], output };
  },
};

/** Inputs that hold no request, and what each command must say about them. */
const NOTHING: Record<string, () => { path: string; said: string }> = {
  'an empty folder': () => {
    const dir = tmp();
    return { path: dir, said: `read 0 requests from ${dir}: no log file was found` };
  },
  'an empty file': () => {
    const file = path.join(tmp(), 'audit.log');
    writeFileSync(file, '');
    return { path: file, said: `read 0 requests from ${file}: 1 file, and it is empty` };
  },
  'a file that is not JSON': () => {
    const file = path.join(tmp(), 'audit.log');
    writeFileSync(file, 'I0101 00:00:00 this is the API server log, not its audit log\n');
    return {
      path: file,
      said: `read 0 requests from ${file}: 1 file, 1 line, none of them an audit event`,
    };
  },
  'a .gz that is not gzip': () => {
    const file = path.join(tmp(), 'audit.log.gz');
    writeFileSync(file, '{"kind":"Event","stage":"ResponseComplete"}\n');
    return {
      path: file,
      said: `LOG argument "${file}": it is named .gz but is not gzip-compressed`,
    };
  },
};

describe('every reading command fails loudly on logs that hold no request', () => {
  const cases = Object.keys(COMMANDS).flatMap((command) =>
    Object.keys(NOTHING).map((input) => [command, input] as const),
  );

  it.each(cases)(
    '%s on %s exits 2, saying what it read, and writes nothing',
    async (command, input) => {
      const given = NOTHING[input]?.() ?? { path: '', said: '' };
      const run = COMMANDS[command]?.([given.path]) ?? { argv: [] };
      const result = await cli(run.argv);
      expect(result.code).toBe(2);
      const said =
        command === 'redact' ? given.said.replace('LOG argument', 'IN argument') : given.said;
      expect(result.stderr).toContain(`kind-audit ${command}: ${said}`);
      expect(result.stdout).toBe('');
      if (run.output) expect(existsSync(run.output)).toBe(false);
    },
  );

  it.each(Object.keys(COMMANDS))(
    '%s --allow-empty accepts an empty log, with the warning on stderr only',
    async (command) => {
      const given = NOTHING['an empty file']?.() ?? { path: '', said: '' };
      const run = COMMANDS[command]?.([given.path]) ?? { argv: [] };
      const result = await cli([...run.argv, '--allow-empty']);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(`warning: ${given.said}`);
      expect(result.stdout).not.toContain('warning');
      expect(result.stdout).not.toContain('read 0 requests');
    },
  );
});

describe('every reading command reads the same folder the same way', () => {
  // 47 *.json files of one event each (one is not an event): summarize read them all, redact
  // said there were no audit files (exit 1) and merge refused them (exit 2).
  it.each([
    ['summarize', /^51 requests, 52 lines \(1 not an event\)/],
    ['check', /1 expectation, 0 violated; 51 requests checked\n$/],
    ['baseline', /^minikube-user\tcreate\tpods\/exec\tdefault$/m],
    ['rbac', /kind-audit:minikube-user/],
    ['merge', /: 51 events from 1 source; 1 of 52 lines was not an event;/],
    ['redact', /^47 files redacted into \S+: 52 lines, /],
  ])('%s reads all 47 files', async (command, printed) => {
    const run = COMMANDS[command]?.([FALCO]) ?? { argv: [] };
    const argv = command === 'rbac' ? ['rbac', FALCO, '--all', '--out', '-'] : run.argv;
    const result = await cli(argv);
    expect(result.stderr).not.toContain('kind-audit');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(printed);
    if (command === 'redact' && run.output)
      expect(readdirSync(run.output).filter((f) => f.endsWith('.json'))).toHaveLength(47);
  });
});
