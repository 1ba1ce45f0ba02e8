// What a user's kind config may not do to the audit settings, in every spelling kind reads:
// mounts written with `//`, `..` or a trailing `/`; JSON 6902 operations by `path` and by `from`;
// merge patches that null or replace what kind-audit set; `Kind:` in any case, aliases and merge
// keys. Each refusal names the entry and the line, and says what is allowed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/messages/input-error.js';
import { pointerTokens } from '../../src/kind/json6902-check.js';
import { mergeKindConfig } from '../../src/kind/merge-config.js';
import { KindConfigError } from '../../src/kind/user-config.js';
import { loadKindConfig } from '../../src/steps/up/kind-config.js';

const HEAD = 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\n';
const MOUNTS = { policyHostPath: '/tmp/audit-policy.yaml', logHostPaths: ['/tmp/logs/cp'] };

/** The error a merge throws, or undefined. */
function refusal(text: string): KindConfigError | undefined {
  try {
    mergeKindConfig(text, MOUNTS);
    return undefined;
  } catch (error) {
    if (error instanceof KindConfigError) return error;
    throw error;
  }
}

/** A control plane (node 1) whose one mount is at `containerPath`, from `hostPath`. */
const mountAt = (containerPath: string, hostPath = '/tmp/team') =>
  `${HEAD}nodes:\n- role: control-plane\n  extraMounts:\n  - hostPath: ${JSON.stringify(hostPath)}\n    containerPath: ${JSON.stringify(containerPath)}\n`;

/** A cluster-level JSON 6902 ClusterConfiguration patch of these operations (YAML flow lines). */
const json6902 = (...ops: string[]) =>
  `${HEAD}kubeadmConfigPatchesJSON6902:\n- group: kubeadm.k8s.io\n  version: v1beta3\n  kind: ClusterConfiguration\n  patch: |\n${ops.map((op) => `    - ${op}\n`).join('')}`;

/** Two cluster-level merge patches: a harmless one, then `second` (a patch's text, indented 2). */
const laterPatch = (second: string) =>
  `${HEAD}kubeadmConfigPatches:\n- |\n  kind: ClusterConfiguration\n  apiServer:\n    certSANs: [localhost]\n- |\n${second}`;

describe('keys the checks could not find by name', () => {
  it.each([
    [
      'a JSON 6902 list merged in at the top',
      `${HEAD}<<: {kubeadmConfigPatchesJSON6902: [{group: kubeadm.k8s.io, version: v1beta3, kind: ClusterConfiguration, patch: '[{"op":"remove","path":"/apiServer"}]'}]}\n`,
      3,
      /^the cluster has a key written as a merge key \(<<\); write it out$/,
    ],
    [
      'a key written as an alias at the top',
      `${HEAD}nodes:\n- role: control-plane\n- role: worker\n  image: &j kubeadmConfigPatchesJSON6902\n*j : []\n`,
      7,
      /^the cluster has a key written as an alias; write it out$/,
    ],
    [
      "a node's mounts under an alias key",
      `${HEAD}nodes:\n- role: worker\n  image: &m extraMounts\n- role: control-plane\n  *m : [{hostPath: /tmp, containerPath: /etc/kubernetes}]\n`,
      7,
      /^a node has a key written as an alias; write it out$/,
    ],
  ])('refuses %s', (_, text, line, message) => {
    const error = refusal(text);
    expect(error?.problem).toMatch(message);
    expect(error?.line).toBe(line);
  });
});

describe('control-plane mounts, paths normalised', () => {
  it.each([
    [
      'a doubled slash inside the log folder',
      '/var/log//kubernetes/mine',
      'inside /var/log/kubernetes',
    ],
    [
      'a "." in the log folder',
      '/var/log/./kubernetes',
      '(that is /var/log/kubernetes), /var/log/kubernetes',
    ],
    ['a ".." into the log folder', '/tmp/../var/log/kubernetes', '(that is /var/log/kubernetes)'],
    ['a trailing slash', '/var/log/kubernetes/', '(that is /var/log/kubernetes)'],
    ['a relative path, read from /', 'var/log/kubernetes', '(that is /var/log/kubernetes)'],
    ['a runner folder at /etc/kubernetes itself', '/etc/kubernetes', ', /etc/kubernetes:'],
    ['a folder inside /etc/kubernetes', '/etc/kubernetes/pki/extra', 'inside /etc/kubernetes'],
    ['the policy folder', '/etc/kubernetes//policies/', 'inside /etc/kubernetes'],
  ])('refuses %s', (_, containerPath, says) => {
    const error = refusal(mountAt(containerPath));
    expect(error?.line).toBe(6);
    expect(error?.problem).toContain(
      `extraMounts entry 1 of node 1 (a control plane) mounts at ${JSON.stringify(containerPath)}`,
    );
    expect(error?.problem).toContain(says);
    expect(error?.problem).toMatch(
      /a control-plane mount may not cover or enter \/etc\/kubernetes or \/var\/log\/kubernetes, .*; mount it at another path$/,
    );
  });

  it('refuses a ":" in a path, which kind would pass on to Docker as a separator', () => {
    // kind writes --volume=/tmp/a:/etc/kubernetes:ro: Docker mounts /tmp/a at /etc/kubernetes.
    const error = refusal(mountAt('ro', '/tmp/a:/etc/kubernetes'));
    expect(error?.line).toBe(6);
    expect(error?.problem).toMatch(/has hostPath "\/tmp\/a:\/etc\/kubernetes": kind hands mounts/);
  });

  it('reads a mount written as an alias or with a merge key, as kind does', () => {
    const worker = `${HEAD}nodes:\n- role: worker\n  extraMounts:\n  - &m {hostPath: /tmp/x, containerPath: /etc/kubernetes}\n`;
    expect(refusal(`${worker}- role: control-plane\n  extraMounts:\n  - *m\n`)?.line).toBe(9);
    expect(
      refusal(`${worker}- role: control-plane\n  extraMounts:\n  - <<: *m\n    hostPath: /tmp/y\n`)
        ?.problem,
    ).toMatch(/extraMounts entry 1 of node 2 \(a control plane\) mounts at "\/etc\/kubernetes"/);
  });

  it.each([
    ['next to the log folder', '/var/log/kubernetes-team'],
    ['a name that starts like /etc/kubernetes', '/etc/kubernetesx'],
    ['above the log folder', '/var/log'],
  ])('accepts a mount %s', (_, containerPath) => {
    expect(refusal(mountAt(containerPath))).toBeUndefined();
  });

  it("accepts a worker's mount at /etc/kubernetes: no API server runs there", () => {
    const text = `${HEAD}nodes:\n- role: control-plane\n- role: worker\n  extraMounts:\n  - hostPath: /tmp\n    containerPath: /etc/kubernetes\n`;
    expect(refusal(text)).toBeUndefined();
  });
});

describe('API server volumes, paths normalised', () => {
  const volume = (fields: string) =>
    `${HEAD}kubeadmConfigPatches:\n- |\n  kind: ClusterConfiguration\n  apiServer:\n    extraVolumes:\n    - ${fields}\n`;

  it('refuses a volume whose mountPath enters the log folder through "//"', () => {
    const error = refusal(
      volume('{name: mine, hostPath: /data, mountPath: /var/log//kubernetes/x}'),
    );
    expect(error?.line).toBe(8);
    expect(error?.problem).toMatch(
      /volume "mine" at "\/var\/log\/\/kubernetes\/x" takes a name or folder kind-audit needs/,
    );
  });

  it("refuses the guide's audit-logs volume made read-only: the API server could not write", () => {
    const error = refusal(
      volume(
        '{name: audit-logs, hostPath: /var/log/kubernetes, mountPath: /var/log/kubernetes, readOnly: true}',
      ),
    );
    expect(error?.problem).toMatch(/volume "audit-logs"/);
  });

  it("accepts the guide's own volume however its paths are written", () => {
    expect(
      refusal(
        volume(
          '{name: audit-logs, hostPath: /var/log/kubernetes/, mountPath: /var/log//kubernetes}',
        ),
      ),
    ).toBeUndefined();
  });
});

describe('JSON 6902 operations, by path and by from', () => {
  it.each([
    [
      'move from the arguments',
      '{op: move, from: /apiServer/extraArgs, path: /controllerManager/extraArgs}',
      /"move" from \/apiServer\/extraArgs to \/controllerManager\/extraArgs moves the API server's arguments or volumes/,
    ],
    [
      'copy from the volumes',
      '{op: copy, from: /apiServer/extraVolumes, path: /etcd/extraVolumes}',
      /"copy" from \/apiServer\/extraVolumes to \/etcd\/extraVolumes copies/,
    ],
    [
      'copy of one volume onto the list',
      '{op: copy, from: /apiServer/extraVolumes/0, path: /apiServer/extraVolumes/-}',
      /"copy" from/,
    ],
    [
      'move onto apiServer',
      '{op: move, from: /scheduler, path: /apiServer}',
      /"move" from \/scheduler to \/apiServer/,
    ],
    [
      'add of the log path, map form',
      '{op: add, path: /apiServer/extraArgs/audit-log-path, value: /tmp/x.log}',
      /"add" at \/apiServer\/extraArgs\/audit-log-path sets audit-log-path; kind-audit sets it itself/,
    ],
    [
      'add of the log path, list form',
      '{op: add, path: /apiServer/extraArgs/-, value: {name: audit-log-path, value: /tmp/x.log}}',
      /"add" at \/apiServer\/extraArgs\/- sets audit-log-path/,
    ],
    [
      'add of the policy, list form, by position',
      '{op: add, path: /apiServer/extraArgs/0, value: {name: audit-policy-file, value: /p.yaml}}',
      /sets audit-policy-file/,
    ],
    [
      'add of a null log path',
      '{op: add, path: /apiServer/extraArgs/audit-log-path, value: null}',
      /sets audit-log-path/,
    ],
    [
      'replace of the log path',
      '{op: replace, path: /apiServer/extraArgs/audit-log-path, value: /tmp/x.log}',
      /"replace" at .* sets audit-log-path/,
    ],
    [
      'remove of the policy flag',
      '{op: remove, path: /apiServer/extraArgs/audit-policy-file}',
      /"remove" at \/apiServer\/extraArgs\/audit-policy-file removes audit-policy-file, which kind-audit sets/,
    ],
    [
      'a legacy log format',
      '{op: add, path: /apiServer/extraArgs/audit-log-format, value: legacy}',
      /sets audit-log-format to "legacy"; kind-audit reads the json format only/,
    ],
    [
      'a change of an argument by position',
      '{op: replace, path: /apiServer/extraArgs/1/value, value: x}',
      /changes an API server argument by its position/,
    ],
    [
      'a removal of an argument by position',
      '{op: remove, path: /apiServer/extraArgs/-1}',
      /by its position/,
    ],
    [
      'a removal of a volume',
      '{op: remove, path: /apiServer/extraVolumes/1}',
      /changes an API server volume in place/,
    ],
    [
      'an added volume named as ours',
      '{op: add, path: /apiServer/extraVolumes/-, value: {name: audit-logs, hostPath: /x, mountPath: /x}}',
      /adds the API server volume "audit-logs"/,
    ],
    [
      'an added volume at the policy folder',
      '{op: add, path: /apiServer/extraVolumes/0, value: {name: p, hostPath: /x, mountPath: /etc/kubernetes/policies/}}',
      /volume "p" at "\/etc\/kubernetes\/policies\/"/,
    ],
    [
      'a null for the arguments',
      '{op: add, path: /apiServer/extraArgs, value: null}',
      /"add" at \/apiServer\/extraArgs would replace apiServer.extraArgs/,
    ],
    [
      'a replaced apiServer',
      '{op: replace, path: /apiServer, value: {}}',
      /would replace apiServer, and kind-audit's audit flags and volumes with it/,
    ],
    ['a removed apiServer', '{op: remove, path: /apiServer}', /would remove apiServer/],
    [
      'a replaced document',
      '{op: add, path: "", value: {kind: ClusterConfiguration}}',
      /would replace the whole ClusterConfiguration/,
    ],
    [
      'a pointer whose first token is not empty (the library skips it)',
      '{op: remove, path: x/apiServer/extraVolumes}',
      /"remove" at x\/apiServer\/extraVolumes would remove apiServer.extraVolumes/,
    ],
  ])('refuses %s', (_, op, message) => {
    const error = refusal(json6902('{op: test, path: /kind, value: ClusterConfiguration}', op));
    expect(error?.line).toBe(9);
    expect(error?.problem).toMatch(
      /^kubeadmConfigPatchesJSON6902 entry 1 of the cluster, operation 2: /,
    );
    expect(error?.problem).toMatch(message);
    expect(error?.problem).toMatch(
      /; a JSON 6902 patch may change other fields and add single items: /,
    );
  });

  it('refuses an operation of a control-plane node, naming the node', () => {
    const text = `${HEAD}nodes:\n- role: worker\n- role: control-plane\n  kubeadmConfigPatchesJSON6902:\n  - {group: kubeadm.k8s.io, version: v1beta4, kind: ClusterConfiguration, patch: '[{"op":"remove","path":"/apiServer/extraVolumes"}]'}\n`;
    const error = refusal(text);
    expect(error?.line).toBe(7);
    expect(error?.problem).toMatch(
      /^kubeadmConfigPatchesJSON6902 entry 1 of node 2 \(a control plane\), operation 1: "remove"/,
    );
  });

  it('reads the entry and its patch through aliases and merge keys, as kind does', () => {
    const base = `${HEAD}nodes:\n- role: control-plane\n- role: worker\n  kubeadmConfigPatchesJSON6902:\n  - &e {group: kubeadm.k8s.io, version: v1beta3, kind: ClusterConfiguration, patch: &p '[{"op":"move","from":"/apiServer/extraArgs","path":"/x"}]'}\n`;
    expect(refusal(`${base}kubeadmConfigPatchesJSON6902:\n- *e\n`)?.problem).toMatch(/"move" from/);
    expect(
      refusal(`${base}kubeadmConfigPatchesJSON6902:\n- <<: *e\n  group: kubeadm.k8s.io\n`)?.problem,
    ).toMatch(/"move" from/);
    expect(
      refusal(
        `${base}kubeadmConfigPatchesJSON6902:\n- {group: kubeadm.k8s.io, version: v1beta3, kind: ClusterConfiguration, patch: *p}\n`,
      )?.problem,
    ).toMatch(/"move" from/);
  });

  it.each([
    [
      'a flag of its own, map form',
      '{op: add, path: /apiServer/extraArgs/audit-log-maxsize, value: "1"}',
    ],
    [
      'a flag of its own, list form',
      '{op: add, path: /apiServer/extraArgs/-, value: {name: audit-log-maxage, value: "2"}}',
    ],
    ['the json log format', '{op: add, path: /apiServer/extraArgs/audit-log-format, value: json}'],
    [
      'removing the log format (json is the default)',
      '{op: remove, path: /apiServer/extraArgs/audit-log-format}',
    ],
    [
      'a volume of its own',
      '{op: add, path: /apiServer/extraVolumes/-, value: {name: x, hostPath: /x, mountPath: /x}}',
    ],
    ['another API server field', '{op: replace, path: /apiServer/certSANs, value: [localhost]}'],
    ['a test of the arguments', '{op: test, path: /apiServer/extraArgs, value: {}}'],
    [
      'a move elsewhere',
      '{op: move, from: /scheduler/extraArgs, path: /controllerManager/extraArgs}',
    ],
    [
      'an escaped token that only looks like ours',
      '{op: add, path: /apiServer/extraArgs/audit-log-path~1x, value: y}',
    ],
  ])('accepts %s', (_, op) => {
    expect(refusal(json6902(op))).toBeUndefined();
  });

  it('reads pointers as the patch library does', () => {
    expect(pointerTokens('')).toEqual([]);
    expect(pointerTokens('/')).toEqual(['']);
    expect(pointerTokens('anything/apiServer')).toEqual(['apiServer']);
    expect(pointerTokens('/a~1b/c~0d/~01')).toEqual(['a/b', 'c~d', '~1']);
    expect(pointerTokens('apiServer')).toBeUndefined();
  });
});

describe('merge patches that null or replace the audit settings', () => {
  it.each([
    [
      'apiServer: null',
      '  kind: ClusterConfiguration\n  apiServer: null\n',
      10,
      /sets apiServer to null, which would remove kind-audit's audit flags and volumes; set fields inside apiServer instead/,
    ],
    [
      'apiServer: ~ as a list',
      '  kind: ClusterConfiguration\n  apiServer: []\n',
      10,
      /sets apiServer to \[\]/,
    ],
    [
      'extraVolumes: null',
      '  kind: ClusterConfiguration\n  apiServer:\n    extraVolumes: null\n',
      11,
      /sets apiServer.extraVolumes to null, which would remove kind-audit's audit volumes; give a list/,
    ],
    [
      'extraVolumes as a mapping',
      '  kind: ClusterConfiguration\n  apiServer:\n    extraVolumes: {}\n',
      11,
      /sets apiServer.extraVolumes to \{\}/,
    ],
    [
      'extraArgs: null',
      '  kind: ClusterConfiguration\n  apiServer:\n    extraArgs: null\n',
      11,
      /sets apiServer.extraArgs to null, which would remove kind-audit's audit flags; give a mapping or a list/,
    ],
    [
      'a null log path, map form',
      '  kind: ClusterConfiguration\n  apiServer:\n    extraArgs:\n      audit-log-path: null\n',
      12,
      /sets audit-log-path; kind-audit sets it itself/,
    ],
    [
      'a null policy, list form',
      '  kind: ClusterConfiguration\n  apiServer:\n    extraArgs:\n    - {name: audit-policy-file, value: null}\n',
      12,
      /sets audit-policy-file/,
    ],
    [
      'Kind: spelled in another case',
      '  Kind: ClusterConfiguration\n  apiServer: null\n',
      10,
      /sets apiServer to null/,
    ],
    [
      'KIND: with the log path',
      '  KIND: ClusterConfiguration\n  apiServer:\n    extraArgs:\n      audit-log-path: /x\n',
      12,
      /sets audit-log-path/,
    ],
    [
      'a kind given by an alias',
      '  x: &k ClusterConfiguration\n  kind: *k\n  apiServer: null\n',
      11,
      /sets apiServer to null/,
    ],
    [
      'a flag named by an alias',
      '  x: &f audit-log-path\n  kind: ClusterConfiguration\n  apiServer:\n    extraArgs:\n      *f : /tmp/x\n',
      13,
      /sets audit-log-path/,
    ],
    [
      'apiServer written as an alias key',
      '  x: &a apiServer\n  kind: ClusterConfiguration\n  *a : {extraVolumes: []}\n',
      11,
      /a key written as an alias in a ClusterConfiguration patch; write it out/,
    ],
    [
      'a merge key',
      '  kind: ClusterConfiguration\n  <<: {apiServer: null}\n',
      10,
      /a merge key \(<<\) in a ClusterConfiguration patch; write it out/,
    ],
  ])('refuses %s in a later patch', (_, second, line, message) => {
    const error = refusal(laterPatch(second));
    expect(error?.problem).toMatch(/^kubeadmConfigPatches entry 2 of the cluster/);
    expect(error?.problem).toMatch(message);
    expect(error?.line).toBe(line);
  });

  it('refuses apiServer: null in a control-plane node patch, naming the node', () => {
    const text = `${HEAD}nodes:\n- role: control-plane\n  kubeadmConfigPatches:\n  - |\n    kind: ClusterConfiguration\n    apiServer: ~\n`;
    const error = refusal(text);
    expect(error?.line).toBe(8);
    expect(error?.problem).toMatch(
      /^kubeadmConfigPatches entry 1 of node 1 \(a control plane\) sets apiServer to null/,
    );
  });

  it.each([
    ['another type', '  kind: InitConfiguration\n  apiServer: null\n'],
    ['fields inside apiServer', '  kind: ClusterConfiguration\n  apiServer:\n    certSANs: [x]\n'],
    [
      'empty arguments and volumes',
      '  kind: ClusterConfiguration\n  apiServer:\n    extraArgs: {}\n    extraVolumes: []\n',
    ],
  ])('accepts %s', (_, second) => {
    expect(refusal(laterPatch(second))).toBeUndefined();
  });
});

describe('as the config input', () => {
  it('names the input, the file and line, the entry and what is allowed, before anything is made', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'config-checks-'));
    writeFileSync(
      path.join(dir, 'kind.yaml'),
      laterPatch('  kind: ClusterConfiguration\n  apiServer:\n    extraVolumes: null\n'),
    );
    const error = await loadKindConfig(
      { input: 'config', path: 'kind.yaml', nameFromConfig: true },
      dir,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      `Input 'config' has the value "kind.yaml": ${path.join(dir, 'kind.yaml')}:11: kubeadmConfigPatches entry 2 of the cluster sets apiServer.extraVolumes to null, which would remove kind-audit's audit volumes; give a list (kind-audit adds its own to it).`,
    );
  });
});
