import { evaluate, type AuditRequest, type Policy } from '../../policy/index.js';
import type { Expectation, ExpectationKind, Selector } from './types.js';

/** Sample requests tried per expectation; a selector of many lists is sampled, not exhausted. */
const MAX_SAMPLES = 512;
const RESOURCE_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];

/** An expectation whose requests the policy would not (all) record. */
export interface CoverageGap {
  name: string;
  kind: ExpectationKind;
  /** True when the policy records none of the sampled requests: the expectation checks nothing. */
  none: boolean;
  /** Up to three sample requests the policy leaves out, e.g. `create events -n default`. */
  unrecorded: string[];
  /** One sentence for a warning. */
  message: string;
}

/** A concrete value a glob matches: the glob without its stars (`x` when nothing is left). */
function instance(glob: string): string {
  return glob.replaceAll('*', '') || 'x';
}

/** `deployments.apps/scale` → its parts, as the policy evaluator wants them. */
function resourceParts(
  spelling: string,
): Pick<AuditRequest, 'resource' | 'apiGroup' | 'subresource'> {
  const [head = '', subresource = ''] = instance(spelling).split('/', 2);
  const dot = head.indexOf('.');
  return {
    resource: dot === -1 ? head : head.slice(0, dot),
    apiGroup: dot === -1 ? '' : head.slice(dot + 1),
    subresource,
  };
}

/** Sample requests an expectation matches: one per combination of its values, capped. */
function samples(s: Selector): AuditRequest[] {
  const users = s.user?.map(instance) ?? ['kind-audit:any-user'];
  const groups = s.userGroup?.map(instance) ?? ['system:authenticated'];
  const targets: AuditRequest[] = s.path
    ? s.path.map((p) => ({ verb: '', path: instance(p) }))
    : (s.resource ?? ['pods']).map((r) => ({ verb: '', ...resourceParts(r) }));
  const verbs = s.verb?.map(instance) ?? (s.path ? ['get'] : RESOURCE_VERBS);
  const namespaces = s.path
    ? ['']
    : (s.namespace?.map((n) => (n === '' ? '' : instance(n))) ?? ['default']);
  const names = s.name?.map(instance) ?? [''];
  const out: AuditRequest[] = [];
  for (const target of targets)
    for (const verb of verbs)
      for (const user of users)
        for (const group of groups)
          for (const namespace of namespaces)
            for (const name of names) {
              if (out.length >= MAX_SAMPLES) return out;
              out.push({ ...target, verb, user, groups: [group], namespace, name });
            }
  return out;
}

/**
 * Whether the policy writes a request at all: a level other than None, and a stage that holds it
 * (RequestReceived or ResponseComplete; a response code needs ResponseComplete).
 */
function recorded(policy: Policy, request: AuditRequest, needsCode: boolean): boolean {
  const decision = evaluate(policy, request);
  if (decision.level === 'None') return false;
  const omitted = new Set(decision.omitStages);
  const complete = !omitted.has('ResponseComplete');
  return needsCode ? complete : complete || !omitted.has('RequestReceived');
}

function describe(r: AuditRequest): string {
  const what = r.resource
    ? `${r.resource}${r.apiGroup ? `.${r.apiGroup}` : ''}${r.subresource ? `/${r.subresource}` : ''}`
    : (r.path ?? '');
  return [r.verb, what, r.name, r.namespace ? `-n ${r.namespace}` : ''].filter(Boolean).join(' ');
}

/**
 * The expectations whose requests `policy` would not record, judged on sample requests built from
 * each expectation's values (a glob stands for one value it matches). A `require` on requests the
 * policy drops always fails; a `forbid` on them checks nothing. The `recommended` preset, for one,
 * drops `events`. The user a policy rule names is taken to be the subject.
 */
export function coverageGaps(expectations: readonly Expectation[], policy: Policy): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  for (const e of expectations) {
    const tried = samples(e.selector);
    const left = tried.filter((r) => !recorded(policy, r, e.selector.code !== undefined));
    if (left.length === 0) continue;
    const none = left.length === tried.length;
    const unrecorded = left.slice(0, 3).map(describe);
    const consequence =
      e.kind === 'require' ? 'so it fails whatever the code does' : 'so it cannot see them';
    gaps.push({
      name: e.name,
      kind: e.kind,
      none,
      unrecorded,
      message: none
        ? `Expectation "${e.name}" checks nothing: the audit policy records none of its requests (${unrecorded.join('; ')}), ${consequence}.`
        : `Expectation "${e.name}" is checked only in part: the audit policy leaves out some of its requests (${unrecorded.join('; ')}).`,
    });
  }
  return gaps;
}
