// The layers of src/, and the rules that keep imports pointing down them.
//
// Top to bottom: the entries (the action's main and post, the CLI, the summary's worker thread)
// read their inputs, run the steps, and the steps use the cluster side (render, verify, kind) and
// the foundations. Every module of src/ gets a layer from LAYERS; an import of a higher layer (a
// lower number) fails, naming the file, the import and both layers. A module the table does not
// cover fails too, so a new folder gets its layer on purpose rather than by accident.
//
// Among the foundations, the audit logs are handled by folders with one job each, ordered in
// SUBLAYERS: collect (copies the logs out of the nodes), then under src/logs/ the summary, the
// pass (each node's files read once, keyed, redacted, merged), find (the logs a command names),
// redact, the event model and line I/O at the bottom. A folder imports only the folders below it.
//
// Every folder of src/ that has an index.ts (those folders, src/policy/, src/verify/, …) is
// entered only through it: a module outside the folder importing any other of its files fails;
// the folder's own modules, its subfolders' too, import one another directly. And no module of src/ reaches itself through its imports: a cycle
// fails with its path.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** One row of the table: a layer number (0 is the top) and the modules that belong to it. */
interface Layer {
  level: number;
  name: string;
  /** `src/x.ts` for one file, `src/x/` for every file below that folder. */
  modules: readonly string[];
}

/** Top to bottom. To place a new module, add its file or folder to the row it belongs to. */
const LAYERS: readonly Layer[] = [
  {
    level: 0,
    name: 'entries',
    modules: [
      'src/main.ts',
      'src/post.ts',
      'src/cli.ts',
      'src/summary-thread.ts',
      'src/pass-thread.ts',
      'src/action/',
      'src/cli/',
    ],
  },
  { level: 1, name: 'inputs', modules: ['src/inputs/'] },
  { level: 2, name: 'steps', modules: ['src/steps/'] },
  {
    level: 3,
    name: 'render, verify, kind',
    modules: ['src/verify/', 'src/kind/'],
  },
  {
    level: 4,
    name: 'foundations',
    modules: [
      'src/artifact/',
      'src/collect/',
      'src/files/',
      'src/insight/',
      'src/kubernetes/',
      'src/linear-regex/',
      'src/logs/',
      'src/messages/',
      'src/policy/',
      'src/process/',
      'src/report/',
      'src/state/',
      'src/text/',
      // The package's manifest: the CLI reads its version from it (src/cli/version.ts).
      'package.json',
    ],
  },
];

/**
 * The folders that handle the audit logs, top to bottom: each imports only those below it (and
 * its own files). Modules outside this list are placed by LAYERS alone.
 */
const SUBLAYERS: readonly string[] = [
  'src/collect/', // copies the audit files out of the nodes (Docker, or the runner's folder)
  'src/logs/summary/', // the summary's tables, from the events of a pass or of files
  'src/logs/pass/', // one pass over each node's files: counted, keyed, redacted, merged by time
  'src/logs/find/', // the logs a command names; audit file names and their write order
  'src/logs/redact/', // secret material replaced, line by line
  'src/logs/events/', // an audit event: its fields, its parse, its time and stage
  'src/logs/lines/', // line I/O: split, read, sink, buffers
];

/** The index of a module's sub-layer in SUBLAYERS, or -1 when it has none. */
function subLayerOf(module: string): number {
  return SUBLAYERS.findIndex((folder) => module.startsWith(folder));
}

/** The layer of a repository-relative module path, or undefined when the table misses it. */
function layerOf(module: string): Layer | undefined {
  return LAYERS.find((layer) =>
    layer.modules.some((m) => (m.endsWith('/') ? module.startsWith(m) : module === m)),
  );
}

/** Every module specifier a file names: imports (type-only too), re-exports, import() and import types. */
function specifiersOf(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push(node.moduleReference.expression.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A relative specifier as the repository-relative path of its TypeScript source (NodeNext: `x.js` is `x.ts`). */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined; // packages and node: builtins have no layer
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  return target
    .replace(/\.js$/, '.ts')
    .replace(/\.mjs$/, '.mts')
    .replace(/\.cjs$/, '.cts');
}

/**
 * The folders with an `index.ts`, outermost first: each is entered only through that file. Its own
 * modules, its subfolders' among them, import one another directly.
 */
function doorsOf(files: ReadonlyMap<string, string>): string[] {
  return [...files.keys()]
    .filter((file) => file.endsWith('/index.ts'))
    .map((file) => file.slice(0, -'index.ts'.length))
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
}

/** The problems in a set of modules (repository-relative path → source text), one line each. */
function layerViolations(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const describeLayer = (l: Layer) => `layer ${l.level} (${l.name})`;
  const doors = doorsOf(files);
  for (const [file, text] of files) {
    const own = layerOf(file);
    if (!own) {
      problems.push(`${file}: no layer in the table of test/layers.test.ts; add it to one`);
      continue;
    }
    for (const specifier of specifiersOf(file, text)) {
      const target = resolveSpecifier(file, specifier);
      if (target === undefined) continue;
      const theirs = layerOf(target);
      if (!theirs) {
        problems.push(`${file} imports '${specifier}' (${target}), which has no layer`);
      } else if (theirs.level < own.level) {
        problems.push(
          `${file} [${describeLayer(own)}] imports '${specifier}' (${target}) [${describeLayer(theirs)}], a layer above it`,
        );
      }
      const [mine, their] = [subLayerOf(file), subLayerOf(target)];
      if (mine >= 0 && their >= 0 && their < mine)
        problems.push(
          `${file} [${SUBLAYERS[mine]}] imports '${specifier}' (${target}) [${SUBLAYERS[their]}], a folder above it`,
        );
      const door = doors.find((folder) => target.startsWith(folder) && !file.startsWith(folder));
      if (door && target !== `${door}index.ts`)
        problems.push(
          `${file} imports '${specifier}' (${target}) past ${door}index.ts, the folder's only door`,
        );
    }
  }
  return problems;
}

/**
 * `src/steps/` by phase: main's work (`up/`) and post's (`post/`) meet only in the modules of
 * `src/steps/` itself, which import neither, so one phase never needs the other's files.
 */
const PHASES = ['src/steps/up/', 'src/steps/post/'] as const;

/** An import across the phases of `src/steps/`, one line each. */
function phaseViolations(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, text] of files) {
    if (!file.startsWith('src/steps/')) continue;
    const own = PHASES.find((p) => file.startsWith(p));
    for (const specifier of specifiersOf(file, text)) {
      const target = resolveSpecifier(file, specifier);
      const theirs = PHASES.find((p) => target?.startsWith(p));
      if (theirs && theirs !== own)
        problems.push(
          `${file} imports '${specifier}' (${target}): ${own ? `${own} and ${theirs} share only the modules of src/steps/` : 'a shared module of src/steps/ imports neither phase'}`,
        );
    }
  }
  return problems;
}

/**
 * The import cycles among a set of modules, one per strongly connected group (Tarjan), each as
 * its path: `a.ts → b.ts → a.ts`, starting from the group's first module by name.
 */
function importCycles(files: ReadonlyMap<string, string>): string[] {
  const edges = new Map<string, string[]>();
  for (const [file, text] of files) {
    const targets = specifiersOf(file, text)
      .map((s) => resolveSpecifier(file, s))
      .filter((t): t is string => t !== undefined && files.has(t));
    edges.set(file, [...new Set(targets)].sort());
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const connect = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || edges.get(v)?.includes(v)) groups.push(group.sort());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) connect(v);
  return groups.map((group) => cyclePath(group, edges)).sort();
}

/** A shortest path from a group's first module back to itself, inside the group. */
function cyclePath(group: string[], edges: ReadonlyMap<string, string[]>): string {
  const start = group[0]!;
  const inGroup = new Set(group);
  const from = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i]!;
    for (const w of edges.get(v) ?? []) {
      if (!inGroup.has(w)) continue;
      if (w === start) {
        const chain: string[] = [];
        for (let at = v; at !== start; at = from.get(at)!) chain.unshift(at);
        return [start, ...chain, start].join(' → ');
      }
      if (!from.has(w)) {
        from.set(w, v);
        queue.push(w);
      }
    }
  }
  return group.join(' → ');
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Every .ts file under src/, as repository-relative paths with forward slashes. */
function sourceFiles(dir = 'src'): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .flatMap((entry) => {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return sourceFiles(rel);
      return /\.[cm]?ts$/.test(entry.name) ? [rel] : [];
    })
    .sort();
}

describe('import layers (docs/architecture.md)', () => {
  it('src/ has modules to check', () => {
    expect(sourceFiles().length).toBeGreaterThan(10);
  });

  it('no module of src/ imports one of a higher layer, and every module has a layer', () => {
    const files = new Map(
      sourceFiles().map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8')] as const),
    );
    expect(layerViolations(files)).toEqual([]);
  });

  it("src/steps/up/ and src/steps/post/ import only each other's shared modules", () => {
    const files = new Map(
      sourceFiles('src/steps').map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8')] as const),
    );
    expect(files.size).toBeGreaterThan(2);
    expect(phaseViolations(files)).toEqual([]);
  });

  it('no module of src/ reaches itself through its imports', () => {
    const files = new Map(
      sourceFiles().map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8')] as const),
    );
    expect(importCycles(files)).toEqual([]);
  });
});

describe('the layer checker itself', () => {
  const check = (files: Record<string, string>) => layerViolations(new Map(Object.entries(files)));

  it('flags an upward import, naming the file, the import and both layers', () => {
    expect(check({ 'src/kind/cluster.ts': "import { runUp } from '../steps/up.js';\n" })).toEqual([
      "src/kind/cluster.ts [layer 3 (render, verify, kind)] imports '../steps/up.js' (src/steps/up.ts) [layer 2 (steps)], a layer above it",
    ]);
  });

  it.each([
    ['import type', "import type { Inputs } from '../inputs/read.js';"],
    ['an inline type import', "import { type Inputs } from '../inputs/read.js';"],
    ['export * from', "export * from '../inputs/read.js';"],
    ['export { … } from', "export { type Inputs } from '../inputs/read.js';"],
    ['a dynamic import()', "const m = await import('../inputs/read.js');"],
    ['an import type node', "let x: typeof import('../inputs/read.js');"],
    ['import = require()', "import inputs = require('../inputs/read.js');"],
  ])('sees %s', (_what, line) => {
    expect(check({ 'src/steps/files.ts': `${line}\n` })).toEqual([
      expect.stringContaining(`src/steps/files.ts [layer 2 (steps)] imports '../inputs/read.js'`),
    ]);
  });

  it('accepts imports of the same or a lower layer, packages and builtins', () => {
    expect(
      check({
        'src/steps/up.ts': [
          "import { x } from './files.js';",
          "import { y } from '../kind/cluster.js';",
          "import { z } from '../process/exec.js';",
          "import * as core from '@actions/core';",
          "import fs from 'node:fs';",
          '// a comment naming ../action/main.js is no import',
          'const s = "from \'../action/main.js\'";',
        ].join('\n'),
      }),
    ).toEqual([]);
  });

  it('fails a module, or an import target, that the table does not place', () => {
    expect(
      check({
        'src/brand-new/thing.ts': '',
        'src/kind/cluster.ts': "import { a } from '../brand-new/thing.js';",
      }),
    ).toEqual([
      'src/brand-new/thing.ts: no layer in the table of test/layers.test.ts; add it to one',
      "src/kind/cluster.ts imports '../brand-new/thing.js' (src/brand-new/thing.ts), which has no layer",
    ]);
  });

  it("flags an import of a log folder above, and one past a folder's index.ts", () => {
    expect(
      check({
        'src/logs/events/index.ts': '',
        'src/logs/events/event.ts': "import { x } from '../pass/index.js';",
        'src/logs/pass/index.ts': '',
        'src/logs/pass/merge.ts': "import { y } from '../events/event.js';",
        'src/logs/summary/tally.ts': "import { z } from '../events/index.js';",
      }),
    ).toEqual([
      "src/logs/events/event.ts [src/logs/events/] imports '../pass/index.js' (src/logs/pass/index.ts) [src/logs/pass/], a folder above it",
      "src/logs/pass/merge.ts imports '../events/event.js' (src/logs/events/event.ts) past src/logs/events/index.ts, the folder's only door",
    ]);
  });

  it('flags an import past the index.ts of any folder that has one, and only from outside it', () => {
    expect(
      check({
        'src/policy/index.ts': "export { a } from './aliases.js';",
        'src/policy/aliases.ts': "import { b } from './types.js';",
        'src/policy/types.ts': '',
        'src/insight/expect/index.ts': "export { g } from './glob.js';",
        'src/insight/expect/glob.ts': '',
        'src/insight/expect/sub/deep.ts': "import { g } from '../glob.js';",
        'src/insight/insight-pass.ts': "import { g } from './expect/glob.js';",
        'src/insight/rbac/grants.ts': "import { g } from '../expect/index.js';",
        'src/kind/user-config.ts':
          "import { a } from '../policy/aliases.js';\nimport { c } from '../policy/index.js';",
        'src/steps/up/up.ts': "import type { T } from '../../policy/types.js';",
        // A folder without an index.ts has no door: its files are imported as they are.
        'src/insight/rbac/generator.ts': '',
        'src/steps/post/post.ts': "import { r } from '../../insight/rbac/generator.js';",
      }),
    ).toEqual([
      "src/insight/insight-pass.ts imports './expect/glob.js' (src/insight/expect/glob.ts) past src/insight/expect/index.ts, the folder's only door",
      "src/kind/user-config.ts imports '../policy/aliases.js' (src/policy/aliases.ts) past src/policy/index.ts, the folder's only door",
      "src/steps/up/up.ts imports '../../policy/types.js' (src/policy/types.ts) past src/policy/index.ts, the folder's only door",
    ]);
  });

  it('holds a folder with an index.ts inside another to both doors', () => {
    expect(
      check({
        'src/logs/index.ts': '',
        'src/logs/own.ts': "import { x } from './events/event.js';",
        'src/logs/events/index.ts': '',
        'src/logs/events/event.ts': '',
        'src/steps/post/post.ts': "import { y } from '../../logs/events/index.js';",
      }),
    ).toEqual([
      "src/logs/own.ts imports './events/event.js' (src/logs/events/event.ts) past src/logs/events/index.ts, the folder's only door",
      "src/steps/post/post.ts imports '../../logs/events/index.js' (src/logs/events/index.ts) past src/logs/index.ts, the folder's only door",
    ]);
  });

  it('finds an import cycle and names its path', () => {
    const cycles = (files: Record<string, string>) => importCycles(new Map(Object.entries(files)));
    expect(
      cycles({
        'src/a.ts': "import { b } from './b.js';",
        'src/b.ts': "import type { c } from './c.js';",
        'src/c.ts': "export { a } from './a.js';",
        'src/d.ts': "import { a } from './a.js';",
        'src/e.ts': "import { e } from './e.js';",
      }),
    ).toEqual(['src/a.ts → src/b.ts → src/c.ts → src/a.ts', 'src/e.ts → src/e.ts']);
    expect(cycles({ 'src/a.ts': "import { b } from './b.js';", 'src/b.ts': '' })).toEqual([]);
  });

  it('places every entry, inputs and steps module the design names', () => {
    expect(layerOf('src/cli/flags.ts')?.level).toBe(0);
    expect(layerOf('src/inputs/read.ts')?.level).toBe(1);
    expect(layerOf('src/steps/post/collect.ts')?.level).toBe(2);
    expect(layerOf('src/steps/up/up.ts')?.level).toBe(2);
    expect(layerOf('src/verify/probe.ts')?.level).toBe(3);
    expect(layerOf('src/policy/source.ts')?.level).toBe(4);
    // A prefix is a folder, never the start of a file name.
    expect(layerOf('src/steps.ts')).toBeUndefined();
  });

  it('flags an import across the phases of src/steps/, and a shared module importing either', () => {
    expect(
      phaseViolations(
        new Map([
          [
            'src/steps/post/post.ts',
            "import { up } from '../up/up.js';\nimport { a } from '../cleanup.js';",
          ],
          [
            'src/steps/up/up.ts',
            "import { b } from '../post/collect.js';\nimport { c } from './kind.js';",
          ],
          ['src/steps/cleanup.ts', "import { d } from './post/post.js';"],
          ['src/kind/cluster.ts', "import { e } from '../steps/post/post.js';"],
        ]),
      ),
    ).toEqual([
      "src/steps/post/post.ts imports '../up/up.js' (src/steps/up/up.ts): src/steps/post/ and src/steps/up/ share only the modules of src/steps/",
      "src/steps/up/up.ts imports '../post/collect.js' (src/steps/post/collect.ts): src/steps/up/ and src/steps/post/ share only the modules of src/steps/",
      "src/steps/cleanup.ts imports './post/post.js' (src/steps/post/post.ts): a shared module of src/steps/ imports neither phase",
    ]);
  });
});
