import type { Request } from '../../logs/events/index.js';
import type { Glob } from '../expect/index.js';
import { NamespaceFolder } from './fold.js';
import { formatLine } from './line.js';

/** Distinct lines kept; a log that makes more (hostile or huge) is cut, and the cut counted. */
export const MAX_BASELINE_LINES = 100_000;

/** Requests' keys remembered with their line. */
const RECENT = 50_000;

/** What a run used, ready to be written or compared. */
export interface BaselineResult {
  /** Sorted (by code unit, the same everywhere), unique lines, without newlines. */
  lines: string[];
  /** Distinct lines left out past {@link MAX_BASELINE_LINES}. */
  dropped: number;
}

/** Options of a baseline. */
export interface BaselineOptions {
  /** Namespaces a glob matches are written as the glob's text. */
  foldNamespaces?: readonly Glob[];
  maxLines?: number;
}

/**
 * Builds `baseline.tsv` from requests pushed one at a time: a line per subject, verb, resource (or
 * non-resource path) and scope, for the subjects that are not Kubernetes' own components
 * (docs/definitions.md). Denied requests count, as they do for RBAC; verbs are kept as used. A
 * request without a subject (a failed authentication) or a verb names no permission and is left
 * out.
 */
export class BaselineBuilder {
  readonly #lines = new Set<string>();
  readonly #folder: NamespaceFolder;
  readonly #max: number;
  readonly #dropped = new Set<string>();
  /**
   * The line of each recent (subject, verb, target, namespace): most requests repeat one, and
   * escaping and folding cost more than a lookup. Cleared when full, so it stays bounded.
   */
  readonly #recent = new Map<string, string>();

  constructor(options: BaselineOptions = {}) {
    this.#folder = new NamespaceFolder(options.foldNamespaces ?? []);
    this.#max = options.maxLines ?? MAX_BASELINE_LINES;
  }

  add(request: Request): void {
    if (request.component || request.user === '' || request.verb === '') return;
    const target = request.resource || request.path;
    const namespace = request.resource ? request.namespace : '';
    // Lengths first, so no value from a hostile log can make two requests share a key.
    const { user, verb } = request;
    const key = `${user.length},${verb.length},${target.length}:${user}${verb}${target}${namespace}`;
    let line = this.#recent.get(key);
    if (line === undefined) {
      line = formatLine({
        subject: this.#folder.subject(request.user),
        verb: request.verb,
        resource: target,
        scope: this.#folder.namespace(namespace),
      });
      if (this.#recent.size >= RECENT) this.#recent.clear();
      this.#recent.set(key, line);
    }
    if (this.#lines.has(line)) return;
    if (this.#lines.size < this.#max) this.#lines.add(line);
    // Counting distinct cut lines needs the lines themselves; past a second cap it says "at least".
    else if (this.#dropped.size < this.#max) this.#dropped.add(line);
  }

  result(): BaselineResult {
    return { lines: [...this.#lines].sort(byCodeUnit), dropped: this.#dropped.size };
  }
}

/** Sorts as `LC_ALL=C sort` does for ASCII: the same order on every machine. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The file's text: a line each, each ended by a newline; empty for no lines. */
export function baselineText(lines: readonly string[]): string {
  return lines.map((l) => `${l}\n`).join('');
}
