import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { dockerChecked } from '../support/docker.js';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Job } from '../support/action-runner.js';
import {
  kubernetesDir,
  realKindEnv,
  realLoadBalancerImage,
  realNodeImage,
} from '../support/real-parts.js';
import type { Scenario } from '../integration/harness.js';

const execFileAsync = promisify(execFile);

/** The kind and Kubernetes versions a scenario runs unless it names others: kind's newest. */
export const KIND = '0.33.0';
export const KUBERNETES = '1.36.3';

export interface RealJobOptions {
  /** The real kind on PATH (default {@link KIND}). */
  kind?: string;
  /** Kubernetes of the node image (default {@link KUBERNETES}). */
  kubernetes?: string;
  env?: Record<string, string>;
}

/**
 * A runner job whose `kind` is the real kind of that version, with the node image of that
 * Kubernetes version built and the load balancer's image in place; uploads go to the scenario's
 * artifact service. Returns the job and the image to pass as the `node-image` input.
 */
export async function realJob(
  scenario: Scenario,
  options: RealJobOptions = {},
): Promise<{ job: Job; image: string }> {
  const image = await realNodeImage(options.kubernetes ?? KUBERNETES);
  await realLoadBalancerImage();
  const job = await scenario.job({
    env: { PATH: realKindEnv(options.kind ?? KIND).PATH ?? '', ...options.env },
  });
  return { job, image };
}

/** Writes a file into the job's workspace (where `config`, `policy-file`… are looked up). */
export function workspaceFile(job: Job, name: string, text: string): string {
  writeFileSync(path.join(job.workspace, name), text);
  return name;
}

export interface Kubectl {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The real kubectl of that version on the runner, as a later workflow step runs it, with the
 * kubeconfig the action's `kubeconfig` output names. Never throws: the exit code is the answer.
 */
export async function kubectl(
  kubeconfig: string,
  args: string[],
  options: { input?: string; version?: string } = {},
): Promise<Kubectl> {
  const bin = path.join(kubernetesDir(options.version ?? KUBERNETES), 'kubectl');
  try {
    const child = execFileAsync(bin, [`--kubeconfig=${kubeconfig}`, ...args], {
      maxBuffer: 64 * 1024 * 1024,
    });
    if (options.input !== undefined) child.child.stdin?.end(options.input);
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof e.code === 'number' ? e.code : 1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    };
  }
}

/** An audit event as this file reads it, independently of src/: only what the checks compare. */
export interface PlainEvent {
  auditID: string;
  stage: string;
  verb: string;
  user?: { username?: string };
  impersonatedUser?: { username?: string };
  objectRef?: {
    resource?: string;
    subresource?: string;
    apiGroup?: string;
    namespace?: string;
    name?: string;
  };
  responseStatus?: { code?: number };
  requestURI: string;
}

const STAGE_ORDER: Record<string, number> = {
  RequestReceived: 0,
  ResponseStarted: 1,
  ResponseComplete: 2,
  Panic: 2,
};

/**
 * Every request of a log, read the plainest way: `JSON.parse` of each line, one request per
 * `auditID`, kept at its latest stage. The yardstick the action's summary is held to.
 */
export function plainRequests(logText: string): Map<string, PlainEvent> {
  const requests = new Map<string, PlainEvent>();
  for (const line of logText.split('\n')) {
    if (!line.trim()) continue;
    const event = JSON.parse(line) as PlainEvent;
    const seen = requests.get(event.auditID);
    if (!seen || (STAGE_ORDER[event.stage] ?? 0) >= (STAGE_ORDER[seen.stage] ?? 0))
      requests.set(event.auditID, event);
  }
  return requests;
}

/**
 * The command line of the kube-apiserver process running in a node, as the kernel has it
 * (`/proc/<pid>/cmdline`): the flags the real server started with, whatever wrote them.
 */
export async function apiServerArgs(node: string): Promise<string[]> {
  const out = await dockerChecked([
    'exec',
    node,
    'sh',
    '-c',
    'pid=$(pidof kube-apiserver | cut -d" " -f1) && [ -n "$pid" ] && tr "\\0" "\\n" < /proc/$pid/cmdline',
  ]);
  return out.split('\n').filter(Boolean);
}

/** The kubeadm config kind wrote into a node (`/kind/kubeadm.conf`), one object per document. */
export async function kubeadmConfig(node: string): Promise<Record<string, unknown>[]> {
  const text = await dockerChecked(['exec', node, 'cat', '/kind/kubeadm.conf']);
  const docs = parseAllDocuments(text);
  return (Array.isArray(docs) ? docs : []).map((doc) => doc.toJS() as Record<string, unknown>);
}

/** The `apiVersion` of the ClusterConfiguration kind wrote for a node. */
export async function clusterConfigurationVersion(node: string): Promise<unknown> {
  const docs = await kubeadmConfig(node);
  return docs.find((d) => d.kind === 'ClusterConfiguration')?.apiVersion;
}

/** The `::warning` lines of a step's output. */
export function warnings(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith('::warning'));
}
