// `npm run summary-picture`: the README's picture of a job summary. It runs post's own engine
// (buildArtifact: redaction, merge, summary, RBAC and expectations in one pass) on the real audit
// logs in test/fixtures/audit-logs, composes the job summary as post does, renders its Markdown
// as GitHub does (cmark-gfm, GitHub's own Markdown library, with Mermaid drawing the chart), and
// screenshots the page in headless Chromium. It writes docs/job-summary.png and, beside it,
// docs/job-summary.json: the Markdown it rendered and the picture's SHA-256. The test
// test/summary-picture.test.ts renders the Markdown again (without Chromium) and fails when it
// differs, so a change to the summary without a new picture is caught.
//
// Needs Debian's chromium, cmark-gfm and an emoji font (`apt-get install chromium cmark-gfm
// fonts-noto-color-emoji`); Mermaid's
// browser bundle comes from the npm registry (`npm pack`), pinned below, into node_modules/.cache.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CollectReport, NodeReport } from '../src/collect/report.js';
import type { Logger } from '../src/messages/logger.js';
import { jobSummary } from '../src/report/job-summary.js';
import { buildArtifact } from '../src/steps/post/artifact.js';
import { runStateIn } from '../test/support/run-state.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LOGS = path.join(ROOT, 'test/fixtures/audit-logs');
export const PICTURE = path.join(ROOT, 'docs/job-summary.png');
export const RECORD = path.join(ROOT, 'docs/job-summary.json');

/** Mermaid's browser bundle, as GitHub draws ```mermaid blocks. */
const MERMAID = '11.17.2';
/** The page's width: GitHub's job summary pane on a laptop screen. */
const WIDTH = 1100;

/**
 * The logs the picture shows, each read as one control-plane node of one run (they come from two
 * clusters: test/fixtures/audit-logs/README.md says whose), and the expectations checked on them.
 */
const SOURCES = [
  { node: 'audit2rbac-demo', files: ['audit2rbac-demo.log'] },
  { node: 'falco-k8s-audit', folder: 'falco-k8s-audit' },
] as const;
const EXPECTATIONS = `- name: nobody reads Secrets
  forbid:
    verb: [get, list, watch]
    resource: secrets
- name: sa1 lists pods
  require:
    user: system:serviceaccount:ns1:sa1
    verb: list
    resource: pods
`;

/** What the script rendered, kept beside the picture. */
export interface PictureRecord {
  /** The job summary's Markdown, exactly as rendered. */
  markdown: string;
  /** SHA-256 of docs/job-summary.png. */
  png: string;
  sources: string[];
  renderedWith: { chromium: string; cmarkGfm: string; mermaid: string };
}

/** A logger that keeps quiet: the page is the output. */
const quiet: Logger = {
  debug: () => {},
  info: () => {},
  notice: () => {},
  warning: () => {},
  error: () => {},
  group: (_name, fn) => fn(),
};

async function nodeReport(source: (typeof SOURCES)[number]): Promise<NodeReport> {
  const names =
    'folder' in source
      ? (await readdir(path.join(LOGS, source.folder))).sort().map((f) => `${source.folder}/${f}`)
      : [...source.files];
  const files = await Promise.all(
    names.map(async (name) => {
      const file = path.join(LOGS, name);
      return { path: file, bytes: (await stat(file)).size, events: 0, requests: 0, unreadable: 0 };
    }),
  );
  return { node: source.node, container: 'running', source: 'runner', files };
}

/**
 * The job summary post writes for these logs: the same engine and the same page, with the
 * artifact named as the action names it (no link: the picture is of no real run).
 */
export async function jobSummaryOfRealLogs(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'summary-picture-'));
  try {
    const expectPath = path.join(dir, 'expect.yaml');
    writeFileSync(expectPath, EXPECTATIONS);
    const state = runStateIn(dir, {
      // The logs come from other clusters (none of them kind): the page names none.
      clusterName: '',
      policyPath: path.join(dir, 'absent-policy.yaml'),
      kindConfigPath: path.join(dir, 'absent-kind-config.yaml'),
      controlPlaneNodes: SOURCES.map((s) => s.node),
      verifiedNodes: SOURCES.map((s) => s.node),
      insights: {
        rbac: true,
        rbacFor: [],
        expectPath,
        baselinePath: '',
        onDrift: 'warn',
        foldNamespaces: '',
      },
    });
    const collection: CollectReport = {
      nodes: await Promise.all(SOURCES.map(nodeReport)),
      outDir: path.join(dir, 'artifact'),
      files: [],
    };
    const artifact = await buildArtifact(quiet, state, collection, collection.outDir, {
      redact: true,
      rawFiles: false,
    });
    return jobSummary({
      summary: artifact.summary,
      insights: { report: artifact.insights, rbacYaml: artifact.rbacYaml },
      redaction: artifact.redaction,
      collection,
      destination: { kind: 'artifact', name: 'kind-audit-e2e-kind-0', id: undefined },
      clusterName: state.clusterName,
      policyOrigin: state.policyOrigin,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** SHA-256 of a file, hex. */
export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A command's first line of output, or an error saying how to get the command. */
function version(command: string, args: string[], install: string): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8' }).trim().split('\n')[0] ?? '';
  } catch {
    throw new Error(`${command} is needed to render the picture: ${install}`);
  }
}

/** Mermaid's browser bundle, fetched once with `npm pack` into node_modules/.cache. */
function mermaidBundle(): string {
  const cache = path.join(ROOT, 'node_modules/.cache/summary-picture', `mermaid-${MERMAID}`);
  const bundle = path.join(cache, 'package/dist/mermaid.min.js');
  if (existsSync(bundle)) return bundle;
  mkdirSync(cache, { recursive: true });
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', `mermaid@${MERMAID}`, '--json', '--pack-destination', cache], {
      encoding: 'utf8',
    }),
  ) as { filename: string }[];
  execFileSync('tar', ['xzf', path.join(cache, packed?.filename ?? ''), '-C', cache]);
  return bundle;
}

/** GitHub's look for a Markdown page, in the few rules this page needs (light theme). */
const STYLE = `
body { margin: 0; background: #fff; color: #1f2328; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
main { box-sizing: border-box; width: ${WIDTH}px; padding: 24px 32px; }
h2 { font-size: 1.5em; font-weight: 600; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0; margin: 0 0 16px; }
h3 { font-size: 1.25em; font-weight: 600; margin: 24px 0 16px; }
h4 { font-size: 1em; font-weight: 600; margin: 24px 0 16px; }
p, ul, table, details, pre { margin: 0 0 16px; }
a { color: #0969da; text-decoration: none; }
code { font: 85%/1.45 ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; background: rgba(129,139,152,.12); border-radius: 6px; padding: .2em .4em; }
table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
th { font-weight: 600; }
tr { background: #fff; border-top: 1px solid #d1d9e0b3; }
tr:nth-child(2n) { background: #f6f8fa; }
details > summary { cursor: pointer; }
ul { padding-left: 2em; }
pre.mermaid { background: none; text-align: center; }
`;

/** The Markdown as GitHub renders it: cmark-gfm with GitHub's extensions, Mermaid drawn. */
function htmlPage(markdown: string, mermaid: string): string {
  const body = execFileSync(
    'cmark-gfm',
    ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter'],
    { input: markdown, encoding: 'utf8' },
  ).replace(
    /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
    (_, chart: string) => `<pre class="mermaid">${chart}</pre>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style>
<script src="${pathToFileURL(mermaid).href}"></script></head>
<body><main>${body}</main>
<script>
mermaid.initialize({ startOnLoad: false, theme: 'default' });
mermaid.run().then(() => {
  document.body.dataset.height = String(Math.ceil(document.querySelector('main').getBoundingClientRect().bottom));
});
</script></body></html>`;
}

/** Headless Chromium as this machine needs it (no network, root, a profile of its own). */
function chromium(args: string[], profile: string): string {
  return execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      '--allow-file-access-from-files',
      `--user-data-dir=${profile}`,
      '--virtual-time-budget=15000',
      ...args,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
}

/**
 * Renders `markdown` as GitHub would and screenshots the whole page into `png`; returns the
 * picture's height in pixels.
 */
export function renderPng(markdown: string, png: string): number {
  const work = mkdtempSync(path.join(os.tmpdir(), 'summary-picture-page-'));
  try {
    const page = path.join(work, 'page.html');
    writeFileSync(page, htmlPage(markdown, mermaidBundle()));
    const url = pathToFileURL(page).href;
    // The page's height once Mermaid has drawn: the screenshot is of the whole page.
    const dom = chromium([`--window-size=${WIDTH},2000`, '--dump-dom', url], path.join(work, 'a'));
    const height = Number(/data-height="(\d+)"/.exec(dom)?.[1]);
    if (!Number.isFinite(height) || height <= 0)
      throw new Error('Chromium did not finish drawing the page (Mermaid did not run)');
    mkdirSync(path.dirname(png), { recursive: true });
    chromium(
      [`--window-size=${WIDTH},${height}`, `--screenshot=${png}`, url],
      path.join(work, 'b'),
    );
    return height;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const renderedWith = {
    chromium: version('chromium', ['--version'], 'apt-get install chromium'),
    cmarkGfm: version('cmark-gfm', ['--version'], 'apt-get install cmark-gfm'),
    mermaid: MERMAID,
  };
  const markdown = await jobSummaryOfRealLogs();
  const height = renderPng(markdown, PICTURE);
  const record: PictureRecord = {
    markdown,
    png: sha256(PICTURE),
    sources: SOURCES.map(
      (s) => `test/fixtures/audit-logs/${'folder' in s ? s.folder : s.files.join(', ')}`,
    ),
    renderedWith,
  };
  writeFileSync(RECORD, `${JSON.stringify(record, null, 2)}\n`);
  console.log(
    `${path.relative(ROOT, PICTURE)}: ${WIDTH}×${height}, from ${record.sources.join(' and ')}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
