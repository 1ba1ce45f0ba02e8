import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import { argumentProblem, blockLines, OWNED_FLAGS, volumeProblem } from './patch-docs.js';
import { KindConfigError, listOf } from './user-config.js';
import { isPlainObject, plainOf } from './yaml-plain.js';

/** What a JSON 6902 patch may do to the API server, for messages. */
const ALLOWED =
  'a JSON 6902 patch may change other fields and add single items: an argument at /apiServer/extraArgs/<name> (or /-, list form), a volume at /apiServer/extraVolumes/-';

/**
 * The reference tokens of a JSON pointer as kind's patch library (evanphx/json-patch v5,
 * `findObject`) reads them: split at `/` with whatever precedes the first `/` ignored, each token
 * unescaped (`~1` is `/`, `~0` is `~`, RFC 6901 §4). `''` is the whole document; a pointer with no
 * `/` addresses nothing (the operation fails), and is undefined here.
 */
export function pointerTokens(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  const parts = pointer.split('/');
  if (parts.length < 2) return undefined;
  return parts.slice(1).map((token) => token.replace(/~[01]/g, (m) => (m === '~1' ? '/' : '~')));
}

/**
 * Where a pointer lands, seen from the audit settings: on the API server's arguments or volumes
 * whole (or a field holding them), on one item of them (`key`, and whether the pointer goes
 * deeper into it), or elsewhere.
 */
type Region =
  | { at: 'whole'; what: string }
  | { at: 'extraArgs' | 'extraVolumes'; key: string; deeper: boolean }
  | { at: 'elsewhere' };

function regionOf(tokens: readonly string[]): Region {
  const [top, list, key] = tokens;
  if (top === undefined) return { at: 'whole', what: 'the whole ClusterConfiguration' };
  if (top !== 'apiServer') return { at: 'elsewhere' };
  if (list === undefined) return { at: 'whole', what: 'apiServer' };
  if (list !== 'extraArgs' && list !== 'extraVolumes') return { at: 'elsewhere' };
  if (key === undefined) return { at: 'whole', what: `apiServer.${list}` };
  return { at: list, key, deeper: tokens.length > 3 };
}

/** A token that addresses a list item by position: `-` (the end) or what Go's `strconv.Atoi` reads. */
function isIndex(token: string): boolean {
  return token === '-' || /^[+-]?\d+$/.test(token);
}

function touches(pointer: unknown): boolean {
  const tokens = typeof pointer === 'string' ? pointerTokens(pointer) : undefined;
  return tokens !== undefined && regionOf(tokens).at !== 'elsewhere';
}

/** Why an add, replace or remove at `pointer` would undo the audit settings; undefined when it would not. */
function writeProblem(verb: string, pointer: string, value: unknown): string | undefined {
  const tokens = pointerTokens(pointer);
  if (tokens === undefined) return undefined;
  const region = regionOf(tokens);
  const op = `"${verb}" at ${pointer}`;
  if (region.at === 'elsewhere') return undefined;
  if (region.at === 'whole')
    return `${op} would ${verb === 'remove' ? 'remove' : 'replace'} ${region.what}, and kind-audit's audit flags and volumes with it`;
  const { key, deeper } = region;
  const single = verb === 'add' && !deeper && isIndex(key);
  if (region.at === 'extraVolumes') {
    if (!single)
      return `${op} changes an API server volume in place, which may be one of kind-audit's`;
    const problem = volumeProblem(value);
    return problem ? `${op} adds ${problem}` : undefined;
  }
  if (isIndex(key)) {
    if (!single)
      return `${op} changes an API server argument by its position, which may be one of kind-audit's`;
    const arg = isPlainObject(value) && typeof value.name === 'string' ? value : undefined;
    const problem = arg ? argumentProblem(arg.name as string, arg.value) : undefined;
    return problem ? `${op} ${problem}` : undefined;
  }
  // Map form (kubeadm v1beta3): the token is the argument's name.
  if (verb === 'remove')
    return OWNED_FLAGS.includes(key) ? `${op} removes ${key}, which kind-audit sets` : undefined;
  const problem = argumentProblem(key, deeper ? undefined : value);
  return problem ? `${op} ${problem}` : undefined;
}

/** Why one operation would undo the audit settings; undefined when it would not (or cannot apply). */
export function operationProblem(op: unknown): string | undefined {
  if (!isPlainObject(op)) return undefined;
  const { op: verb, path, from } = op;
  // An operation without a text op or path makes kind fail with its own error.
  if (typeof verb !== 'string' || typeof path !== 'string') return undefined;
  if (verb === 'move' || verb === 'copy') {
    if (touches(from) || touches(path))
      return `"${verb}" from ${String(from)} to ${path} ${verb === 'move' ? 'moves' : 'copies'} the API server's arguments or volumes, where kind-audit's audit flags and volumes are`;
    return undefined;
  }
  if (verb === 'add' || verb === 'replace' || verb === 'remove')
    return writeProblem(verb, path, op.value);
  return undefined;
}

/**
 * Refuses a JSON 6902 ClusterConfiguration patch of `map` (the cluster, or a control-plane node)
 * that would undo the audit settings. kind applies these after the merge patches, operation by
 * operation (kind `pkg/internal/patch/resource.go`), so both the `path` and, for `move` and
 * `copy`, the `from` of each are checked, in the form the patch library reads them. Entries are
 * read as kind reads them: aliases followed, merge keys applied.
 */
export function checkJson6902(
  map: YAMLMap,
  doc: Document,
  lineOf: (node: unknown) => number | undefined,
  owner: string,
): void {
  for (const [index, node] of (
    listOf(map, 'kubeadmConfigPatchesJSON6902', lineOf)?.items ?? []
  ).entries()) {
    const place = `kubeadmConfigPatchesJSON6902 entry ${index + 1} of ${owner}`;
    const entry = plainOf(node, doc);
    if (!isPlainObject(entry) || entry.kind !== 'ClusterConfiguration') continue;
    if (typeof entry.patch !== 'string') continue;
    const own: unknown = isAlias(node) ? node.resolve(doc) : node;
    const patchNode: unknown = isMap(own) ? own.get('patch', true) : undefined;
    const lines = isScalar(patchNode) ? blockLines(patchNode, lineOf) : () => lineOf(node);
    const patch = parseDocument(entry.patch, { merge: true });
    let ops: unknown;
    try {
      const [error] = patch.errors;
      if (error) throw error;
      ops = plainOf(patch.contents, patch);
    } catch (error) {
      const why = (error as Error).message.split('\n')[0] ?? '';
      throw new KindConfigError(lineOf(node), `${place}: the patch is not YAML or JSON (${why})`);
    }
    if (!Array.isArray(ops)) continue;
    const opNodes = isSeq(patch.contents) ? patch.contents.items : [];
    for (const [i, op] of ops.entries()) {
      const problem = operationProblem(op);
      if (problem)
        throw new KindConfigError(
          lines(opNodes[i]) ?? lineOf(node),
          `${place}, operation ${i + 1}: ${problem}; ${ALLOWED}`,
        );
    }
  }
}
