// Imports point down the layers of docs/architecture.md ("Layers": entries → inputs → steps →
// render, verify, kind → foundations). Every module of src/
// gets a layer from the table below; an import of a higher layer (a lower number) fails, naming
// the file, the import and both layers. A module the table does not cover fails too, so a new
// folder gets its layer on purpose rather than by accident.
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
      'src/action/',
      'src/cli/',
    ],
  },
  { level: 1, name: 'inputs', modules: ['src/inputs/'] },
  { level: 2, name: 'steps', modules: ['src/steps/'] },
  {
    level: 3,
    name: 'render, verify, kind',
    modules: ['src/render.ts', 'src/verify/', 'src/kind/'],
  },
  {
    level: 4,
    name: 'foundations',
    modules: [
      'src/artifact/',
      'src/docker.ts',
      'src/duration.ts',
      'src/exec.ts',
      'src/fs-words.ts',
      'src/input-error.ts',
      'src/kube-version.ts',
      'src/insight/',
      'src/layout.ts',
      'src/linear-regex/',
      'src/logger.ts',
      'src/logs/',
      'src/markdown.ts',
      'src/plural.ts',
      'src/policy/',
      'src/report/',
      'src/safe-fs.ts',
      'src/state.ts',
      // The package's manifest: the CLI reads its version from it (src/cli/version.ts).
      'package.json',
    ],
  },
];

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

/** The problems in a set of modules (repository-relative path → source text), one line each. */
function layerViolations(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const describeLayer = (l: Layer) => `layer ${l.level} (${l.name})`;
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
          "import { z } from '../exec.js';",
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
        'src/logs/read.ts': "import { a } from '../brand-new/thing.js';",
      }),
    ).toEqual([
      'src/brand-new/thing.ts: no layer in the table of test/layers.test.ts; add it to one',
      "src/logs/read.ts imports '../brand-new/thing.js' (src/brand-new/thing.ts), which has no layer",
    ]);
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
