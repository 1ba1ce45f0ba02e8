// Scenario: creates that fail because the real kube-apiserver refuses to start, run by the action's
// bundles on real kind. kubeadm init then gives up, kind keeps the nodes (--retain), and main's
// diagnostics, read from those real nodes (crictl through the node agent), show the server's own
// error line; post uploads that log as <node>/kube-apiserver.log and deletes the cluster.
//   - A flag from the user's kubeadm patch that kube-apiserver does not know (issue 18, scenario
//     7; it is also issue 19's "failed create: the --retain diagnostics come from the real nodes").
//   - An audit policy that this server's version refuses (issue 18, scenario 2, through a cluster):
//     main checks a policy as the node image's Kubernetes would load it, and an image whose tag
//     names no version (one a team built itself) is checked as the pinned kind's default, 1.36.
//     The wildcard group 1.36 accepts then reaches a 1.35 API server, which refuses it.
// The two run at once: most of their time is kubeadm waiting for an API server that never comes.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerChecked } from '../support/docker.js';
import { containersOf, mainThenPost, Scenario } from '../integration/harness.js';
import { realNodeImage, requireRealParts } from '../support/real-parts.js';
import { realJob, workspaceFile } from './harness.js';

const real = await requireRealParts();

/** kube-apiserver 1.36's flags come as a list in kubeadm v1beta4, which kind renders for 1.36. */
const BAD_FLAG_CONFIG = `kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
kubeadmConfigPatches:
  - |
    kind: ClusterConfiguration
    apiServer:
      extraArgs:
      - name: kind-audit-no-such-flag
        value: "true"
`;

/**
 * kubeadm v1beta3 (kind renders it for 1.35) waits 4 minutes for the control plane unless the
 * config says otherwise; a team that wants a broken create to fail fast says so this way
 * (kubeadm v1beta3 ClusterConfiguration, apiServer.timeoutForControlPlane).
 */
const FAIL_FAST_CONFIG = `kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
kubeadmConfigPatches:
  - |
    kind: ClusterConfiguration
    apiServer:
      timeoutForControlPlane: 30s
`;

/** Valid from kube-apiserver 1.36 on; 1.35 refuses the group "*". */
const WILDCARD_GROUP_POLICY = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
- level: Metadata
  resources:
  - group: "*"
    resources: ["secrets"]
- level: None
`;

describe.skipIf(!real.available)('a create that fails in the real API server', () => {
  let scenario: Scenario;
  /** The 1.35 node image under a tag that names no version, as a team's own build has. */
  let unversioned = '';
  beforeAll(async () => {
    scenario = await Scenario.start();
    unversioned = `kind-audit.test/node:built-here-${randomUUID().slice(0, 8)}`;
    await dockerChecked(['tag', await realNodeImage('1.35.4'), unversioned]);
  });
  afterAll(async () => {
    await scenario?.stop();
    // Only the tag this file added: the image keeps its own.
    if (unversioned) await dockerChecked(['rmi', unversioned]).catch(() => undefined);
  });

  it.concurrent.each([
    {
      what: 'a flag kube-apiserver 1.36 does not know, from the user’s patch',
      short: 'flag',
      kubernetes: '1.36.3',
      config: BAD_FLAG_CONFIG,
      policy: undefined,
      // cobra's own words, printed by the real kube-apiserver as it exits.
      serverSaid: 'Error: unknown flag: --kind-audit-no-such-flag',
    },
    {
      what: 'a policy kube-apiserver 1.35 refuses, on an image whose tag names no version',
      short: 'policy',
      kubernetes: '1.35.4',
      config: FAIL_FAST_CONFIG,
      policy: WILDCARD_GROUP_POLICY,
      serverSaid:
        '"command failed" err="loading audit policy file: rules[0].resources.group: Invalid value: \\"*\\": a lowercase RFC 1123 subdomain',
    },
  ])(
    '$what: main shows the server’s own error from the kept nodes, post uploads its log',
    { timeout: 420_000 },
    async ({ short, kubernetes, config, policy, serverSaid }) => {
      const cluster = scenario.cluster(short);
      const node = `${cluster}-control-plane`;
      const { job, image } = await realJob(scenario, { kubernetes });
      const { main, post } = await mainThenPost(job, {
        'cluster-name': cluster,
        'node-image': policy ? unversioned : image,
        config: workspaceFile(job, 'kind.yaml', config),
        ...(policy ? { policy } : {}),
        'delete-cluster': 'true',
      });
      expect(main.code, main.stdout).toBe(1);
      if (policy)
        expect(main.stdout).toContain(`The tag of ${unversioned} names no Kubernetes version`);
      // kind's error, then the diagnostics of the node it kept, with the server's last words.
      expect(main.stdout).toContain('failed to init node with kubeadm');
      const diagnostics = main.stdout.slice(
        main.stdout.indexOf(`::group::Why the cluster did not start: ${node}`),
      );
      expect(diagnostics).toContain("# The API server's last log lines");
      expect(diagnostics).toContain(serverSaid);
      expect(main.stdout).toContain('The nodes were kept (--retain)');

      expect(post.code, post.stdout).toBe(0);
      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
      expect(files.get(`${node}/kube-apiserver.log`)?.toString()).toContain(serverSaid);
      expect(post.stdout).toContain(`Deleted cluster "${cluster}" (delete-cluster).`);
      expect(await containersOf(cluster)).toEqual([]);
    },
  );
});
