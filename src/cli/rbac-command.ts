import path from 'node:path';
import { NamespaceFolder, parseFoldGlobs } from '../insight/baseline/fold.js';
import { readRequests } from '../insight/read-requests.js';
import { rbacFileName } from '../insight/rbac/file-name.js';
import { RbacGenerator, type RbacGeneratorOptions } from '../insight/rbac/generator.js';
import { rbacYaml } from '../insight/rbac/manifest.js';
import { InputPathError } from '../logs/summarize-files.js';
import { writeFileNoFollow } from '../safe-fs.js';
import type { Command } from './command.js';
import { EXIT, UsageError } from './exit-codes.js';
import { text, type FlagValues } from './flags.js';
import { INSIGHT_FLAGS, RBAC_FLAGS as F } from './insight-flags.js';
import { outDir } from './out-dir.js';

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

/** `kind-audit rbac LOG... (--user U | --serviceaccount NS:NAME | --all) [--out DIR]`. */
export const RBAC_COMMAND: Command = {
  name: 'rbac',
  args: 'LOG... (--user U | --serviceaccount NS:NAME | --all) [--out DIR] [--fold-namespaces GLOBS]',
  summary: 'least-privilege RBAC for what a user or service account did',
  description:
    "Generate the Roles, ClusterRole and bindings that allow every request a subject made (denied ones included) and nothing it did not make, as audit2rbac does: list also grants get and watch, watch get and list, update and patch each other and get; a create is not limited by name; what Kubernetes' default roles allow everyone (discovery, /healthz, /version, /openapi, self-reviews) is left out. A verb used on two names of a resource is granted on every name, and one used in two namespaces in every namespace, unless --no-generalize-names or --no-generalize-namespaces. Prints YAML; --out DIR (and --all, which writes into ./rbac unless --out says otherwise) writes a file per subject, its name made safe: ':' becomes '~', other characters outside a-z 0-9 ._@+=,- become %XX.",
  flags: [...Object.values(F), INSIGHT_FLAGS.foldNamespaces],
  positionals: { min: 1, max: Number.MAX_SAFE_INTEGER, name: 'LOG' },
  async run({ values, positionals }) {
    const subject = subjectAsked(values);
    const options: RbacGeneratorOptions = {
      generalize: {
        names: values[F.noGeneralizeNames.flag] !== true,
        namespaces: values[F.noGeneralizeNamespaces.flag] !== true,
      },
      // A subject named outright is taken even when it is one of Kubernetes' components.
      ...(subject !== undefined ? { wants: (q) => q.user === subject } : {}),
    };
    const dir = text(values, F.out) || (subject === undefined ? 'rbac' : '');
    const out = dir ? await outDir(dir) : undefined;
    const globs = parseFoldGlobs(text(values, INSIGHT_FLAGS.foldNamespaces));
    const folder = globs.length > 0 ? new NamespaceFolder(globs) : undefined;
    const generator = new RbacGenerator(options);
    try {
      for await (const request of readRequests(positionals, (file, message) =>
        process.stderr.write(`kind-audit rbac: ${file}: ${message}\n`),
      ))
        generator.add(folder ? folder.request(request) : request);
    } catch (error) {
      if (error instanceof InputPathError) throw new UsageError(error.message);
      throw error;
    }
    const result = generator.result();
    if (result.dropped > 0)
      process.stderr.write(
        `kind-audit rbac: warning: ${result.dropped} distinct permissions past the first ${generator.kept()} were left out; the RBAC is incomplete\n`,
      );
    if (result.subjects.length === 0) {
      process.stderr.write(
        `kind-audit rbac: no requests of ${subject === undefined ? 'any subject but the components' : JSON.stringify(subject)} in ${positionals.join(', ')}\n`,
      );
      return EXIT.failed;
    }
    if (!out) {
      process.stdout.write(result.subjects.map(rbacYaml).join('---\n'));
      return EXIT.ok;
    }
    for (const rbac of result.subjects) {
      const file = path.join(out, rbacFileName(rbac.subject));
      await writeFileNoFollow(file, rbacYaml(rbac));
      process.stdout.write(`${file}\n`);
    }
    return EXIT.ok;
  },
};
