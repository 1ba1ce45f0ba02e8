// The checks the final e2e job runs on one leg's downloaded artifact. Each returns the problems
// it found, worded for the run's log; an empty list means the check holds.
import fs from 'node:fs/promises';
import path from 'node:path';
import { AUDIT_FILE_NAME, filesUnder, linesOf, needlesIn } from './scan.js';
import { LEG_NAMESPACE, type Leg } from './legs.js';

/** The marker of the request main sends to each node to prove its log is live. */
const PROBE_MARKER = 'kind-audit-probe-';

/** `<cluster>-control-plane`, `…2`, `…3`: kind's names for the control-plane containers. */
export function controlPlaneNames(cluster: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${cluster}-control-plane${i === 0 ? '' : i + 1}`);
}

/** The node's raw audit files in the artifact, as paths relative to the artifact's root. */
function nodeAuditFiles(files: readonly string[], node: string): string[] {
  return files.filter(
    (f) => f.startsWith(`${node}/`) && AUDIT_FILE_NAME.test(f.slice(node.length + 1)),
  );
}

/** True when any of the files holds the text. */
async function anyHolds(dir: string, files: readonly string[], text: string): Promise<boolean> {
  for (const file of files) if ((await needlesIn(path.join(dir, file), [text])).length) return true;
  return false;
}

/**
 * Each control plane has a folder of audit files holding the probe and the request the leg sent
 * to that node's own API server: in HA a request through the load balancer reaches one node only.
 */
export async function checkNodes(dir: string, leg: Leg): Promise<string[]> {
  const files = await filesUnder(dir);
  const problems: string[] = [];
  for (const node of controlPlaneNames(leg.cluster, leg.controlPlanes)) {
    // A create that failed may have left no audit file: post collects whatever exists.
    if (!leg.live) continue;
    const own = nodeAuditFiles(files, node);
    if (own.length === 0) {
      problems.push(`${node}: no kube-apiserver-audit*.log[.gz] in the artifact`);
      continue;
    }
    if (leg.rotated && !own.some((f) => f.endsWith('.gz')))
      problems.push(
        `${node}: no rotated .gz file, though the leg's traffic should have rotated the log`,
      );
    if (!(await anyHolds(dir, own, PROBE_MARKER)))
      problems.push(`${node}: no file holds the probe (${PROBE_MARKER}…)`);
    // The closing quote or query keeps kind-control-plane from matching …-control-plane2.
    const pinned = [`/namespaces/e2e-on-${node}"`, `/namespaces/e2e-on-${node}?`];
    let found = false;
    for (const text of pinned) found ||= await anyHolds(dir, own, text);
    if (!found) problems.push(`${node}: no file holds the request sent to its own API server`);
  }
  for (const node of leg.absentNodes ?? [])
    if (files.some((f) => f.startsWith(`${node}/`)))
      problems.push(`${node}: still in the artifact, which should have been replaced`);
  return problems;
}

/**
 * The files every artifact has (the policy and kind config it ran with), and for a cluster that
 * came up the summaries, counting at least one request.
 */
export async function checkLayout(dir: string, leg: Leg): Promise<string[]> {
  const problems: string[] = [];
  const required = ['audit-policy.yaml', 'kind-config.yaml', ...(leg.live ? ['summary.md'] : [])];
  for (const name of required)
    if (((await fs.stat(path.join(dir, name)).catch(() => undefined))?.size ?? 0) === 0)
      problems.push(`${name}: missing or empty`);
  if (leg.live) {
    const summary = await fs.readFile(path.join(dir, 'summary.json'), 'utf8').catch(() => '{}');
    const requests = (JSON.parse(summary) as { requests?: unknown }).requests;
    if (!(typeof requests === 'number' && requests > 0))
      problems.push(`summary.json: requests is ${String(requests)}, not a positive count`);
  }
  const config = path.join(dir, 'kind-config.yaml');
  const wanted = leg.kindConfigContains ?? [];
  const found = (await isFile(config)) ? await needlesIn(config, wanted) : [];
  for (const text of wanted)
    if (!found.includes(text))
      problems.push(`kind-config.yaml: does not keep ${JSON.stringify(text)}`);
  return problems;
}

/** `kind export logs` is in `kind-logs/`, without any audit file: those are in the artifact, redacted. */
export async function checkKindLogs(dir: string, leg: Leg): Promise<string[]> {
  if (!leg.kindLogs) return [];
  const logs = (await filesUnder(dir)).filter((f) => f.startsWith('kind-logs/'));
  if (logs.length === 0) return ['kind-logs/: missing or empty (export-logs: true)'];
  return logs
    .filter((f) => AUDIT_FILE_NAME.test(path.basename(f)))
    .map((f) => `${f}: an audit file in kind-logs/, where it would not be redacted`);
}

/**
 * summary.json's verdicts (`violations`, one per expectation) are the ones the leg expects: the
 * post step's outcome is not visible to any step, so this is where a failed gate is seen.
 */
export async function checkVerdicts(dir: string, leg: Leg): Promise<string[]> {
  if (!leg.verdicts) return [];
  const text = await fs.readFile(path.join(dir, 'summary.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return ['summary.json: missing'];
  const { violations } = JSON.parse(text) as { violations?: unknown };
  if (!Array.isArray(violations)) return ['summary.json: no violations list'];
  const found = new Map<string, boolean>();
  for (const v of violations as { name?: unknown; violated?: unknown }[])
    if (typeof v.name === 'string') found.set(v.name, v.violated === true);
  return Object.entries(leg.verdicts).flatMap(([name, violated]) =>
    found.get(name) === violated
      ? []
      : [
          `summary.json: expectation "${name}" ${found.has(name) ? (violated ? 'held' : 'was violated') : 'is missing'}; expected it ${violated ? 'violated' : 'to hold'}`,
        ],
  );
}

/** A request about the leg's namespace, by name or by URL, in the merged log. */
function isLegRequest(line: string): boolean {
  let event: unknown;
  try {
    event = JSON.parse(line);
  } catch {
    return false;
  }
  if (typeof event !== 'object' || event === null) return false;
  const { objectRef, requestURI } = event as { objectRef?: unknown; requestURI?: unknown };
  const ref = (objectRef ?? {}) as { resource?: unknown; name?: unknown };
  if (ref.resource === 'namespaces' && ref.name === LEG_NAMESPACE) return true;
  return typeof requestURI === 'string' && /\/namespaces\/audited-by-e2e(\?|$)/.test(requestURI);
}

/** audit.jsonl is there, holds a request the leg made, and the texts the leg expects. */
export async function checkMerged(dir: string, leg: Leg): Promise<string[]> {
  const merged = path.join(dir, 'audit.jsonl');
  if (!(await isFile(merged))) return ['audit.jsonl: missing'];
  const problems: string[] = [];
  if (leg.live) {
    let seen = false;
    for await (const line of linesOf(merged)) if ((seen = isLegRequest(line))) break;
    if (!seen) problems.push(`audit.jsonl: no request about namespace ${LEG_NAMESPACE}`);
  }
  const wanted = leg.mergedContains ?? [];
  const found = await needlesIn(merged, wanted);
  for (const text of wanted)
    if (!found.includes(text)) problems.push(`audit.jsonl: does not contain ${text}`);
  return problems;
}

/** Each node's API server log is in the artifact and holds the text. */
export async function checkApiserverLogs(dir: string, leg: Leg): Promise<string[]> {
  const text = leg.apiserverLogContains;
  if (text === undefined) return [];
  const problems: string[] = [];
  for (const node of controlPlaneNames(leg.cluster, leg.controlPlanes)) {
    const log = path.join(dir, node, 'kube-apiserver.log');
    if (!(await isFile(log))) problems.push(`${node}/kube-apiserver.log: missing`);
    else if ((await needlesIn(log, [text])).length === 0)
      problems.push(`${node}/kube-apiserver.log: does not contain ${text}`);
  }
  return problems;
}

async function isFile(file: string): Promise<boolean> {
  return (await fs.stat(file).catch(() => undefined))?.isFile() ?? false;
}
