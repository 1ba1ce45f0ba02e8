import { parse } from 'yaml';
import { NODE_PATHS } from '../kind/node.js';

/** What the kube-apiserver static Pod must carry for the guide's audit setup to work. */
export interface ManifestFindings {
  flags: Record<'audit-log-path' | 'audit-policy-file', string | undefined>;
  /** hostPath volumes mounted into the API server container, by host path. */
  mountedHostPaths: string[];
  problems: string[];
}

interface Container {
  name?: string;
  command?: unknown[];
  args?: unknown[];
  volumeMounts?: { name?: string; mountPath?: string }[];
}

interface PodManifest {
  spec?: { containers?: Container[]; volumes?: { name?: string; hostPath?: { path?: string } }[] };
}

function flagValue(argv: string[], flag: string): string | undefined {
  const prefix = `--${flag}=`;
  return argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

/**
 * Reads the kube-apiserver manifest kubeadm wrote and lists what is missing: the two audit flags
 * with the guide's values, and the policy and log folders mounted from the node.
 */
export function inspectManifest(text: string): ManifestFindings {
  let pod: PodManifest;
  try {
    pod = (parse(text) ?? {}) as PodManifest;
  } catch (error) {
    return {
      flags: { 'audit-log-path': undefined, 'audit-policy-file': undefined },
      mountedHostPaths: [],
      problems: [`the manifest is not YAML: ${String(error)}`],
    };
  }
  const container = pod.spec?.containers?.find((c) => c.name === 'kube-apiserver');
  const argv = [...(container?.command ?? []), ...(container?.args ?? [])].map(String);
  const flags = {
    'audit-log-path': flagValue(argv, 'audit-log-path'),
    'audit-policy-file': flagValue(argv, 'audit-policy-file'),
  };
  const mountNames = new Set((container?.volumeMounts ?? []).map((m) => m.name));
  const mountedHostPaths = (pod.spec?.volumes ?? [])
    .filter((v) => v.hostPath?.path && mountNames.has(v.name))
    .map((v) => v.hostPath?.path ?? '');

  const problems: string[] = [];
  if (!container) problems.push('no kube-apiserver container in the manifest');
  const expected = {
    'audit-log-path': NODE_PATHS.logFile,
    'audit-policy-file': NODE_PATHS.policyFile,
  };
  for (const [flag, want] of Object.entries(expected)) {
    const got = flags[flag as keyof typeof flags];
    if (got === undefined) problems.push(`--${flag} is missing`);
    else if (got !== want) problems.push(`--${flag} is ${got}, expected ${want}`);
  }
  for (const dir of [NODE_PATHS.policyDir, NODE_PATHS.logDir]) {
    if (!mountedHostPaths.includes(dir))
      problems.push(`no volume mounts ${dir} into the API server`);
  }
  return { flags, mountedHostPaths, problems };
}
