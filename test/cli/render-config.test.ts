// `kind-audit render --config FILE`: the merged kind config, printed and written; the refusals
// worded with the CLI's flags, exit 2.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli-in-process.js';

const CONFIG = `# the team's cluster
kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
nodes:
- role: control-plane
- role: worker # runs the app
`;

function setUp(text = CONFIG): { config: string; out: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'render-config-'));
  const config = path.join(dir, 'kind.yaml');
  writeFileSync(config, text);
  return { config, out: path.join(dir, 'out') };
}

describe('kind-audit render --config', () => {
  it('prints the merged config and writes it beside the policy', async () => {
    const { config, out } = setUp();
    const result = await cli(['render', '--config', config, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(readFileSync(path.join(out, 'kind-config.yaml'), 'utf8'));
    expect(result.stdout).toContain("# the team's cluster\n");
    expect(result.stdout).toContain('- role: worker # runs the app\n');
    expect(result.stdout).toContain(
      `  - hostPath: ${path.join(out, 'audit-policy.yaml')}\n    containerPath: /etc/kubernetes/policies/audit-policy.yaml\n`,
    );
  });

  it('prints nothing without --config: the rendered files are only written', async () => {
    const { out } = setUp();
    const result = await cli(['render', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('refuses --control-planes with --config, exit 2', async () => {
    const { config, out } = setUp();
    const result = await cli(['render', '--config', config, '--control-planes', '2', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `Options --config (${JSON.stringify(config)}) and --control-planes ("2") were given together`,
    );
  });

  it('refuses a config that sets audit-log-path, naming the flag, the file and the line', async () => {
    const { config, out } = setUp(
      `${CONFIG}kubeadmConfigPatches:\n- |\n  kind: ClusterConfiguration\n  apiServer:\n    extraArgs:\n      audit-log-path: /tmp/a.log\n`,
    );
    const result = await cli(['render', '--config', config, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `Option --config has the value ${JSON.stringify(config)}: ${config}:12: kubeadmConfigPatches entry 1 of the cluster sets audit-log-path`,
    );
  });
});
