import { describe, expect, it } from 'vitest';
import { parseKubeVersion, type KubeVersion } from '../../src/kubernetes/version.js';
import { checkPolicy, evaluate } from '../../src/policy/index.js';

const HEAD = 'apiVersion: audit.k8s.io/v1\nkind: Policy\n';
const STAR_RULE = `${HEAD}rules:\n- level: Request\n  resources:\n  - group: "*"\n    resources: ["deployments"]\n- level: Metadata\n`;
const GROUP_ERROR =
  'rules[0].resources.group: Invalid value: "*": a lowercase RFC 1123 subdomain must consist of';

function version(text: string): KubeVersion {
  const parsed = parseKubeVersion(text);
  if (!parsed) throw new Error(`bad version ${text}`);
  return parsed;
}

// k8s.io/apiserver commit 6728d949, "Allow wildcard '*' for API groups in audit policy rules":
// `pkg/apis/audit/validation/validation.go` accepts `*` from 1.36 on.
describe('group "*" depends on the Kubernetes version', () => {
  it.each(['1.36', 'v1.36.1', '1.37.0-rc.1', '2.0'])('%s accepts it', (v) => {
    const result = checkPolicy(STAR_RULE, version(v));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.each(['1.35', 'v1.35.0', '1.30.2', '1.24'])("%s rejects it with kube's group error", (v) => {
    const result = checkPolicy(STAR_RULE, version(v));
    expect(result.valid).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.startsWith(GROUP_ERROR)).toBe(true);
  });

  it("accepts it with no version given: the pinned kind's default image is 1.36", () => {
    expect(checkPolicy(STAR_RULE).valid).toBe(true);
  });

  it('still refuses other malformed groups on 1.36, and "*" inside a name', () => {
    const text = `${HEAD}rules:\n- level: None\n  resources:\n  - group: "apps*"\n  - group: "*.k8s.io"\n`;
    const result = checkPolicy(text, version('1.36'));
    expect(result.valid).toBe(false);
    expect(result.errors).toHaveLength(2);
  });
});

describe('group "*" matches every API group, the core group too', () => {
  const policy = checkPolicy(STAR_RULE).policy;
  if (!policy) throw new Error('the policy must load on 1.36');

  it.each([
    ['apps', 'Request'],
    ['', 'Request'],
    ['example.com', 'Request'],
  ])('deployments in group %j get %s', (apiGroup, level) => {
    const decision = evaluate(policy, { verb: 'get', resource: 'deployments', apiGroup });
    expect(decision).toMatchObject({ level, ruleIndex: 0 });
  });

  it('other resources fall through to the next rule', () => {
    const decision = evaluate(policy, { verb: 'get', resource: 'pods', apiGroup: '' });
    expect(decision).toMatchObject({ level: 'Metadata', ruleIndex: 1 });
  });

  it('a Request rule over "*" for secrets is reported as writing Secret data', () => {
    const text = `${HEAD}rules:\n- level: Request\n  resources:\n  - group: "*"\n    resources: ["secrets"]\n`;
    const messages = checkPolicy(text).warnings.map((w) => w.message);
    expect(messages.some((m) => m.includes('Secret data'))).toBe(true);
  });
});
