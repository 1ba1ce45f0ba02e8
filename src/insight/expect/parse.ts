import {
  EXPECTATION_KINDS,
  ExpectError,
  SELECTOR_FIELDS,
  type Expectation,
  type ExpectProblem,
  type Selector,
  type SelectorField,
} from './types.js';
import { readYaml, type Plain } from './yaml-values.js';

/** The most an expectations text may hold: a list written by hand stays far below it. */
export const EXPECT_SIZE_LIMIT = 256 * 1024;

const VERB = /^[a-z*]+$/;
const RESOURCE = /^[a-z0-9*][a-z0-9.*-]*(\/[a-z0-9*][a-z0-9*-]*)?$/;

/** A value's shape, for a message: what is wrong, never what is there. */
function shape(value: Plain | undefined): string {
  if (value instanceof Map) return 'a mapping';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value === '' ? 'an empty text' : 'a text';
  return typeof value === 'number' ? 'a number' : 'true or false';
}

/** A value as a message quotes it: JSON for text and numbers, its shape for the rest. */
function quoted(value: Plain | undefined): string {
  if (value === undefined || value === null || typeof value === 'object') return shape(value);
  const json = JSON.stringify(value);
  return `the value ${json.length > 80 ? `${json.slice(0, 77)}…"` : json}`;
}

/** Where the text came from, which decides what a message may show of it. */
export interface ExpectSource {
  /**
   * True for a file (`expect-file`, `check --expect`): its messages name each expectation by its
   * number and line and each value by its shape, and quote nothing from it — a file given by
   * mistake (`/etc/passwd`, a secrets file) must not end up in a job log. An inline `expect` is
   * the workflow's own text, quoted where that helps.
   */
  fromFile?: boolean;
}

/**
 * Parses and checks expectations (the format in the README, "Assertions"): a YAML list of named
 * entries, each with exactly one of `forbid` or `require`. Throws {@link ExpectError} listing every
 * problem, each naming the expectation, the field, the value (or, for a file, its shape) and what
 * is allowed.
 */
export function parseExpectations(
  text: string,
  origin: string,
  source: ExpectSource = {},
): Expectation[] {
  const shown = source.fromFile ? shape : quoted;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > EXPECT_SIZE_LIMIT)
    throw new ExpectError(origin, [
      {
        expectation: '',
        field: '',
        value: `${bytes} bytes`,
        allowed: `expectations may hold at most ${EXPECT_SIZE_LIMIT} bytes`,
      },
    ]);
  const read = readYaml(text);
  if ('error' in read)
    throw new ExpectError(origin, [
      { expectation: '', field: '', value: 'text that cannot be read', allowed: read.error },
    ]);
  const problems: ExpectProblem[] = [];
  const list = read.value;
  if (!Array.isArray(list) || list.length === 0) {
    problems.push({
      expectation: '',
      field: '',
      value: shown(list ?? undefined),
      allowed: 'write a list of one or more expectations, each with a name and forbid or require',
    });
    throw new ExpectError(origin, problems);
  }
  const names = new Set<string>();
  const label = (item: Plain, index: number): string => {
    if (source.fromFile) {
      const line = read.lines?.[index];
      return `#${index + 1}${line === undefined ? '' : ` (line ${line})`}`;
    }
    const named = item instanceof Map ? item.get('name') : undefined;
    return typeof named === 'string' && named !== '' ? JSON.stringify(named) : `#${index + 1}`;
  };
  const expectations = list.map((item, i) => entry(item, label(item, i), shown, names, problems));
  if (problems.length > 0) throw new ExpectError(origin, problems);
  return expectations.filter((e): e is Expectation => e !== undefined);
}

function entry(
  item: Plain,
  label: string,
  shown: (value: Plain | undefined) => string,
  names: Set<string>,
  problems: ExpectProblem[],
): Expectation | undefined {
  const named = item instanceof Map ? item.get('name') : undefined;
  const problem = (field: string, value: Plain | undefined, allowed: string) =>
    problems.push({ expectation: label, field, value: shown(value), allowed });
  if (!(item instanceof Map)) {
    problem('', item, 'an expectation is a mapping with name and forbid or require');
    return undefined;
  }
  for (const key of item.keys())
    if (!['name', ...EXPECTATION_KINDS].includes(key))
      problem(
        key,
        item.get(key),
        'not a field of an expectation; its fields are name, forbid, require',
      );
  if (typeof named !== 'string' || named.trim() === '')
    problem('name', named, 'every expectation needs a name: a text that is not empty');
  else if (names.has(named))
    problem('name', named, 'names must be unique; another expectation has it');
  else names.add(named);
  const kinds = EXPECTATION_KINDS.filter((k) => item.has(k));
  if (kinds.length !== 1) {
    problems.push({
      expectation: label,
      field: kinds.length === 0 ? 'forbid or require' : 'forbid and require',
      value: kinds.length === 0 ? 'neither' : 'both',
      allowed:
        'give exactly one of forbid (requests that must never happen) or require (requests that must happen)',
    });
    return undefined;
  }
  const kind = kinds[0] ?? 'forbid';
  const selector = readSelector(item.get(kind) ?? null, kind, problem);
  return typeof named === 'string' && selector ? { name: named, kind, selector } : undefined;
}

function readSelector(
  raw: Plain,
  kind: string,
  problem: (field: string, value: Plain | undefined, allowed: string) => void,
): Selector | undefined {
  if (raw === null) return {};
  if (!(raw instanceof Map)) {
    problem(kind, raw, `${kind} is a mapping of the fields ${SELECTOR_FIELDS.join(', ')}`);
    return undefined;
  }
  const selector: Selector = {};
  for (const [key, value] of raw) {
    const field = `${kind}.${key}`;
    if (!(SELECTOR_FIELDS as readonly string[]).includes(key)) {
      problem(field, value, `not a field of ${kind}; its fields are ${SELECTOR_FIELDS.join(', ')}`);
      continue;
    }
    const name = key as SelectorField;
    const items = Array.isArray(value) ? value : [value];
    if (items.length === 0) {
      problem(
        field,
        value,
        'give a value or a list of one or more values; leave the field out to match any',
      );
      continue;
    }
    if (name === 'code') {
      const codes = items.filter((c): c is number => typeof c === 'number');
      const bad = items.find(
        (c) => typeof c !== 'number' || !Number.isInteger(c) || c < 100 || c > 599,
      );
      if (bad !== undefined)
        problem(field, bad, 'a response code is a whole number from 100 to 599, or a list of them');
      else selector.code = codes;
      continue;
    }
    const texts: string[] = [];
    for (const v of items) {
      const allowed = textProblem(name, v);
      if (allowed) problem(field, v, allowed);
      else if (typeof v === 'string') texts.push(v);
    }
    if (texts.length === items.length) selector[name] = texts;
  }
  if (selector.resource && selector.path)
    problem(
      `${kind}.path`,
      selector.path[0],
      'resource and path exclude each other: resource matches API objects, path non-resource URLs such as /metrics',
    );
  return selector;
}

/** What is wrong with one value of a text field, or undefined when it is fine. */
function textProblem(field: SelectorField, value: Plain): string | undefined {
  if (typeof value !== 'string')
    return typeof value === 'number' || typeof value === 'boolean'
      ? `${field} takes text; write the value in quotes`
      : `${field} takes a text or a list of texts`;
  if (value === '' && field !== 'namespace')
    return `${field} may not be empty ("" is allowed for namespace only, where it means cluster-scoped)`;
  if (field === 'verb' && !VERB.test(value))
    return 'verbs are lower-case as in the audit log: get, list, watch, create, update, patch, delete, deletecollection, …';
  if (field === 'resource' && !RESOURCE.test(value))
    return 'a resource is spelled as kubectl does, resource[.group][/subresource] in lower case: secrets, deployments.apps, pods/exec';
  if (field === 'path' && !value.startsWith('/') && !value.startsWith('*'))
    return 'a non-resource path starts with /, e.g. /metrics or /healthz*';
  return undefined;
}
