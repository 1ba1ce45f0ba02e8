import type { Request } from '../../logs/events/index.js';
import { anyMatches, compileGlob, type Glob } from './glob.js';
import type { Selector } from './types.js';

/** Whether a request matches a selector: every field given must match. */
export type RequestTest = (request: Request) => boolean;

/**
 * Compiles a selector once, so each request costs a few string scans. `resource` matches resource
 * requests only, by kubectl's spelling (`pods` is not `pods/exec`, `secrets` is the core group's);
 * `path` matches non-resource requests only.
 */
export function compileSelector(selector: Selector): RequestTest {
  const globs = (values: string[] | undefined): Glob[] | undefined => values?.map(compileGlob);
  const user = globs(selector.user);
  const groups = globs(selector.userGroup);
  const verb = globs(selector.verb);
  const resource = globs(selector.resource);
  const namespace = globs(selector.namespace);
  const name = globs(selector.name);
  const path = globs(selector.path);
  const codes = selector.code ? new Set(selector.code) : undefined;
  return (r) =>
    (!user || anyMatches(user, r.user)) &&
    (!groups || r.groups.some((g) => anyMatches(groups, g))) &&
    (!verb || anyMatches(verb, r.verb)) &&
    (!resource || (r.resource !== '' && anyMatches(resource, r.resource))) &&
    (!path || (r.resource === '' && anyMatches(path, r.path))) &&
    (!namespace || anyMatches(namespace, r.namespace)) &&
    (!name || anyMatches(name, r.name)) &&
    (!codes || codes.has(r.code));
}
