// The final e2e job's checks on artifacts the project's own code built: the action's bundles run
// main and post against the stand-in kind (real kind needs a registry; its run is
// .github/workflows/e2e.yml), the leg's requests and a rotated .gz are written into the nodes'
// logs, the rotation evidence is read from `audit-log-dir` as a user other than root, and the
// downloaded artifact must pass — and fail once redaction is off.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARIES, canaryLines } from '../fixtures/canaries/canary-events.js';
import { mainThenPost, Scenario } from '../integration/harness.js';
import { ROOT } from '../support/action-runner.js';
import { dockerChecked, requireDocker } from '../support/docker.js';
import { AUDIT_FILES_JSON } from './audit-files.js';
import { checkLeg } from './check-artifacts.js';
import { controlPlaneNames } from './checks.js';
import { LEG_NAMESPACE, type Leg } from './legs.js';
import { CANARY_VALUES_JSON } from './plant-canaries.js';

const engine = await requireDocker();
/**
 * The user the lister runs as: as root (this machine), another user, as GitHub's `runner` is not
 * root; as any other user (CI runs as `runner`), that user itself.
 */
const OTHER = process.getuid?.() === 0 ? { uid: 1001, gid: 1001 } : undefined;
const ROTATED = 'kube-apiserver-audit-2026-11-26T15-16-49.123.log.gz';
/** Planted values the check looks for: the fixture's canaries, which redaction must remove. */
const PLANTED = { requestData: CANARIES.requestData, tokenRequest: CANARIES.tokenRequest };

/** What a leg does after the action's step: its own requests, and a rotation's .gz. */
async function legTraffic(node: string): Promise<void> {
  const kubectl = [
    'exec',
    node,
    'kubectl',
    '--kubeconfig=/etc/kubernetes/admin.conf',
    'get',
    '--raw',
  ];
  // The stand-in answers a get of a missing object with exit 1, after writing its event.
  for (const uri of [`/api/v1/namespaces/${LEG_NAMESPACE}`, `/api/v1/namespaces/e2e-on-${node}`])
    await dockerChecked([...kubectl, uri]).catch(() => undefined);
  const lines = `${canaryLines().join('\n')}\n`;
  const dir = '/var/log/kubernetes';
  await dockerChecked(
    ['exec', '-i', node, 'sh', '-c', `cat >> ${dir}/kube-apiserver-audit.log`],
    lines,
  );
  await dockerChecked(['exec', '-i', node, 'sh', '-c', `gzip -c > ${dir}/${ROTATED}`], lines);
}

/** Runs audit-files.ts as a user other than root, as the rotation leg does; its exit code and output. */
function listAsRunner(
  logDir: string,
  out: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const script = path.join(ROOT, 'test/e2e/audit-files.ts');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', script, '--dir', logDir, '--out', out],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir() },
        ...OTHER,
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Lets others enter every folder from `top` down to `dir`, as the runner's own temp folder is. */
async function openPath(top: string, dir: string): Promise<void> {
  for (let at = dir; at.startsWith(top); at = path.dirname(at)) await fs.chmod(at, 0o755);
}

async function writeArtifact(
  root: string,
  name: string,
  files: Map<string, Buffer>,
): Promise<void> {
  for (const [file, bytes] of files) {
    await fs.mkdir(path.dirname(path.join(root, name, file)), { recursive: true });
    await fs.writeFile(path.join(root, name, file), bytes);
  }
}

describe.skipIf(!engine.available)(
  'e2e checks on artifacts the action uploaded (stand-in kind)',
  () => {
    let scenario: Scenario;
    let root: string;
    beforeAll(async () => {
      scenario = await Scenario.start();
      root = await fs.mkdtemp(path.join(os.tmpdir(), 'ka-e2e-standin-'));
    });
    afterAll(async () => {
      await scenario?.stop();
      if (root) await fs.rm(root, { recursive: true, force: true });
    });

    /** One leg run: main, the leg's traffic and evidence, post; the artifact written to `root`. */
    async function runLeg(name: string, inputs: Record<string, string>): Promise<Leg> {
      const cluster = scenario.cluster(name);
      const leg: Leg = {
        name,
        cluster,
        controlPlanes: 2,
        live: true,
        canaryEvidence: `e2e-${name}-canaries`,
        rotationEvidence: `e2e-${name}-files`,
        mergedContains: inputs.redact === 'false' ? [] : ['<redacted by kind-audit>'],
      };
      const job = await scenario.job();
      const { main, post } = await mainThenPost(
        job,
        {
          'cluster-name': cluster,
          'control-planes': '2',
          'artifact-name': `e2e-${name}`,
          ...inputs,
        },
        async (main) => {
          for (const node of controlPlaneNames(cluster, 2)) await legTraffic(node);
          const logDir = main.outputs['audit-log-dir'] ?? '';
          await openPath(path.dirname(job.temp), logDir);
          await fs.mkdir(path.join(root, `e2e-${name}-files`), { recursive: true });
          await fs.chmod(root, 0o755);
          await fs.chmod(path.join(root, `e2e-${name}-files`), 0o777);
          const listed = await listAsRunner(
            logDir,
            path.join(root, `e2e-${name}-files`, AUDIT_FILES_JSON),
          );
          expect(listed.code, listed.output).toBe(0);
        },
      );
      expect(main.code, main.stdout).toBe(0);
      expect(post.code, post.stdout).toBe(0);
      await writeArtifact(root, `e2e-${name}`, scenario.artifact(`e2e-${name}`).files());
      await fs.mkdir(path.join(root, `e2e-${name}-canaries`));
      await fs.writeFile(
        path.join(root, `e2e-${name}-canaries`, CANARY_VALUES_JSON),
        JSON.stringify(PLANTED),
      );
      return leg;
    }

    it(
      "passes on two nodes' artifact: probe and pinned request per node, the leg's request, every listed file incl. .gz, no planted value",
      { timeout: 90_000 },
      async () => {
        const leg = await runLeg('pass', {});
        const evidence = JSON.parse(
          await fs.readFile(path.join(root, 'e2e-pass-files', AUDIT_FILES_JSON), 'utf8'),
        ) as Record<string, string[]>;
        for (const node of controlPlaneNames(leg.cluster, 2))
          expect(evidence[node]).toEqual([ROTATED, 'kube-apiserver-audit.log']);
        expect(await checkLeg(root, leg)).toEqual([]);

        // The same artifact without one node's rotated file fails, naming it.
        const gone = `${leg.cluster}-control-plane2/${ROTATED}`;
        await fs.rm(path.join(root, 'e2e-pass', gone));
        expect(await checkLeg(root, leg)).toEqual([
          `pass (e2e-pass): ${gone}: read from audit-log-dir during the job, not in the artifact`,
        ]);
      },
    );

    it(
      'fails, naming the files, when redaction is off and the planted values are in the artifact',
      { timeout: 90_000 },
      async () => {
        const leg = await runLeg('leaky', { redact: 'false' });
        const problems = await checkLeg(root, leg);
        for (const node of controlPlaneNames(leg.cluster, 2))
          for (const file of ['kube-apiserver-audit.log', ROTATED])
            for (const what of Object.keys(PLANTED))
              expect(problems).toContain(
                `leaky (e2e-leaky): ${node}/${file}: holds the planted value "${what}"`,
              );
        expect(problems).toContain(
          'leaky (e2e-leaky): audit.jsonl: holds the planted value "requestData"',
        );
      },
    );

    it(
      'the rotation evidence fails, naming the file, when the runner cannot read one',
      { timeout: 30_000 },
      async () => {
        const logDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ka-e2e-logdir-'));
        await fs.chmod(logDir, 0o755);
        await fs.mkdir(path.join(logDir, 'kind-control-plane'), { mode: 0o755 });
        const secret = path.join(logDir, 'kind-control-plane', ROTATED);
        // Root's own 0600 file is unreadable to the other user; a user's own file needs 0000.
        await fs.writeFile(secret, '', { mode: OTHER ? 0o600 : 0o000 });
        await fs.writeFile(path.join(logDir, 'kind-control-plane/kube-apiserver-audit.log'), '', {
          mode: 0o644,
        });
        const result = await listAsRunner(logDir, path.join(logDir, 'out.json'));
        await fs.rm(logDir, { recursive: true, force: true });
        expect(result.code).toBe(1);
        expect(result.output).toContain(`::error::cannot read ${secret}: EACCES`);
      },
    );
  },
);
