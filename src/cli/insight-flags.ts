import { INPUT } from '../inputs/table.js';
import { flagOf, type FlagSpec } from './flags.js';

/** The insight inputs `up` saves for `collect` (README, "Least-privilege RBAC", "Assertions", "Baseline"). */
export const UP_INSIGHT_FLAGS = {
  rbac: flagOf(INPUT.rbac, 'BOOL', "collect writes each subject's least-privilege RBAC into rbac/"),
  rbacFor: flagOf(
    INPUT.rbacFor,
    'SUBJECTS',
    "users or serviceaccount:NS:NAME, * globs, comma-separated (default: every subject but Kubernetes' own)",
  ),
  expect: flagOf(
    INPUT.expectFile,
    'FILE',
    'expectations (forbid/require) collect checks; a violated one makes collect fail',
    'expect',
  ),
  baseline: flagOf(
    INPUT.baseline,
    'FILE',
    'a committed baseline.tsv collect compares the run with',
  ),
  onDrift: flagOf(INPUT.onDrift, 'WHAT', 'warn | fail: what drift from --baseline does'),
  foldNamespaces: flagOf(
    INPUT.foldNamespaces,
    'GLOBS',
    'namespaces a glob matches are written as the glob in baseline.tsv, e.g. e2e-*',
  ),
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
  foldNamespaces: flagOf(
    INPUT.foldNamespaces,
    'GLOBS',
    'namespaces a glob matches are written as the glob, e.g. e2e-* (comma-separated)',
  ),
  compare: {
    flag: 'compare',
    arg: 'FILE',
    help: 'compare with a committed baseline: print +added and -gone lines, exit 1 when they differ',
  },
} satisfies Record<string, FlagSpec>;
