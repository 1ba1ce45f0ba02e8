import path from 'node:path';
import { rbacFileName } from '../../insight/rbac/file-name.js';
import type { SubjectRbac } from '../../insight/rbac/generator.js';
import { rbacYaml, type ManifestOptions } from '../../insight/rbac/manifest.js';
import { writeFileNoFollow } from '../../files/safe-fs.js';

/**
 * Writes one subject's RBAC into `dir` as `<safe subject>.yaml` and returns that name: the file
 * post puts in the artifact's `rbac/` and `kind-audit rbac --out DIR` writes, from this one
 * writer so that the same log gives both the same bytes.
 */
export async function writeRbacFile(
  dir: string,
  rbac: SubjectRbac,
  manifest: ManifestOptions,
): Promise<string> {
  const file = rbacFileName(rbac.subject);
  await writeFileNoFollow(path.join(dir, file), rbacYaml(rbac, manifest));
  return file;
}
