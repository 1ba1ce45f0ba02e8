// Scenario: kubeadm's v1beta3 (Kubernetes 1.35) and v1beta4 (1.36) configs, each written by real
// kind 0.32 and 0.33 (and kind 0.31, which writes v1beta3 for 1.36 too), with a user config whose
// patches show what kind does with them. Real kind renders the kubeadm config, merges the
// patches, and real kubeadm writes the API server's static pod from it; the flags checked are
// those of the running kube-apiserver process.
//
// The user's config holds two ClusterConfiguration patches:
// - one without apiVersion, extraArgs as a mapping: kind converts it for whichever version it
//   writes, so its argument reaches the API server on both;
// - one named kubeadm.k8s.io/v1beta4, extraArgs as a mapping and an extra volume: on a v1beta4
//   cluster kind drops those arguments and applies the rest (kind pkg/internal/patch/
//   kubeadm_merge.go); on a v1beta3 cluster it ignores the whole patch (resource.go matches the
//   apiVersion). Either way the action warns before creating anything, naming the patch's line.
// (Kubernetes 1.36 with kind 0.33 and no user config is guide.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { containersOf, Scenario } from '../integration/harness.js';
import { docker } from '../support/docker.js';
import { realKindEnv, requireRealParts } from '../support/real-parts.js';
import {
  apiServerArgs,
  clusterConfigurationVersion,
  realJob,
  warnings,
  workspaceFile,
} from './harness.js';

const real = await requireRealParts();

const CONFIG = `# A team's cluster: two patches of its own
kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
kubeadmConfigPatches:
# no apiVersion: kind converts this mapping for the kubeadm version it writes
- |
  kind: ClusterConfiguration
  apiServer:
    extraArgs:
      audit-log-maxbackup: "4"
# named v1beta4, whose extraArgs are a list: the mapping below is not
- |
  apiVersion: kubeadm.k8s.io/v1beta4
  kind: ClusterConfiguration
  apiServer:
    extraArgs:
      audit-log-maxage: "3"
    extraVolumes:
    - name: team-config
      hostPath: /etc/team
      mountPath: /etc/team
      readOnly: true
      pathType: DirectoryOrCreate
`;
/** Lines in CONFIG: the v1beta4 patch's apiVersion, and its extraArgs. */
const PATCH_LINE = 13;
const ARGS_LINE = 16;

describe.skipIf(!real.available)(
  'kubeadm v1beta3 and v1beta4 under real kind 0.31, 0.32 and 0.33',
  () => {
    let scenario: Scenario;
    beforeAll(async () => {
      scenario = await Scenario.start();
    });
    afterAll(() => scenario?.stop());

    it.each([
      // kind 0.31 writes v1beta3 for every image; kubeadm 1.36 still reads it.
      ['1.36.3', '0.31.0', 'v1beta3'],
      ['1.35.4', '0.32.0', 'v1beta3'],
      ['1.35.4', '0.33.0', 'v1beta3'],
      ['1.36.3', '0.32.0', 'v1beta4'],
      ['1.36.3', '0.33.0', 'v1beta4'],
    ])(
      'Kubernetes %s under kind %s: kind writes kubeadm %s, the API server runs what it merged, the action warned about the patch kind drops',
      { timeout: 300_000 },
      async (kubernetes, kind, api) => {
        const cluster = scenario.cluster(
          `k${kubernetes.replaceAll('.', '')}-${kind.split('.')[1]}`,
        );
        const { job, image } = await realJob(scenario, { kind, kubernetes });
        const main = await job.step('main', {
          'cluster-name': cluster,
          'node-image': image,
          config: workspaceFile(job, 'kind.yaml', CONFIG),
        });
        const node = `${cluster}-control-plane`;
        expect(main.code, main.stdout).toBe(0);
        expect(main.stdout).toContain(`Using kind v${kind} from PATH.`);
        for (const check of ['policy mounted', 'API server flags', 'audit log live'])
          expect(main.stdout).toContain(`✓ ${node}: ${check}`);

        expect(await clusterConfigurationVersion(node)).toBe(`kubeadm.k8s.io/${api}`);
        const args = await apiServerArgs(node);
        expect(args[0]).toBe('kube-apiserver');
        expect(args).toContain('--audit-log-path=/var/log/kubernetes/kube-apiserver-audit.log');
        expect(args).toContain('--audit-policy-file=/etc/kubernetes/policies/audit-policy.yaml');
        // The unversioned patch reaches the server on both versions…
        expect(args).toContain('--audit-log-maxbackup=4');
        // …the v1beta4-named patch's mapping on neither.
        expect(args.filter((a) => a.startsWith('--audit-log-maxage'))).toEqual([]);
        const manifest = (
          await docker(['exec', node, 'cat', '/etc/kubernetes/manifests/kube-apiserver.yaml'])
        ).stdout;
        const [warning, ...more] = warnings(main.stdout).filter((w) => w.includes('kind config'));
        expect(more).toEqual([]);
        if (api === 'v1beta4') {
          // The rest of that patch applied: its volume is in the API server's pod.
          expect(manifest).toContain('mountPath: /etc/team');
          expect(warning).toBe(
            `::warning title=kind-audit%3A kind config,file=kind.yaml,line=${ARGS_LINE}::kind.yaml:${ARGS_LINE}: ` +
              'kubeadmConfigPatches entry 2 of the cluster (ClusterConfiguration) names kubeadm.k8s.io/v1beta4 ' +
              'but writes apiServer.extraArgs (audit-log-maxage) as a mapping: v1beta4 takes a list of ' +
              '{name, value}, and kind 0.32 and later drop these arguments without a word (the rest of ' +
              'the patch still applies). Write them as a list ("- name: …" / "  value: …"), or leave ' +
              'apiVersion out and kind converts the mapping itself.',
          );
        } else {
          // Nothing of that patch applied.
          expect(manifest).not.toContain('/etc/team');
          expect(warning).toMatch(
            new RegExp(
              `^::warning title=kind-audit%3A kind config,file=kind\\.yaml,line=${PATCH_LINE}::kind\\.yaml:${PATCH_LINE}: kubeadmConfigPatches entry 2 of the cluster \\(ClusterConfiguration\\) names kubeadm\\.k8s\\.io/v1beta4, but kind writes kubeadm\\.k8s\\.io/v1beta3 for this kind and node image: .* ignores this whole patch`,
            ),
          );
        }
      },
    );

    it(
      'real kind 0.31 with a Kubernetes 1.37 image is refused from its tag alone, before anything is created',
      { timeout: 60_000 },
      async () => {
        const cluster = scenario.cluster('old-kind');
        const job = await scenario.job({ env: { PATH: realKindEnv('0.31.0').PATH ?? '' } });
        const main = await job.step('main', {
          'cluster-name': cluster,
          // Never pulled nor built: the refusal reads the tag.
          'node-image': 'kindest/node:v1.37.0',
        });
        expect(main.code).toBe(1);
        expect(main.stdout).toContain('Using kind v0.31.0 from PATH.');
        const errors = main.stdout.split('\n').filter((l) => l.startsWith('::error'));
        expect(errors).toEqual([
          expect.stringMatching(
            /^::error::kind v0\.31\.0 cannot create a cluster from a Kubernetes 1\.37\.0 node image: kind 0\.31 and older write kubeadm's v1beta3 config, which kubeadm 1\.37 no longer reads\. Use kind v0\.32\.0 or newer/,
          ),
        ]);
        expect(main.state).toEqual({});
        expect(await containersOf(cluster)).toEqual([]);
        expect(readdirSync(job.temp)).not.toContain('kind-audit');
      },
    );
  },
);
