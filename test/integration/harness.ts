import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Job, type StepRun } from '../support/action-runner.js';
import {
  startArtifactServer,
  type ArtifactServer,
  type ArtifactServerOptions,
  type StoredArtifact,
} from '../support/artifact-server.js';
import { dockerChecked, removeCluster } from '../support/docker.js';
import { standinEnv } from '../support/node-image.js';

/**
 * What the scenario tests share: a cluster name per test, the environment that makes `kind` the
 * stand-in and points uploads at the local artifact service, and clean-up.
 */
export class Scenario {
  private readonly clusters: string[] = [];
  private readonly prefix = `ka-${randomUUID().slice(0, 5)}`;

  constructor(readonly server: ArtifactServer) {}

  /** A scenario with a local artifact service of its own; {@link stop} ends both. */
  static async start(options?: ArtifactServerOptions): Promise<Scenario> {
    return new Scenario(await startArtifactServer(options));
  }

  async stop(): Promise<void> {
    await this.cleanUp();
    await this.server.close();
  }

  /** A fresh cluster name, deleted by {@link cleanUp}. */
  cluster(what: string): string {
    const name = `${this.prefix}-${what}`;
    this.clusters.push(name);
    return name;
  }

  /** A runner job whose `kind` is the stand-in and whose uploads go to the local service. */
  async job(
    options: { fault?: string; jobIndex?: string; env?: Record<string, string> } = {},
  ): Promise<Job> {
    const env = await standinEnv();
    return new Job({
      jobIndex: options.jobIndex ?? '0',
      env: {
        PATH: env.PATH ?? '',
        KIND_STANDIN_IMAGE: env.KIND_STANDIN_IMAGE ?? '',
        ...(options.fault ? { KIND_STANDIN_FAULT: options.fault } : {}),
        ...this.server.env,
        ...options.env,
      },
    });
  }

  /** The artifact of that name, failing the test when there is none. */
  artifact(name: string): StoredArtifact {
    const found = this.server.artifacts().find((a) => a.name === name && a.finalized);
    if (!found)
      throw new Error(
        `no finalized artifact "${name}"; have: ${this.server
          .artifacts()
          .map((a) => a.name)
          .join(', ')}`,
      );
    return found;
  }

  async cleanUp(): Promise<void> {
    for (const name of this.clusters) await removeCluster(name);
  }
}

/** The bytes of a file in a running node, read as the user would with `docker exec`. */
export async function nodeFile(node: string, file: string): Promise<Buffer> {
  const out = await dockerChecked(['exec', node, 'base64', file]);
  return Buffer.from(out, 'base64');
}

/** Container names of a cluster, any role, running or not. */
export async function containersOf(cluster: string): Promise<string[]> {
  const out = await dockerChecked([
    'ps',
    '--all',
    '--filter',
    `label=io.x-k8s.kind.cluster=${cluster}`,
    '--format',
    '{{.Names}}',
  ]);
  return out.split('\n').filter(Boolean);
}

/** Runs main, then post with main's saved state, as the runner does at the end of a job. */
export async function mainThenPost(
  job: Job,
  inputs: Record<string, string>,
  between?: (main: StepRun) => Promise<void>,
): Promise<{ main: StepRun; post: StepRun }> {
  const main = await job.step('main', inputs);
  await between?.(main);
  const post = await job.step('post', {}, main.state);
  return { main, post };
}

/** Runs the stand-in kind as a user's later workflow step would. */
export async function kind(args: string[]): Promise<void> {
  const env = await standinEnv();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('kind', args, { env, stdio: 'ignore' });
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`kind ${args.join(' ')} exited ${code}`)),
    );
  });
}
