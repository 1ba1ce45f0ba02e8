import path from 'node:path';
import { NamespaceFolder, parseFoldGlobs } from '../insight/baseline/index.js';
import type { ReadCounts } from '../insight/read-requests.js';
import {
  DEFAULT_NAME_PREFIX,
  isNamePrefix,
  isNamespaceName,
  NAME_PREFIX_RULE,
} from '../insight/rbac/binding-subject.js';
import { RbacGenerator, type RbacGeneratorOptions } from '../insight/rbac/generator.js';
import { runSelector } from '../insight/rbac/labels.js';
import { rbacObjects, rbacYaml, type ManifestOptions } from '../insight/rbac/manifest.js';
import { RunIdentity } from '../insight/rbac/run-identity.js';
import { count } from '../text/plural.js';
import { writeRbacFile } from '../steps/post/rbac-file.js';
import { eachRequest } from './check-command.js';
import type { Command } from './command.js';
import { EXIT, UsageError } from './exit-codes.js';
import { JSON_FLAG, text, type FlagValues } from './flags.js';
import { INSIGHT_FLAGS, RBAC_FLAGS as F } from './insight-flags.js';
import { ALLOW_EMPTY_FLAG, LOGS_HELP, readLogs, requireRequests } from './log-args.js';
import { outDir } from './out-dir.js';
import { STDOUT } from './out-file.js';

/** `rbac --json` (docs/cli.md): each subject's objects, as `kubectl apply -f` takes them. */
export interface RbacJson {
  subjects: {
    subject: string;
    requests: number;
    /** The file written, with --out DIR (or --all). */
    file?: string;
    objects: Record<string, unknown>[];
  }[];
  /** Distinct permissions left out past the cap: the RBAC is incomplete when not 0. */
  dropped: number;
}

/** The one subject asked for, or undefined for --all; exactly one of the three is required. */
function subjectAsked(values: FlagValues): string | undefined {
  const user = text(values, F.user);
  const serviceAccount = text(values, F.serviceAccount);
  const given = [user, serviceAccount, values.all === true ? 'all' : ''].filter(Boolean);
  if (given.length !== 1)
    throw new UsageError(
      `give one of --user U, --serviceaccount NS:NAME or --all (${given.length === 0 ? 'none was given' : 'more than one was given'})`,
    );
  if (serviceAccount) {
    const parts = serviceAccount.split(':');
    if (parts.length !== 2 || parts.some((p) => p === ''))
      throw new UsageError(
        `--serviceaccount has the value ${JSON.stringify(serviceAccount)}: it must be NAMESPACE:NAME, e.g. app:operator`,
      );
    return `system:serviceaccount:${serviceAccount}`;
  }
  return user || undefined;
}

/** `--namespace`: '' for every namespace, else a namespace's name (checked). */
function namespaceAsked(values: FlagValues): string {
  const namespace = text(values, F.namespace);
  if (values[F.namespace.flag] !== undefined && !isNamespaceName(namespace))
    throw new UsageError(
      `--namespace has the value ${JSON.stringify(namespace)}: it must be a namespace's name, 1 to 63 characters of a-z, 0-9 and '-', starting and ending with a letter or digit, e.g. app`,
    );
  return namespace;
}

/** `--generate-name`: the start of every object's name (checked). */
function namePrefixAsked(values: FlagValues): string {
  if (values[F.generateName.flag] === undefined) return DEFAULT_NAME_PREFIX;
  const prefix = text(values, F.generateName);
  if (!isNamePrefix(prefix))
    throw new UsageError(
      `--generate-name has the value ${JSON.stringify(prefix)}: it must be ${NAME_PREFIX_RULE}`,
    );
  return prefix;
}

/** `kind-audit rbac LOG... (--user U | --serviceaccount NS:NAME | --all) [--out DIR]`. */
export const RBAC_COMMAND: Command = {
  name: 'rbac',
  args: 'LOG... (--user U | --serviceaccount NS:NAME | --all) [-n NS] [--generate-name PREFIX] [--out DIR] [--fold-namespaces GLOBS] [--json]',
  summary: 'least-privilege RBAC for what a user or service account did',
  description: `Generate the Roles, ClusterRole and bindings that allow every request a subject made (denied ones included) and nothing it did not make, as audit2rbac does: list also grants get and watch, watch get and list, update and patch each other and get; a create is not limited by name; what Kubernetes' default roles allow everyone (discovery, /healthz, /version, /openapi, self-reviews) is left out. A verb used on two names of a resource is granted on every name, and one used in two namespaces in every namespace, unless --no-generalize-names or --no-generalize-namespaces. Prints YAML; --out DIR (and --all, which writes into ./rbac unless --out says otherwise) writes a file per subject, its name made safe: ':' becomes '~', other characters outside a-z 0-9 ._@+=,- become %XX (--out - prints instead). Every object is named PREFIX:<subject> (--generate-name, default kind-audit) and labelled kind-audit.github.io/generated-by=kind-audit, kind-audit.github.io/run=<run> (the same for every object from the same logs) and kind-audit.github.io/subject=<subject, lower case, other characters '-'>: 'kubectl delete roles,rolebindings,clusterroles,clusterrolebindings -A -l kind-audit.github.io/run=<run>' deletes one run's. --namespace (-n) keeps only the requests in one namespace, as audit2rbac's does. --json prints each subject's objects as JSON. ${LOGS_HELP} Exits 1 when the subject asked for made no request, 2 for a log that cannot be read or logs that hold no request (unless --allow-empty).`,
  flags: [...Object.values(F), INSIGHT_FLAGS.foldNamespaces, JSON_FLAG, ALLOW_EMPTY_FLAG],
  positionals: { min: 1, max: Number.MAX_SAFE_INTEGER, name: 'LOG' },
  async run(context) {
    const { values, positionals, log } = context;
    const subject = subjectAsked(values);
    const namespace = namespaceAsked(values);
    const namePrefix = namePrefixAsked(values);
    const options: RbacGeneratorOptions = {
      generalize: {
        names: values[F.noGeneralizeNames.flag] !== true,
        namespaces: values[F.noGeneralizeNamespaces.flag] !== true,
      },
      // A subject named outright is taken even when it is one of Kubernetes' components.
      ...(subject !== undefined ? { wants: (q) => q.user === subject } : {}),
    };
    const dir = text(values, F.out) || (subject === undefined ? 'rbac' : '');
    const out = dir && dir !== STDOUT ? await outDir(dir) : undefined;
    const globs = parseFoldGlobs(text(values, INSIGHT_FLAGS.foldNamespaces));
    const folder = globs.length > 0 ? new NamespaceFolder(globs) : undefined;
    const generator = new RbacGenerator(options);
    const run = new RunIdentity();
    const counts: ReadCounts = { lines: 0, requests: 0 };
    const { found } = await readLogs(context, positionals, (logs) =>
      eachRequest(logs, log, counts, (request) => {
        // Every request names the run, so filters do not change its label (nor does folding).
        run.add(request);
        if (namespace && request.namespace !== namespace) return;
        generator.add(folder ? folder.request(request) : request);
      }),
    );
    requireRequests(context, found, counts);
    const result = generator.result();
    if (result.dropped > 0)
      log.warning(
        `${count(result.dropped, 'distinct permission')} past the first ${generator.kept().toLocaleString('en-US')} ${result.dropped === 1 ? 'was' : 'were'} left out; the RBAC is incomplete`,
      );
    if (result.subjects.length === 0 && counts.requests > 0) {
      log.error(
        `no requests of ${subject === undefined ? 'any subject but the components' : JSON.stringify(subject)}${namespace ? ` in namespace ${namespace}` : ''} in ${positionals.join(', ')}`,
      );
      return EXIT.failed;
    }
    const manifest: ManifestOptions = { run: run.result(), namePrefix };
    const json = values[JSON_FLAG.flag] === true;
    const files = new Map<string, string>();
    if (out)
      for (const rbac of result.subjects) {
        const file = path.join(out, await writeRbacFile(out, rbac, manifest));
        files.set(rbac.subject, file);
        if (!json) process.stdout.write(`${file}\n`);
      }
    if (json) {
      const printed: RbacJson = {
        subjects: result.subjects.map((rbac) => ({
          subject: rbac.subject,
          requests: rbac.requests,
          ...(files.has(rbac.subject) ? { file: files.get(rbac.subject) } : {}),
          objects: rbacObjects(rbac, manifest),
        })),
        dropped: result.dropped,
      };
      process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
    } else if (!out)
      process.stdout.write(result.subjects.map((r) => rbacYaml(r, manifest)).join('---\n'));
    if (out && result.subjects.length > 0)
      log.info(`the objects are labelled ${runSelector(manifest.run)}`);
    return EXIT.ok;
  },
};
