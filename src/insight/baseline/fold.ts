import { InputError } from '../../messages/input-error.js';
import { compileGlob, type Glob } from '../expect/index.js';
import type { Request } from '../../logs/events/index.js';

/** The input and CLI flag that names the globs. */
export const FOLD_NAMESPACES = 'fold-namespaces';

const SERVICE_ACCOUNT = 'system:serviceaccount:';
const NAMESPACE_GLOB = /^[a-z0-9*][a-z0-9*-]*$/;

/**
 * The globs of `fold-namespaces` (comma- or newline-separated, e.g. `e2e-*`). Each must look
 * like a namespace with `*` in it somewhere; throws an {@link InputError} naming the bad one.
 */
export function parseFoldGlobs(text: string): Glob[] {
  const globs = text
    .split(/[,\n]/)
    .map((g) => g.trim())
    .filter((g) => g !== '');
  for (const glob of globs)
    if (!NAMESPACE_GLOB.test(glob) || glob.length > 63)
      throw new InputError(
        FOLD_NAMESPACES,
        text,
        `"${glob}" is not a namespace glob: lower-case letters, digits, - and * (any run of characters), at most 63, e.g. e2e-*`,
      );
  return globs.map(compileGlob);
}

/**
 * Folds random namespaces into stable names: a namespace the first matching glob covers is
 * written as the glob's text (`e2e-x7k2` → `e2e-*`), so runs that make fresh namespaces compare.
 */
export class NamespaceFolder {
  constructor(private readonly globs: readonly Glob[]) {}

  namespace(ns: string): string {
    if (ns === '') return ns;
    return this.globs.find((g) => g.matches(ns))?.text ?? ns;
  }

  /** A service account's name holds its namespace (`system:serviceaccount:NS:NAME`): fold it too. */
  subject(subject: string): string {
    if (this.globs.length === 0 || !subject.startsWith(SERVICE_ACCOUNT)) return subject;
    const sa = /^system:serviceaccount:([^:]+):(.*)$/s.exec(subject);
    if (!sa) return subject;
    return `system:serviceaccount:${this.namespace(sa[1] ?? '')}:${sa[2] ?? ''}`;
  }

  /** A request with its namespace and its service account subject folded (for the RBAC). */
  request(request: Request): Request {
    return {
      ...request,
      namespace: this.namespace(request.namespace),
      user: this.subject(request.user),
    };
  }
}
