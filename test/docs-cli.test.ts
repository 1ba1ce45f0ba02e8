// docs/cli.md against the CLI itself: every command and flag documented, the exit codes as the
// code has them, and each JSON shape as the commands print it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/cli/exit-codes.js';
import { COMMANDS } from '../src/cli/main.js';
import { COMMON_FLAGS } from '../src/cli/flags.js';
import { cli } from './support/cli-in-process.js';

const DOC = readFileSync(new URL('../docs/cli.md', import.meta.url), 'utf8');
const DEMO = new URL('fixtures/audit-logs/audit2rbac-demo.log', import.meta.url).pathname;

/** The text of `## <heading>` up to the next `## `. */
function section(heading: string): string {
  const [, after] = DOC.split(`\n## ${heading}\n`);
  return after?.split('\n## ')[0] ?? '';
}

describe('docs/cli.md documents every command and flag', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('kind-audit %s', (name, command) => {
    const text = section(`\`kind-audit ${name}\``);
    expect(text, `a section for ${name}`).not.toBe('');
    const common = new Set(COMMON_FLAGS.map((f) => f.flag));
    for (const flag of command.flags.filter((f) => !common.has(f.flag))) {
      expect(text, `--${flag.flag} of ${name}`).toContain(`--${flag.flag}`);
      // The long forms (--cluster-name for --name) are explained once, under Commands.
      if (flag.alias) expect(DOC, `--${flag.alias} of ${name}`).toContain(`--${flag.alias}`);
    }
  });

  it('lists every command in its table, and the exit codes as the code has them', () => {
    const table = section('Commands');
    for (const command of COMMANDS) expect(table).toContain(`| \`${command.name}\``);
    const codes = section('Exit codes')
      .split('\n')
      .filter((line) => /^\| `\d`/.test(line))
      .map((line) => Number(/`(\d)`/.exec(line)?.[1]));
    expect(codes).toEqual(Object.values(EXIT));
  });
});

/** The JSON block after `<!-- json-shape: NAME -->`. */
function documented(name: string): unknown {
  const [, after] = DOC.split(`<!-- json-shape: ${name} -->`);
  const block = /```json\n([\s\S]*?)\n```/.exec(after ?? '')?.[1];
  if (!block) throw new Error(`docs/cli.md has no JSON shape for ${name}`);
  return JSON.parse(block) as unknown;
}

/**
 * Whether `actual` has the shape `doc` shows: the same keys at every level, the same kinds of
 * value; each element of an array like one the documentation shows (of the same `kind`, when the
 * elements have one). A documented `null` stands for any value that may be absent.
 */
function shapeErrors(doc: unknown, actual: unknown, where = '$'): string[] {
  const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  if (doc === null) return [];
  if (kind(doc) !== kind(actual)) return [`${where}: ${kind(actual)}, documented ${kind(doc)}`];
  if (Array.isArray(doc) && Array.isArray(actual)) {
    const shown = doc as unknown[];
    if (shown.length === 0) return [];
    return (actual as unknown[]).flatMap((item, i) => {
      const kindOf = (v: unknown) => (v as { kind?: unknown }).kind;
      const like = shown.find((d) => kindOf(d) === kindOf(item)) ?? shown[0];
      return shapeErrors(like, item, `${where}[${i}]`);
    });
  }
  if (kind(doc) !== 'object') return [];
  const d = doc as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  const keys = (o: object) => Object.keys(o).sort().join(', ');
  if (keys(d) !== keys(a)) return [`${where}: keys ${keys(a)}, documented ${keys(d)}`];
  return Object.keys(d).flatMap((k) => shapeErrors(d[k], a[k], `${where}.${k}`));
}

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'docs-cli-'));
function file(name: string, text: string): string {
  const at = path.join(tmp(), name);
  writeFileSync(at, text);
  return at;
}
const POLICY = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
- level: None
  verbs: [GET]
- level: Metadata
  resources:
  - group: ""
    resources: [secrets]
- level: Request
`;

describe("docs/cli.md's JSON shapes are what the commands print", () => {
  it.each<[string, () => string[]]>([
    [
      'check',
      () => [
        'check',
        '--json',
        '--expect',
        file('e.yaml', '- {name: nobody reads secrets, forbid: {resource: secrets}}\n'),
        DEMO,
      ],
    ],
    [
      'baseline',
      () => [
        'baseline',
        DEMO,
        '--json',
        '--compare',
        file('baseline.tsv', 'alice\tlist\tpods\tns1\nzed\tget\tpods\tns1\n'),
      ],
    ],
    ['rbac', () => ['rbac', DEMO, '--user', 'alice', '--out', tmp(), '--json']],
    ['policy validate', () => ['policy', 'validate', file('p.yaml', POLICY), '--json']],
    [
      'policy explain',
      () => [
        'policy',
        'explain',
        file('p.yaml', POLICY),
        '--verb',
        'get',
        '--resource',
        'secrets',
        '--namespace',
        'default',
        '--json',
      ],
    ],
  ])('%s --json', async (name, argv) => {
    const result = await cli(argv());
    expect(result.code, result.stderr).toBeLessThan(2);
    expect(shapeErrors(documented(name), JSON.parse(result.stdout))).toEqual([]);
  });

  it('catches an undocumented key', () => {
    expect(shapeErrors({ a: 1, b: [{ c: 'x' }] }, { a: 2, b: [{ c: 'y', d: 1 }] })).toEqual([
      '$.b[0]: keys c, d, documented c',
    ]);
    expect(shapeErrors({ a: 1 }, { a: '1' })).toEqual(['$.a: string, documented number']);
  });
});
