import { InputError } from '../messages/input-error.js';
import { parseFoldGlobs } from '../insight/baseline/index.js';
import { parseExpectations, ExpectError } from '../insight/expect/index.js';
import { DRIFT_ACTIONS, type DriftAction } from '../insight/settings.js';

const SERVICE_ACCOUNT = 'serviceaccount:';
/** What a Kubernetes user name may not hold here: control characters say the value is garbled. */
const CONTROL = /\p{Cc}/u;

/**
 * The subjects of `rbac-for`, comma- or newline-separated: a user (`jane`, `system:*`) or
 * `serviceaccount:NS:NAME`, each part a `*` glob, written as the subject's user name
 * (`system:serviceaccount:NS:NAME`) so both match a request's subject alike.
 */
export function rbacSubjects(value: string, input: string): string[] {
  const entries = value
    .split(/[,\n]/)
    .map((e) => e.trim())
    .filter((e) => e !== '');
  return entries.map((entry) => {
    if (CONTROL.test(entry))
      throw new InputError(input, value, `"${entry}" holds a control character`);
    if (!entry.startsWith(SERVICE_ACCOUNT)) return entry;
    const parts = entry.slice(SERVICE_ACCOUNT.length).split(':');
    if (parts.length !== 2 || parts.some((p) => p === ''))
      throw new InputError(
        input,
        value,
        `"${entry}" is not serviceaccount:NAMESPACE:NAME; expected users (e.g. jane, system:*) or service accounts (e.g. serviceaccount:app:operator, serviceaccount:e2e-*:*), comma- or newline-separated`,
      );
    return `system:serviceaccount:${parts.join(':')}`;
  });
}

/** `on-drift`: what drift from the baseline does. */
export function driftAction(value: string, input: string): DriftAction {
  const found = DRIFT_ACTIONS.find((a) => a === value);
  if (!found) throw new InputError(input, value, `expected ${DRIFT_ACTIONS.join(' or ')}`);
  return found;
}

/**
 * `expect`: inline expectations, checked as they are read; the text is kept, as post parses it
 * again. A file input is only named here: main reads and checks it once the workspace is known.
 */
export function inlineExpectations(value: string, input: string): string {
  if (!value.trim()) return value;
  try {
    parseExpectations(value, `the '${input}' input`);
  } catch (error) {
    if (error instanceof ExpectError) throw error.asInputError(input, value);
    throw error;
  }
  return value;
}

/** `fold-namespaces`: checked, and kept as written. */
export function foldNamespaces(value: string): string {
  // The globs' errors already name the input (it shares its name with the CLI flag).
  parseFoldGlobs(value);
  return value;
}
