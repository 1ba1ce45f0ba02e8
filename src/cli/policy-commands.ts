import {
  DEFAULT_KUBERNETES_VERSION,
  parseKubeVersion,
  type KubeVersion,
} from '../kubernetes/version.js';
import {
  checkPolicy,
  evaluate,
  readPolicySource,
  type AuditRequest,
  type PolicyWarning,
  type PolicyRule,
  type Stage,
} from '../policy/index.js';
import { INPUT } from '../inputs/table.js';
import { count } from '../text/plural.js';
import type { Command } from './command.js';
import { EXIT, UsageError } from './exit-codes.js';
import { JSON_FLAG, text, type FlagSpec, type FlagValues } from './flags.js';

const FILE = { min: 1, max: 1, name: 'FILE' };
/** A bad policy file is named as the argument the user gave. */
const FILE_WORDING = { one: 'Argument', name: () => 'FILE' };

async function readPolicyFile(file: string): Promise<string> {
  return (
    await readPolicySource({ kind: 'file', path: file, input: INPUT.policyFile }, process.cwd())
  ).text;
}

/** The API server version whose rules apply: `group: "*"` is valid from 1.36 on. */
const KUBERNETES_VERSION: FlagSpec = {
  flag: 'kubernetes-version',
  arg: 'V',
  help: `check as kube-apiserver V loads the policy, e.g. 1.35 (default ${DEFAULT_KUBERNETES_VERSION.text}, the pinned kind's default node image)`,
};

function kubernetesVersionFrom(values: FlagValues): KubeVersion {
  const given = text(values, KUBERNETES_VERSION);
  if (!given) return DEFAULT_KUBERNETES_VERSION;
  const version = parseKubeVersion(given);
  if (!version) {
    throw new UsageError(
      `--kubernetes-version ${JSON.stringify(given)} is not a Kubernetes version: expected e.g. 1.35 or v1.36.1`,
    );
  }
  return version;
}

/** `policy validate --json` (docs/cli.md). */
export interface ValidateJson {
  file: string;
  kubernetesVersion: string;
  valid: boolean;
  /** Rules of the policy; 0 when it is not valid. */
  rules: number;
  /** kube's errors, as `policy validate` prints them. */
  errors: string[];
  warnings: PolicyWarning[];
}

const validate: Command = {
  name: 'policy validate',
  args: 'FILE [--json]',
  summary: 'exit 0 when kube-apiserver would accept a policy file',
  description:
    "Exit 0 when kube-apiserver would accept FILE (warnings on stderr); exit 1 with kube's errors, one per line on stdout, when it would not. --json prints the verdict, the errors and the warnings as JSON instead.",
  flags: [KUBERNETES_VERSION, JSON_FLAG],
  positionals: FILE,
  wording: FILE_WORDING,
  async run({ positionals: [file = ''], log, values, terminal }) {
    const version = kubernetesVersionFrom(values);
    const result = checkPolicy(await readPolicyFile(file), version);
    for (const warning of result.warnings) {
      log.warning(warning.message, { file, ...(warning.line ? { line: warning.line } : {}) });
    }
    const rules = result.policy?.rules.length ?? 0;
    if (values[JSON_FLAG.flag] === true) {
      const printed: ValidateJson = {
        file,
        kubernetesVersion: version.text,
        valid: result.valid,
        rules: result.valid ? rules : 0,
        errors: result.errors,
        warnings: result.warnings,
      };
      process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
    } else if (!result.valid) process.stdout.write(result.errors.map((e) => `${e}\n`).join(''));
    else
      process.stdout.write(
        `${file}: kube-apiserver ${version.text} ${terminal.out.ok('would accept this policy')} (${count(rules, 'rule')}, ${count(result.warnings.length, 'warning')})\n`,
      );
    return result.valid ? EXIT.ok : EXIT.failed;
  },
};

const option = (flag: string, arg: string, help: string): FlagSpec => ({ flag, arg, help });
const EXPLAIN = {
  verb: option('verb', 'V', 'the request verb, e.g. get (required)'),
  resource: option(
    'resource',
    'R[/sub]',
    'the resource, with a subresource after "/", e.g. pods/log',
  ),
  group: option('group', 'G', 'the API group ("" is the core group)'),
  namespace: option('namespace', 'NS', 'the namespace'),
  name: option('name', 'N', "the object's name"),
  user: option('user', 'U', 'the user making the request'),
  groups: option('groups', 'G1,G2', "the user's groups"),
  path: option('path', '/url', 'a non-resource URL instead of --resource'),
};

/** kube's RequestInfo gives a Namespace object its own name as namespace; others default to none. */
function namespaceOfName(resource: string, name: string): string {
  return resource === 'namespaces' && name ? name : '';
}

/** The request described by explain's flags. */
function requestFromFlags(values: FlagValues): AuditRequest {
  const get = (spec: FlagSpec) => text(values, spec);
  const verb = get(EXPLAIN.verb);
  if (!verb) throw new UsageError('--verb is required, e.g. --verb get');
  const [resource = '', subresource] = get(EXPLAIN.resource).split('/', 2);
  const path = get(EXPLAIN.path);
  if (path && resource)
    throw new UsageError(
      'give either --resource (an API request) or --path (a non-resource URL), not both',
    );
  if (!path && !resource)
    throw new UsageError(
      'give --resource R[/sub] for an API request or --path /url for a non-resource URL',
    );
  const groups = get(EXPLAIN.groups)
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean);
  const name = get(EXPLAIN.name);
  return {
    verb,
    ...(get(EXPLAIN.user) ? { user: get(EXPLAIN.user) } : {}),
    ...(groups.length > 0 ? { groups } : {}),
    ...(path
      ? { path }
      : {
          resource,
          ...(subresource ? { subresource } : {}),
          apiGroup: get(EXPLAIN.group),
          namespace:
            values.namespace !== undefined
              ? get(EXPLAIN.namespace)
              : namespaceOfName(resource, name),
          ...(name ? { name } : {}),
        }),
  };
}

/** `policy explain --json` (docs/cli.md). */
export interface ExplainJson {
  file: string;
  kubernetesVersion: string;
  /** The request as the flags describe it. */
  request: AuditRequest;
  level: string;
  /** The rule that decided, by index and as decoded; null when none matched. */
  rule: { index: number; rule: PolicyRule } | null;
  /** Stages not written for this request. */
  omitStages: Stage[];
}

const explain: Command = {
  name: 'policy explain',
  args: 'FILE --verb V [options] [--json]',
  summary: 'print the level a request gets, and the rule that decides it',
  description:
    "Prints the level the request gets under FILE and the rule (index and text) that decided it; --json prints the same as JSON. A policy kube-apiserver would reject exits 1 with kube's errors on stderr.",
  flags: [...Object.values(EXPLAIN), KUBERNETES_VERSION, JSON_FLAG],
  positionals: FILE,
  wording: FILE_WORDING,
  async run({ positionals: [file = ''], values }) {
    const request = requestFromFlags(values);
    const version = kubernetesVersionFrom(values);
    const result = checkPolicy(await readPolicyFile(file), version);
    if (!result.valid || !result.policy) {
      process.stderr.write(
        `${file}: kube-apiserver ${version.text} would reject this policy:\n${result.errors.join('\n')}\n`,
      );
      return EXIT.failed;
    }
    const decision = evaluate(result.policy, request);
    if (values[JSON_FLAG.flag] === true) {
      const index = decision.ruleIndex;
      const rule = index === null ? undefined : result.policy.rules[index];
      const printed: ExplainJson = {
        file,
        kubernetesVersion: version.text,
        request,
        level: decision.level,
        rule: index === null || !rule ? null : { index, rule },
        omitStages: decision.omitStages,
      };
      process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
      return EXIT.ok;
    }
    if (decision.ruleIndex === null) {
      process.stdout.write(
        `level: ${decision.level}\nrule: none matched (a request no rule matches is not audited)\n`,
      );
      return EXIT.ok;
    }
    const rule = result.policy.rules[decision.ruleIndex];
    process.stdout.write(
      `level: ${decision.level}\nrule: rules[${decision.ruleIndex}] ${JSON.stringify(rule)}\n` +
        (decision.omitStages.length > 0
          ? `omitted stages: ${decision.omitStages.join(', ')}\n`
          : ''),
    );
    return EXIT.ok;
  },
};

/** The commands that check and explain policy files. */
export const POLICY_COMMANDS: readonly Command[] = [validate, explain];
