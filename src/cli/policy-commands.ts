import { readFile } from 'node:fs/promises';
import type { Logger } from '../logger.js';
import { checkPolicy, evaluate, type AuditRequest } from '../policy/index.js';
import { flag as flagText, type Flags } from './flags.js';

/** A flag's value, or undefined when it was not given or empty. */
const flag = (flags: Flags, name: string): string | undefined => flagText(flags, name) || undefined;

async function readPolicyFile(file: string | undefined): Promise<string> {
  if (!file) throw new Error('name the policy file: kind-audit policy <validate|explain> FILE');
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the policy file ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** `policy validate FILE`: exit 0 when kube-apiserver would accept it, kube's errors one per line when not. */
export async function validatePolicyCommand(
  file: string | undefined,
  log: Logger,
): Promise<number> {
  const result = checkPolicy(await readPolicyFile(file));
  for (const warning of result.warnings) {
    log.warning(warning.message, {
      ...(file ? { file } : {}),
      ...(warning.line ? { line: warning.line } : {}),
    });
  }
  if (!result.valid) {
    process.stdout.write(result.errors.map((e) => `${e}\n`).join(''));
    return 1;
  }
  process.stdout.write(
    `${file}: kube-apiserver would accept this policy (${result.policy?.rules.length ?? 0} rules, ${result.warnings.length} warnings)\n`,
  );
  return 0;
}

/** kube's RequestInfo gives a Namespace object its own name as namespace; others default to none. */
function namespaceOfName(resource: string | undefined, name: string | undefined): string {
  return resource === 'namespaces' && name ? name : '';
}

/** The request described by explain's flags. `--resource pods/log` names a subresource. */
function requestFromFlags(flags: Flags): AuditRequest {
  const verb = flag(flags, 'verb');
  if (!verb) throw new Error('--verb is required, e.g. --verb get');
  const [resource, subresource] = (flag(flags, 'resource') ?? '').split('/', 2);
  const path = flag(flags, 'path');
  if (path && resource)
    throw new Error(
      'give either --resource (an API request) or --path (a non-resource URL), not both',
    );
  if (!path && !resource)
    throw new Error(
      'give --resource R[/sub] for an API request or --path /url for a non-resource URL',
    );
  const groups = flag(flags, 'groups')
    ?.split(',')
    .map((g) => g.trim())
    .filter(Boolean);
  return {
    verb,
    ...(flag(flags, 'user') ? { user: flag(flags, 'user') } : {}),
    ...(groups ? { groups } : {}),
    ...(path
      ? { path }
      : {
          resource,
          ...(subresource ? { subresource } : {}),
          apiGroup: flag(flags, 'group') ?? '',
          namespace: flag(flags, 'namespace') ?? namespaceOfName(resource, flag(flags, 'name')),
          ...(flag(flags, 'name') ? { name: flag(flags, 'name') } : {}),
        }),
  };
}

/** `policy explain FILE --verb V …`: the level a request gets, and the rule that decided it. */
export async function explainPolicyCommand(
  file: string | undefined,
  flags: Flags,
): Promise<number> {
  const text = await readPolicyFile(file);
  const result = checkPolicy(text);
  if (!result.valid || !result.policy) {
    process.stderr.write(
      `${file}: kube-apiserver would reject this policy:\n${result.errors.join('\n')}\n`,
    );
    return 1;
  }
  const decision = evaluate(result.policy, requestFromFlags(flags));
  if (decision.ruleIndex === null) {
    process.stdout.write(
      `level: ${decision.level}\nrule: none matched (a request no rule matches is not audited)\n`,
    );
    return 0;
  }
  const rule = result.policy.rules[decision.ruleIndex];
  process.stdout.write(
    `level: ${decision.level}\nrule: rules[${decision.ruleIndex}] ${JSON.stringify(rule)}\n` +
      (decision.omitStages.length > 0 ? `omitted stages: ${decision.omitStages.join(', ')}\n` : ''),
  );
  return 0;
}
