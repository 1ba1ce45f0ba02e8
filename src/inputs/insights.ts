import { InputConflictError, InputError, type InputSource } from '../input-error.js';
import { parseFoldGlobs } from '../insight/baseline/index.js';
import { parseExpectations, ExpectError } from '../insight/expect/index.js';
import {
  DRIFT_ACTIONS,
  type DriftAction,
  type ExpectSource,
  type InsightSettings,
} from '../insight/settings.js';
import { INPUT } from './names.js';
import { boolean, orDefault } from './values.js';

const SERVICE_ACCOUNT = 'serviceaccount:';
/** What a Kubernetes user name may not hold here: control characters say the value is garbled. */
const CONTROL = /\p{Cc}/u;

/**
 * The subjects of `rbac-for`, comma- or newline-separated: a user (`jane`, `system:*`) or
 * `serviceaccount:NS:NAME`, each part a `*` glob, written as the subject's user name
 * (`system:serviceaccount:NS:NAME`) so both match a request's subject alike.
 */
export function rbacSubjects(value: string): string[] {
  const entries = value
    .split(/[,\n]/)
    .map((e) => e.trim())
    .filter((e) => e !== '');
  return entries.map((entry) => {
    if (CONTROL.test(entry))
      throw new InputError(INPUT.rbacFor, value, `"${entry}" holds a control character`);
    if (!entry.startsWith(SERVICE_ACCOUNT)) return entry;
    const parts = entry.slice(SERVICE_ACCOUNT.length).split(':');
    if (parts.length !== 2 || parts.some((p) => p === ''))
      throw new InputError(
        INPUT.rbacFor,
        value,
        `"${entry}" is not serviceaccount:NAMESPACE:NAME; expected users (e.g. jane, system:*) or service accounts (e.g. serviceaccount:app:operator, serviceaccount:e2e-*:*), comma- or newline-separated`,
      );
    return `system:serviceaccount:${parts.join(':')}`;
  });
}

function driftAction(value: string): DriftAction {
  const text = orDefault(INPUT.onDrift, value);
  const found = DRIFT_ACTIONS.find((a) => a === text);
  if (!found) throw new InputError(INPUT.onDrift, value, `expected ${DRIFT_ACTIONS.join(' or ')}`);
  return found;
}

function expectSource(get: InputSource): ExpectSource | undefined {
  const inline = get(INPUT.expect);
  const file = get(INPUT.expectFile).trim();
  if (inline.trim() && file)
    throw new InputConflictError(
      [
        { input: INPUT.expect, value: inline.length > 60 ? `${inline.slice(0, 57)}…` : inline },
        { input: INPUT.expectFile, value: file },
      ],
      `give the expectations inline in ${INPUT.expect} or as a file in ${INPUT.expectFile}, not both`,
    );
  if (file) return { kind: 'file', path: file, input: INPUT.expectFile };
  if (!inline.trim()) return undefined;
  try {
    parseExpectations(inline, `the '${INPUT.expect}' input`);
  } catch (error) {
    if (error instanceof ExpectError) throw error.asInputError(INPUT.expect, inline);
    throw error;
  }
  return { kind: 'inline', text: inline, input: INPUT.expect };
}

/**
 * Reads and checks the insight inputs; throws InputError on the first bad one. A file input is
 * only named here: main reads and checks it once the workspace is known, before the cluster.
 */
export function readInsightSettings(get: InputSource): InsightSettings {
  const foldNamespaces = get(INPUT.foldNamespaces);
  // The globs' errors already name the input (it shares its name with the CLI flag).
  parseFoldGlobs(foldNamespaces);
  return {
    rbac: boolean(INPUT.rbac, get(INPUT.rbac)),
    rbacFor: rbacSubjects(get(INPUT.rbacFor)),
    expect: expectSource(get),
    baseline: get(INPUT.baseline).trim()
      ? { path: get(INPUT.baseline).trim(), input: INPUT.baseline }
      : undefined,
    onDrift: driftAction(get(INPUT.onDrift)),
    foldNamespaces,
  };
}
