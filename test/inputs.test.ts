import { describe, expect, it } from 'vitest';
import { InputError, InputErrors } from '../src/messages/input-error.js';
import { readInputs } from '../src/inputs/read.js';

const read = (values: Record<string, string>) => readInputs((name) => values[name] ?? '');

describe('readInputs', () => {
  it('gives the guide defaults when nothing is set', () => {
    expect(read({})).toEqual({
      cluster: {
        clusterName: 'kind',
        policySource: { kind: 'level', level: 'Metadata' },
        policyOptions: {},
        nodeImage: undefined,
        controlPlanes: 1,
        workers: 0,
        wait: '120s',
        verifyTimeoutMs: 60_000,
        kind: {
          version: undefined,
          mirror: 'https://github.com/kubernetes-sigs/kind/releases/download',
        },
        deleteCluster: 'auto',
        exportLogs: false,
      },
      artifact: {
        name: undefined,
        retentionDays: undefined,
        upload: true,
        overwrite: false,
        redact: true,
        rawFiles: true,
        compressionLevel: 6,
        jobSummary: true,
        jobIndex: undefined,
      },
      insights: {
        rbac: true,
        rbacFor: [],
        expect: undefined,
        baseline: undefined,
        onDrift: 'warn',
        foldNamespaces: '',
      },
      redaction: { auditAnnotations: [], resources: [], patterns: [] },
    });
  });

  it('reads every value a user may set', () => {
    expect(
      read({
        'cluster-name': 'e2e-1',
        'policy-level': 'RequestResponse',
        'omit-stages': 'RequestReceived, ResponseStarted',
        'omit-managed-fields': 'true',
        'node-image': 'kindest/node:v1.36.1',
        'control-planes': '3',
        workers: '2',
        wait: '5m',
        'verify-timeout': '1m30s',
        'artifact-name': 'my audit',
        'retention-days': '7',
        upload: 'false',
        overwrite: 'true',
        redact: 'false',
        'raw-files': 'false',
        'compression-level': '0',
        'job-summary': 'false',
        'job-index': '3',
        'kind-version': 'v0.31.0',
        'kind-mirror': 'https://ghes.example/kind-mirror/',
        'delete-cluster': 'false',
        'export-logs': 'true',
        rbac: 'false',
        'rbac-for': 'jane, system:*\nserviceaccount:app:operator',
        'expect-file': 'ci/expect.yaml',
        baseline: 'ci/baseline.tsv',
        'on-drift': 'fail',
        'fold-namespaces': 'e2e-*',
      }),
    ).toEqual({
      cluster: {
        clusterName: 'e2e-1',
        policySource: { kind: 'level', level: 'RequestResponse' },
        policyOptions: {
          omitStages: ['RequestReceived', 'ResponseStarted'],
          omitManagedFields: true,
        },
        nodeImage: 'kindest/node:v1.36.1',
        controlPlanes: 3,
        workers: 2,
        wait: '5m',
        verifyTimeoutMs: 90_000,
        kind: {
          version: { major: 0, minor: 31, patch: 0, text: '0.31.0' },
          mirror: 'https://ghes.example/kind-mirror',
        },
        deleteCluster: 'false',
        exportLogs: true,
      },
      artifact: {
        name: 'my audit',
        retentionDays: 7,
        upload: false,
        overwrite: true,
        redact: false,
        rawFiles: false,
        compressionLevel: 0,
        jobSummary: false,
        jobIndex: '3',
      },
      insights: {
        rbac: false,
        rbacFor: ['jane', 'system:*', 'system:serviceaccount:app:operator'],
        expect: { kind: 'file', path: 'ci/expect.yaml', input: 'expect-file' },
        baseline: { path: 'ci/baseline.tsv', input: 'baseline' },
        onDrift: 'fail',
        foldNamespaces: 'e2e-*',
      },
      redaction: { auditAnnotations: [], resources: [], patterns: [] },
    });
  });

  it('reads the redaction rules', () => {
    expect(
      read({
        'redact-resources': 'configmaps,\nwidgets.example.com',
        'redact-audit-annotations': 'example.com/*, *token*',
        'redact-patterns': 'command=[^&]*\n  AKIA[0-9A-Z]{16}\n\na{1,3},b',
      }).redaction,
    ).toEqual({
      resources: ['configmaps', 'widgets.example.com'],
      auditAnnotations: ['example.com/*', '*token*'],
      // One per line, trimmed: a comma belongs to the pattern.
      patterns: ['command=[^&]*', 'AKIA[0-9A-Z]{16}', 'a{1,3},b'],
    });
  });

  it.each([
    [
      'delete-cluster',
      'yes',
      /Input 'delete-cluster' has the value "yes": expected auto \(delete on self-hosted runners, keep on GitHub-hosted ones\), true or false/,
    ],
    ['export-logs', 'maybe', /Input 'export-logs' has the value "maybe": expected true or false/],
    [
      'cluster-name',
      'My_Cluster',
      /Input 'cluster-name' has the value "My_Cluster": kind accepts at most 50 lowercase letters, digits/,
    ],
    ['cluster-name', '-kind', /Input 'cluster-name' has the value "-kind"/],
    [
      'cluster-name',
      'a'.repeat(51),
      /Input 'cluster-name' has the value "a{51}": kind accepts at most 50 .* \(this one has 51\)/,
    ],
    [
      'policy-level',
      'metadata',
      /Input 'policy-level' has the value "metadata": allowed levels are None, Metadata, Request, RequestResponse/,
    ],
    ['policy-level', 'All', /allowed levels are None, Metadata, Request, RequestResponse/],
    ['wait', '120', /Input 'wait' has the value "120": expected a duration such as "90s"/],
    ['wait', 'two minutes', /Input 'wait' has the value "two minutes"/],
    ['wait', '9999999h', /Input 'wait' has the value "9999999h": .* at most 24h/],
    ['verify-timeout', '25h', /Input 'verify-timeout' has the value "25h": .* at most 24h/],
    [
      'overwrite',
      'sometimes',
      /Input 'overwrite' has the value "sometimes": expected true or false/,
    ],
    [
      'omit-stages',
      ',',
      /Input 'omit-stages' has the value ",": it names no stage: stages are RequestReceived, .*; "none" clears the policy's omitStages/,
    ],
    ['omit-stages', ' , \n ,', /Input 'omit-stages' has the value .*it names no stage/],
    [
      'verify-timeout',
      '0s',
      /Input 'verify-timeout' has the value "0s": expected a duration .* greater than zero/,
    ],
    [
      'retention-days',
      '0',
      /Input 'retention-days' has the value "0": expected a whole number of days from 1 to 90/,
    ],
    ['retention-days', '91', /from 1 to 90/],
    ['retention-days', '7.5', /from 1 to 90/],
    [
      'artifact-name',
      'audit:logs',
      /Input 'artifact-name' has the value "audit:logs": artifact names cannot contain ":"/,
    ],
    ['artifact-name', 'a/b\\c', /cannot contain "\\\\" "\/"/],
    ['upload', 'yes', /Input 'upload' has the value "yes": expected true or false/],
    ['node-image', 'kindest/node v1', /Input 'node-image' has the value "kindest\/node v1"/],
    ['job-index', 'x', /Input 'job-index' has the value "x"/],
    [
      'preset',
      'strict',
      /Input 'preset' has the value "strict": known presets are metadata, recommended/,
    ],
    [
      'omit-stages',
      'RequestReceived,Done',
      /Input 'omit-stages' has the value "RequestReceived,Done": "Done" is not a stage; stages are RequestReceived, ResponseStarted, ResponseComplete, Panic/,
    ],
    [
      'omit-managed-fields',
      'maybe',
      /Input 'omit-managed-fields' has the value "maybe": expected true or false/,
    ],
    [
      'kind-version',
      'latest',
      /Input 'kind-version' has the value "latest": expected a kind release such as v0.32.0 or 0.32.0, or empty for the kind on PATH/,
    ],
    [
      'kind-version',
      '0.32',
      /Input 'kind-version' has the value "0.32": expected a kind release such as v0.32.0/,
    ],
    [
      'kind-mirror',
      'ftp://mirror.example/kind',
      /Input 'kind-mirror' has the value "ftp:\/\/mirror.example\/kind": expected an http\(s\) base URL laid out like https:\/\/github.com\/kubernetes-sigs\/kind\/releases\/download/,
    ],
    [
      'kind-mirror',
      'https://mirror.example/kind?token=x',
      /Input 'kind-mirror' has the value .*: expected an http\(s\) base URL/,
    ],
    [
      'redact-resources',
      'configmaps, pods/exec',
      /Input 'redact-resources' has the value "configmaps, pods\/exec": "pods\/exec" is not allowed: expected a resource as kubectl spells it, resource\[.group\] in lower case without a subresource/,
    ],
    ['redact-resources', 'ConfigMaps', /"ConfigMaps" is not allowed: expected a resource/],
    [
      'redact-audit-annotations',
      'example.com/*,a b',
      /Input 'redact-audit-annotations' has the value "example.com\/\*,a b": "a b" is not allowed: expected an annotation key with \* for any run of characters/,
    ],
    [
      'redact-patterns',
      'AKIA[0-9A-Z]{16}\n(a+)\\1',
      /Input 'redact-patterns' has the value ".*": "\(a\+\)\\\\1" is not allowed: at character 5: backreferences \(\\1 …\) are not supported; allowed: characters and escapes/,
    ],
    [
      'redact-patterns',
      'command=.*?&',
      /lazy quantifiers \(\*\? \+\? \?\? \{n,m\}\?\) are not supported/,
    ],
    ['redact-patterns', '(?=x)y', /lookahead and lookbehind are not supported/],
    ['redact-patterns', 'x*', /"x\*" is not allowed: it can match the empty string/],
    ['redact-patterns', 'a{5000}', /a count above 1000 is not allowed/],
  ])('rejects %s = %j, naming input, value and what is allowed', (input, value, message) => {
    expect(() => read({ [input]: value })).toThrow(message);
  });

  it('refuses redaction rules beside redact: false, naming both', () => {
    expect(() => read({ redact: 'false', 'redact-patterns': 'command=[^&]*' })).toThrow(
      /Inputs 'redact' \("false"\) and 'redact-patterns' \("command=\[\^&\]\*"\) were given together: with redact false nothing is redacted/,
    );
    expect(read({ redact: 'false' }).artifact.redact).toBe(false);
  });

  it('reports every bad input at once, each naming its input, value and what is allowed', () => {
    let caught: unknown;
    try {
      read({ wait: '120', upload: 'yes', 'retention-days': '91' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputErrors);
    expect(caught).toBeInstanceOf(InputError);
    // In action.yml's order, one line each, worded as a single bad input is.
    expect((caught as Error).message).toBe(
      [
        '3 inputs have bad values:',
        `Input 'wait' has the value "120": expected a duration such as "90s", "2m" or "1m30s" and at most 24h.`,
        `Input 'retention-days' has the value "91": expected a whole number of days from 1 to 90, or empty for the repository setting.`,
        `Input 'upload' has the value "yes": expected true or false.`,
      ].join('\n'),
    );
  });

  it('reports a bad value beside inputs given together', () => {
    expect(() =>
      read({ preset: 'recommended', 'policy-level': 'Request', 'compression-level': '10' }),
    ).toThrow(
      /^2 inputs have bad values:\nInput 'compression-level' has the value "10": expected a whole number from 0 to 9\.\nInputs 'preset' \("recommended"\) and 'policy-level' \("Request"\) were given together/,
    );
  });

  it('throws a single bad input as it is', () => {
    expect(() => read({ upload: 'yes' })).toThrow(
      expect.objectContaining({ name: 'InputError', input: 'upload', value: 'yes' }),
    );
  });

  it.each(['0', '90s', '1.5h', '2m30s', '500ms', '24h'])('accepts the wait %j', (wait) => {
    expect(read({ wait }).cluster.wait).toBe(wait);
  });

  it('accepts a cluster name of exactly 50 characters', () => {
    expect(read({ 'cluster-name': 'a'.repeat(50) }).cluster.clusterName).toHaveLength(50);
  });

  it('clears the policy\'s omitStages only when asked with "none"', () => {
    expect(read({ 'omit-stages': 'none' }).cluster.policyOptions).toEqual({ omitStages: [] });
    expect(read({ 'omit-stages': '' }).cluster.policyOptions).toEqual({});
  });

  describe('policy source', () => {
    it.each([
      [
        { policy: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: None\n' },
        {
          kind: 'inline',
          text: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: None\n',
          input: 'policy',
        },
      ],
      [
        { 'policy-file': ' ci/audit.yaml ' },
        { kind: 'file', path: 'ci/audit.yaml', input: 'policy-file' },
      ],
      [{ preset: 'recommended' }, { kind: 'preset', name: 'recommended' }],
      [{ 'policy-level': 'Request' }, { kind: 'level', level: 'Request' }],
      [{ 'omit-stages': 'RequestReceived' }, { kind: 'level', level: 'Metadata' }],
    ])('%j → %j', (values, source) => {
      expect(read(values).cluster.policySource).toEqual(source);
    });

    it('refuses two sources, naming both', () => {
      expect(() => read({ preset: 'recommended', 'policy-level': 'Request' })).toThrow(
        `Inputs 'preset' ("recommended") and 'policy-level' ("Request") were given together: set exactly one of policy, policy-file, preset or policy-level; with none, the policy is the guide's Metadata policy.`,
      );
    });

    it('reads stages separated by newlines, as a YAML block in with: gives them', () => {
      expect(read({ 'omit-stages': 'RequestReceived\nPanic\n' }).cluster.policyOptions).toEqual({
        omitStages: ['RequestReceived', 'Panic'],
      });
    });
  });
});
