import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../src/policy/index.js';

const HEAD = 'apiVersion: audit.k8s.io/v1\nkind: Policy\n';

describe('checkPolicy: what kube-apiserver refuses', () => {
  it('reports every field error at once, in kube wording', () => {
    const result = checkPolicy(
      HEAD +
        [
          'omitStages: [Done]',
          'rules:',
          '- level: Everything',
          '  nonResourceURLs: [metrics, "/a*b"]',
          '  namespaces: [web]',
          '- resources:',
          '  - group: Apps',
          '    resourceNames: [db-0, db-1]',
        ].join('\n'),
    );
    expect(result.valid).toBe(false);
    expect(result.policy).toBeUndefined();
    expect(result.errors).toEqual([
      'omitStages[0]: Invalid value: "Done": allowed stages are RequestReceived,ResponseStarted,ResponseComplete,Panic',
      'rules[0].level: Unsupported value: "Everything": supported values: "None", "Metadata", "Request", "RequestResponse"',
      `rules[0].nonResourceURLs[0]: Invalid value: "metrics": non-resource URL rules must begin with a '/' character`,
      `rules[0].nonResourceURLs[1]: Invalid value: "/a*b": non-resource URL wildcards '*' must be the final character of the rule`,
      'rules[0].nonResourceURLs: Invalid value: ["metrics","/a*b"]: rules cannot apply to both regular resources and non-resource URLs',
      'rules[1].level: Required value',
      expect.stringMatching(
        /^rules\[1\]\.resources\.group: Invalid value: "Apps": a lowercase RFC 1123 subdomain/,
      ),
      'rules[1].resources.resourceNames: Invalid value: ["db-0","db-1"]: using resourceNames requires at least one resource',
    ]);
  });

  it('gives a URL without a slash that also has an inner star both errors', () => {
    const { errors } = checkPolicy(`${HEAD}rules:\n- level: None\n  nonResourceURLs: ["api*/x"]\n`);
    expect(errors).toHaveLength(2);
  });

  it.each([
    [
      'a level that is a number',
      'rules:\n- level: 2\n',
      /rules\[0\]\.level: expected a string, found the number 2/,
    ],
    [
      'verbs given as a string',
      'rules:\n- level: None\n  verbs: get\n',
      /rules\[0\]\.verbs: expected a list/,
    ],
    [
      'a yes/no value where a string belongs',
      'rules:\n- level: None\n  namespaces: [no]\n',
      /boolean false/,
    ],
    [
      'omitManagedFields as text',
      'omitManagedFields: "yes"\nrules:\n- level: None\n',
      /true or false/,
    ],
  ])('refuses %s, as kube fails to decode it', (_name, body, message) => {
    const result = checkPolicy(HEAD + body);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(message);
  });

  it.each([
    [
      'a kind it does not know',
      'apiVersion: audit.k8s.io/v1\nkind: AuditPolicy\nrules:\n- level: None\n',
      'no kind "AuditPolicy"',
    ],
    [
      'the removed v1alpha1 group version',
      'apiVersion: audit.k8s.io/v1alpha1\nkind: Policy\nrules:\n- level: None\n',
      'failed decoding: no kind "Policy" is registered for version "audit.k8s.io/v1alpha1"',
    ],
    ['a comment-only file', '# nothing here\n', 'unknown group version field'],
    ['broken YAML', 'rules: [\n', 'failed decoding'],
    ['a list at the top', '- level: None\n', 'failed decoding'],
    [
      'an alias to an anchor that does not exist',
      `${HEAD}rules: *missing\n`,
      "unknown anchor 'missing'",
    ],
    [
      'a mapping merged into itself',
      `${HEAD}rules:\n- &m {level: None, <<: *m}\n`,
      'refers to itself',
    ],
    ['rules: null', `${HEAD}rules: ~\n`, 'loaded illegal policy with 0 rules'],
  ])('refuses %s', (_name, text, error) => {
    const result = checkPolicy(text);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain(error);
  });

  it('prints values the way Go does: quoted, escaped, JSON lists with HTML escapes', () => {
    const long = `${'a'.repeat(250)}.example`;
    const { errors } = checkPolicy(
      `${HEAD}rules:\n- level: "Meta\\tdata"\n  resources:\n  - group: ${long}\n  - resourceNames: ["<x>&"]\n`,
    );
    expect(errors).toEqual([
      'rules[0].level: Unsupported value: "Meta\\tdata": supported values: "None", "Metadata", "Request", "RequestResponse"',
      `rules[0].resources.group: Invalid value: "${long}": must be no more than 253 characters`,
      'rules[0].resources.resourceNames: Invalid value: ["\\u003cx\\u003e\\u0026"]: using resourceNames requires at least one resource',
    ]);
  });

  it('suggests the current apiVersion for a removed one', () => {
    const result = checkPolicy(
      'apiVersion: audit.k8s.io/v1beta1\nkind: Policy\nrules:\n- level: None\n',
    );
    expect(result.warnings[0]?.message).toContain('use audit.k8s.io/v1');
  });
});

describe('checkPolicy: what kube-apiserver accepts', () => {
  it('returns the typed policy', () => {
    const result = checkPolicy(
      `${HEAD}omitStages: [RequestReceived]\nrules:\n- level: Request\n  verbs: [create]\n  resources: [{group: apps}]\n  omitStages: [Panic]\n- level: Metadata\n`,
    );
    expect(result).toEqual({
      valid: true,
      errors: [],
      warnings: [],
      policy: {
        apiVersion: 'audit.k8s.io/v1',
        kind: 'Policy',
        omitStages: ['RequestReceived'],
        rules: [
          {
            level: 'Request',
            verbs: ['create'],
            resources: [{ group: 'apps' }],
            omitStages: ['Panic'],
          },
          { level: 'Metadata' },
        ],
      },
    });
  });

  it('accepts a file without kind, as kube fills it in, and says so', () => {
    const result = checkPolicy('apiVersion: audit.k8s.io/v1\nrules:\n- level: None\n');
    expect(result.valid).toBe(true);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'kind is missing; kube-apiserver assumes Policy',
    ]);
  });

  it('reads YAML merge keys and anchors like kube does', () => {
    const result = checkPolicy(
      `${HEAD}x-common: &ns {namespaces: [ci]}\nrules:\n- <<: *ns\n  level: Metadata\n`,
    );
    expect(result.valid).toBe(true);
    expect(result.policy?.rules[0]).toEqual({ level: 'Metadata', namespaces: ['ci'] });
  });
});
