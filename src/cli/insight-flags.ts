import { inputFlag, type FlagSpec } from './flags.js';

/** The insight inputs `up` saves for `collect` (README, "Least-privilege RBAC", "Assertions", "Baseline"). */
export const UP_INSIGHT_FLAGS = {
  rbac: inputFlag('rbac'),
  rbacFor: inputFlag('rbacFor'),
  expect: inputFlag('expectFile'),
  baseline: inputFlag('baseline'),
  onDrift: inputFlag('onDrift'),
  foldNamespaces: inputFlag('foldNamespaces'),
} satisfies Record<string, FlagSpec>;

/** The flags of `kind-audit rbac`: whose RBAC, where it goes, and how far it generalises. */
export const RBAC_FLAGS = {
  user: { flag: 'user', arg: 'U', help: 'the user whose RBAC to print (as the log spells it)' },
  serviceAccount: {
    flag: 'serviceaccount',
    arg: 'NS:NAME',
    help: 'the service account whose RBAC to print',
  },
  all: {
    flag: 'all',
    help: "every subject but Kubernetes' own components, a file each (into --out, default ./rbac)",
  },
  out: {
    flag: 'out',
    arg: 'DIR',
    help: 'write <subject>.yaml files into DIR instead of printing (- prints)',
  },
  namespace: {
    flag: 'namespace',
    short: 'n',
    arg: 'NS',
    help: 'only requests in namespace NS (cluster-scoped and non-resource requests are left out)',
  },
  generateName: {
    flag: 'generate-name',
    arg: 'PREFIX',
    help: 'name the objects PREFIX:<subject> (default kind-audit)',
  },
  noGeneralizeNames: {
    flag: 'no-generalize-names',
    help: 'grant only the names used, even when a verb was used on several names of a resource',
  },
  noGeneralizeNamespaces: {
    flag: 'no-generalize-namespaces',
    help: 'grant only in the namespaces used, even when a verb was used in several',
  },
} satisfies Record<string, FlagSpec>;

/** The flags of `check` and `baseline`, which read logs a user names. */
export const INSIGHT_FLAGS = {
  expect: {
    flag: 'expect',
    alias: 'expect-file',
    arg: 'FILE',
    help: 'the expectations, a YAML list of named forbid/require entries (README, "Assertions")',
  },
  baselineOut: {
    flag: 'out',
    arg: 'FILE',
    help: 'write baseline.tsv to FILE (- for standard output) instead of printing it',
  },
  foldNamespaces: inputFlag(
    'foldNamespaces',
    'namespaces a glob matches are written as the glob, e.g. e2e-* (comma-separated)',
  ),
  compare: {
    flag: 'compare',
    arg: 'FILE',
    help: 'compare with a committed baseline: print +added and -gone lines, exit 1 when they differ',
  },
} satisfies Record<string, FlagSpec>;
