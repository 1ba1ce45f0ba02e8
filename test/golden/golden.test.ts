// Golden outputs: what the CLI prints and writes, and the artifact post builds, on the fixtures of
// test/fixtures/audit-logs, compared byte for byte with the files under test/golden/expected/. A
// change of any output fails here, so a refactoring shows it changed nothing; a deliberate change
// regenerates the files (GOLDEN_UPDATE=1 npx vitest run test/golden) and says why in its commit.
//
// Only what truly varies from run to run is normalised, nothing else:
// - the temporary folder of the run is written <tmp>, and the repository's own path <repo>;
// - a .gz file is compared by its decompressed bytes (stored as NAME.gunzipped): the compressed
//   bytes depend on the zlib that node was built with, not on this code.
// The fixtures hold fixed timestamps, so no time of the run reaches any output.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArtifact } from '../../src/steps/post/artifact.js';
import type { CollectReport } from '../../src/steps/post/collect.js';
import { canaryLines } from '../fixtures/canaries/canary-events.js';
import { cli } from '../support/cli-in-process.js';
import { recordingLogger } from '../support/recording-logger.js';
import { runStateIn } from '../support/run-state.js';

const ROOT = realpathSync(fileURLToPath(new URL('../..', import.meta.url)));
const EXPECTED = path.join(ROOT, 'test/golden/expected');
const FIXTURES = path.join(ROOT, 'test/fixtures');
const LOGS = path.join(FIXTURES, 'audit-logs');
const DEMO = path.join(LOGS, 'audit2rbac-demo.log');
const FALCO = path.join(LOGS, 'falco-k8s-audit');
const EXPECTATIONS = path.join(ROOT, 'test/golden/expect.yaml');
const UPDATE = process.env.GOLDEN_UPDATE === '1';

const NODE_A = 'kind-control-plane';
const NODE_B = 'kind-control-plane2';

let tmp: string;
/** The logs as collected from two nodes: A a rotated .gz (with secrets planted) and its current file, B the falco events. */
let nodeFiles: Record<string, string[]>;

beforeAll(() => {
  tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'golden-')));
  const demo = readFileSync(DEMO, 'utf8').split('\n');
  const half = Math.floor(demo.length / 2);
  const falco = readdirSync(FALCO)
    .sort()
    .map((name) => readFileSync(path.join(FALCO, name), 'utf8'))
    .join('\n');
  const a = path.join(tmp, 'collected', NODE_A);
  const b = path.join(tmp, 'collected', NODE_B);
  const rotated = path.join(a, 'kube-apiserver-audit-2026-01-01T00-00-00.000.log.gz');
  const current = path.join(a, 'kube-apiserver-audit.log');
  const other = path.join(b, 'kube-apiserver-audit.log');
  write(rotated, gzipSync(`${[...demo.slice(0, half), ...canaryLines()].join('\n')}\n`));
  write(current, demo.slice(half).join('\n'));
  write(other, falco);
  nodeFiles = { [NODE_A]: [rotated, current], [NODE_B]: [other] };
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(file: string, data: string | Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
}

/** Text with the run's temporary folder and the repository's path made fixed. */
function normalise(text: string): string {
  return text.replaceAll(tmp, '<tmp>').replaceAll(ROOT, '<repo>');
}

const byName = ([x]: readonly [string, string], [y]: readonly [string, string]) =>
  x < y ? -1 : x > y ? 1 : 0;

/** Every file under dir, relative, sorted; a .gz by its decompressed bytes. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const name = path.posix.join(rel, entry.name);
      if (entry.isDirectory()) walk(name);
      else if (name.endsWith('.gz'))
        files.set(`${name}.gunzipped`, gunzipSync(readFileSync(path.join(dir, name))).toString());
      else files.set(name, readFileSync(path.join(dir, name), 'utf8'));
    }
  };
  walk('');
  return new Map([...files].sort(byName));
}

/** Compares (or, with GOLDEN_UPDATE=1, writes) the files of one case under expected/<name>/. */
function golden(name: string, actual: Map<string, string>): void {
  const dir = path.join(EXPECTED, name);
  const normalised = new Map(
    [...actual].map(([file, text]) => [file, normalise(text)] as const).sort(byName),
  );
  if (UPDATE) {
    rmSync(dir, { recursive: true, force: true });
    for (const [file, text] of normalised) write(path.join(dir, file), text);
  }
  expect(existsSync(dir), `${dir} is missing: run GOLDEN_UPDATE=1`).toBe(true);
  const expected = tree(dir);
  expect([...normalised.keys()]).toEqual([...expected.keys()]);
  for (const [file, text] of normalised) expect(text, `${name}/${file}`).toBe(expected.get(file));
}

/** One CLI run as files: what it printed, its exit code, and the files it wrote into `out`. */
async function runCli(argv: string[], out?: string): Promise<Map<string, string>> {
  const run = await cli(argv);
  const files = new Map<string, string>([
    ['argv.txt', `${argv.join('\n')}\n`],
    ['exit-code.txt', `${run.code}\n`],
    ['stdout.txt', run.stdout],
    ['stderr.txt', run.stderr],
  ]);
  if (out !== undefined && existsSync(out)) {
    for (const [file, text] of tree(out)) files.set(`out/${file}`, text);
  }
  return files;
}

describe('golden outputs of the CLI', () => {
  const logs = () => [DEMO, FALCO];

  it('summarize prints the same tables', async () => {
    golden('cli/summarize-md', await runCli(['summarize', ...logs()]));
  });

  it('summarize --json prints the same summary.json', async () => {
    golden('cli/summarize-json', await runCli(['summarize', ...logs(), '--json']));
  });

  it('summarize reads collected node folders, .gz and planted secrets alike', async () => {
    golden('cli/summarize-collected', await runCli(['summarize', path.join(tmp, 'collected')]));
  });

  it('check prints the same violations', async () => {
    golden('cli/check', await runCli(['check', '--expect', EXPECTATIONS, ...logs()]));
    golden(
      'cli/check-json',
      await runCli(['check', '--expect', EXPECTATIONS, ...logs(), '--json']),
    );
  });

  it('rbac writes the same roles', async () => {
    const out = path.join(tmp, 'rbac');
    golden('cli/rbac', await runCli(['rbac', ...logs(), '--all', '--out', out], out));
    golden('cli/rbac-user', await runCli(['rbac', ...logs(), '--user', 'bob']));
  });

  it('redact writes the same redacted files', async () => {
    const out = path.join(tmp, 'redacted');
    golden('cli/redact', await runCli(['redact', path.join(tmp, 'collected'), out], out));
  });

  it('merge writes the same merged file', async () => {
    const out = path.join(tmp, 'merged');
    mkdirSync(out);
    golden(
      'cli/merge',
      await runCli(
        ['merge', ...Object.values(nodeFiles).flat(), FALCO, '--out', path.join(out, 'a.jsonl')],
        out,
      ),
    );
  });
});

/** The pass threads' bundle, as post runs it (dist/ is committed; CI checks it is current). */
const PASS_THREAD = path.join(import.meta.dirname, '../../dist/post/pass-thread/index.js');

describe("golden artifact of post's writer", () => {
  it.each([
    ['on the main thread alone', undefined],
    ['with the pass threads', pathToFileURL(PASS_THREAD)],
  ])(
    'buildArtifact writes the same artifact tree from collected files, %s',
    async (_, passThread) => {
      if (passThread) expect(existsSync(PASS_THREAD), PASS_THREAD).toBe(true);
      const state = runStateIn(tmp, {
        policyPath: path.join(FIXTURES, 'guide/audit-policy.yaml'),
        kindConfigPath: path.join(FIXTURES, 'guide/kind-config.yaml'),
        policyOrigin: 'policy from test/fixtures/guide/audit-policy.yaml',
        controlPlaneNodes: [NODE_A, NODE_B],
        verifiedNodes: [NODE_A, NODE_B],
        insights: {
          rbac: true,
          rbacFor: [],
          expectPath: EXPECTATIONS,
          baselinePath: '',
          onDrift: 'warn',
          foldNamespaces: '',
        },
      });
      const file = (p: string) => ({
        path: p,
        bytes: readFileSync(p).length,
        events: 0,
        requests: 0,
        unreadable: 0,
      });
      const collected: CollectReport = {
        outDir: path.join(tmp, 'collected'),
        files: Object.values(nodeFiles).flat(),
        nodes: [
          {
            node: NODE_A,
            container: 'running',
            source: 'runner',
            files: nodeFiles[NODE_A]!.map(file),
          },
          { node: NODE_B, container: 'gone', source: 'node', files: nodeFiles[NODE_B]!.map(file) },
        ],
      };
      const outDir = path.join(tmp, 'artifact');
      rmSync(outDir, { recursive: true, force: true });
      const log = recordingLogger();
      const built = await buildArtifact(log, state, collected, outDir, {
        redact: true,
        rawFiles: true,
        passThread,
      });
      const files = tree(outDir);
      // What post logs and the file counts it fills in are outputs too.
      files.set(
        'built.json.txt',
        `${JSON.stringify(
          {
            files: built.files.map((f) => path.relative(outDir, f)),
            merge: built.merge,
            redaction: built.redaction,
            rbacYaml: Object.fromEntries(built.rbacYaml),
            collected,
            log: log.lines,
          },
          null,
          2,
        )}\n`,
      );
      golden('artifact', files);
    },
  );
});
