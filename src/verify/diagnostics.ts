import { dockerExec } from '../process/docker.js';
import { commandLine, type Runner } from '../process/exec.js';
import { NODE_PATHS } from '../kind/node.js';

/**
 * What the guide's troubleshooting section has a person run, plus the API server's own last
 * words: an API server that cannot read its policy exits, and says why only in its log.
 */
function diagnosticCommands(): { title: string; command: string[] }[] {
  return [
    { title: 'Is the policy file mounted?', command: ['ls', '-la', NODE_PATHS.policyDir] },
    {
      title: 'Does the API server carry the audit flags and volumes?',
      command: ['grep', 'audit', NODE_PATHS.apiserverManifest],
    },
    { title: 'Is there an audit log?', command: ['ls', '-la', NODE_PATHS.logDir] },
    {
      title: "The API server's last log lines",
      command: [
        'sh',
        '-c',
        'crictl logs --tail 30 "$(crictl ps -a --name kube-apiserver -q | head -n 1)"',
      ],
    },
  ];
}

/** Runs the diagnostics in one node and returns them as text; a failing command is shown, not thrown. */
export async function collectDiagnostics(run: Runner, node: string): Promise<string> {
  const sections: string[] = [];
  for (const { title, command } of diagnosticCommands()) {
    const result = await dockerExec(run, node, command);
    const output = `${result.stdout}${result.stderr}`.trimEnd() || '(no output)';
    const status = result.code === 0 ? '' : ` (exit ${result.code})`;
    sections.push(
      `# ${title}\n$ ${commandLine('docker', ['exec', node, ...command])}${status}\n${output}`,
    );
  }
  return sections.join('\n\n');
}
