import { tail, type Runner } from '../../process/exec.js';

/** Where Docker's CLI looks for the engine when DOCKER_HOST is not set. */
export const DEFAULT_DOCKER_SOCKET = 'unix:///var/run/docker.sock';

/** What the runner is, as far as the checks need to know; passed in so each check can be tested. */
export interface RunnerFacts {
  /** `process.platform` of the runner. */
  platform: NodeJS.Platform;
  /** `DOCKER_HOST` of the runner's environment; unset or '' means Docker's default socket. */
  dockerHost: string | undefined;
  /**
   * The kind command to check: `kind` from PATH, or the path of a pinned kind. Unset when kind is
   * chosen afterwards (`up` installs the pinned kind when PATH has none, and checks it runs).
   */
  kind?: string;
}

/** What the runner lacks, one problem a line, each saying how to fix it. Thrown before anything is written. */
export class PreflightError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      problems.length === 1
        ? (problems[0] ?? '')
        : `This runner cannot run kind-audit:\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
    this.name = 'PreflightError';
  }
}

const PLATFORM_NAMES: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'macOS',
  win32: 'Windows',
};

/** Linux only: kind's nodes are Linux containers, which macOS and Windows runners cannot run. */
function platformProblem(platform: NodeJS.Platform): string | undefined {
  if (platform === 'linux') return undefined;
  return (
    `kind-audit needs a Linux runner, and this one runs ${PLATFORM_NAMES[platform] ?? platform}: ` +
    "kind's nodes are Linux containers, which need a Docker engine running Linux containers. " +
    "Use GitHub's ubuntu runners (runs-on: ubuntu-latest), which have Docker and kind."
  );
}

/** Text of a thrown error, for the one case a runner throws: the command is not on PATH. */
function thrownText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `docker info` answers: the CLI is on PATH and the engine behind the socket tried replies. */
async function dockerProblem(
  run: Runner,
  dockerHost: string | undefined,
): Promise<string | undefined> {
  const socket = dockerHost ? `${dockerHost} (from DOCKER_HOST)` : DEFAULT_DOCKER_SOCKET;
  let result;
  try {
    result = await run('docker', ['info', '--format', '{{.ServerVersion}}']);
  } catch (error) {
    return (
      `Docker's command-line tool was not found (${thrownText(error)}): kind runs its nodes ` +
      'with Docker. Install Docker Engine (https://docs.docker.com/engine/install/) or use ' +
      "GitHub's ubuntu runners, which have it."
    );
  }
  if (result.code === 0) return undefined;
  const said = tail(result.stderr || result.stdout, 3);
  return (
    `The Docker engine does not answer at ${socket}: \`docker info\` exited with code ` +
    `${result.code}${said ? ` (${said.replaceAll('\n', ' ')})` : ''}. Start the engine ` +
    '(e.g. `sudo systemctl start docker`), let this user reach it (the `docker` group), or set ' +
    "DOCKER_HOST to the engine's socket."
  );
}

/** `kind version` runs: kind is on PATH (or at the pinned path) and executes. */
async function kindProblem(run: Runner, kind: string): Promise<string | undefined> {
  const fix =
    "Set the 'kind-version' input to install a pinned kind, or install kind " +
    '(https://kind.sigs.k8s.io/docs/user/quick-start/#installation).';
  let result;
  try {
    result = await run(kind, ['version']);
  } catch (error) {
    return `kind was not found (${thrownText(error)}). ${fix}`;
  }
  if (result.code === 0) return undefined;
  const said = tail(result.stderr || result.stdout, 3).replaceAll('\n', ' ');
  return `\`${kind} version\` exited with code ${result.code}${said ? ` (${said})` : ''}: this kind cannot run. ${fix}`;
}

/**
 * Checks, before anything is written, that the runner can run kind at all: a Linux runner (fails
 * at once otherwise: nothing else is worth asking), a Docker engine that answers, a kind that
 * runs. Every missing piece is named with its fix in one {@link PreflightError}, instead of a
 * failure deep inside `kind create cluster`.
 */
export async function preflight(run: Runner, facts: RunnerFacts): Promise<void> {
  const platform = platformProblem(facts.platform);
  if (platform) throw new PreflightError([platform]);
  const problems = [
    await dockerProblem(run, facts.dockerHost),
    facts.kind === undefined ? undefined : await kindProblem(run, facts.kind),
  ].filter((p): p is string => p !== undefined);
  if (problems.length > 0) throw new PreflightError(problems);
}
