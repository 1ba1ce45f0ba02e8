import { LineCounter, parseAllDocuments } from 'yaml';
import { aliasExpansionError, resolveAliases } from './aliases.js';
import { YamlReader } from './yaml-reader.js';
import type { PolicyWarning } from './types.js';

/** A group of resources as decoded, before kube's field validation. */
export interface RawGroupResources {
  group: string;
  resources: string[];
  resourceNames: string[];
}

/** A rule as decoded: absent lists are empty, the level is any string. */
export interface RawRule {
  level: string;
  users: string[];
  userGroups: string[];
  verbs: string[];
  resources: RawGroupResources[];
  namespaces: string[];
  nonResourceURLs: string[];
  omitStages: string[];
  omitManagedFields?: boolean;
}

/** A policy as decoded; `apiVersion`/`kind` are "" when absent. */
export interface RawPolicy {
  apiVersion: string;
  kind: string;
  rules: RawRule[];
  omitStages: string[];
  omitManagedFields?: boolean;
}

/** What decoding left: the policy unless the text could not be decoded at all. */
export interface Decoded {
  raw?: RawPolicy;
  errors: string[];
  warnings: PolicyWarning[];
  /** Line of each known field path, e.g. `rules[2]` or `rules[0].verbs`. */
  lines: Map<string, number>;
}

// `metadata` is the ObjectMeta every Kubernetes object may carry; kube decodes it, we ignore it.
const POLICY_FIELDS = [
  'apiVersion',
  'kind',
  'metadata',
  'rules',
  'omitStages',
  'omitManagedFields',
];
const RULE_FIELDS = [
  'level',
  'users',
  'userGroups',
  'verbs',
  'resources',
  'namespaces',
  'nonResourceURLs',
  'omitStages',
  'omitManagedFields',
];
const GROUP_FIELDS = ['group', 'resources', 'resourceNames'];

function belongsTo(key: string): string | undefined {
  if (RULE_FIELDS.includes(key)) return 'a rule';
  if (GROUP_FIELDS.includes(key)) return 'a resources[] entry';
  if (POLICY_FIELDS.includes(key)) return 'a top-level policy';
  return undefined;
}

/**
 * Decodes policy text (YAML 1.1, as kube's decoder reads it, or JSON) into a {@link RawPolicy}.
 * Type mismatches are errors, as they are for kube-apiserver; unknown and duplicate keys are
 * warnings, because kube-apiserver accepts them and drops or overrides the values silently.
 */
export function decodePolicy(text: string): Decoded {
  const counter = new LineCounter();
  const parsed = parseAllDocuments(text, {
    lineCounter: counter,
    version: '1.1',
    uniqueKeys: false,
    merge: true,
  });
  const docs = Array.isArray(parsed) ? parsed : [];
  const doc = docs[0];
  const result: Decoded = { errors: [], warnings: [], lines: new Map() };
  if (doc === undefined) return { ...result, raw: emptyPolicy() };
  const syntax = doc.errors[0];
  if (syntax !== undefined) {
    // The parser's message ends in "at line L, column C:" followed by a source excerpt.
    const first = (syntax.message.split('\n')[0] ?? syntax.message).replace(/:$/, '');
    return { ...result, errors: [`failed decoding: ${first}`] };
  }

  // kube expands the whole document before it looks at a field, so an alias bomb anywhere in it,
  // known fields or not, stops it; and so the reader below never expands more than kube allows.
  const targets = resolveAliases(doc);
  const aliasError = aliasExpansionError(doc, targets);
  if (aliasError !== undefined) return { ...result, errors: [aliasError] };

  const r = new YamlReader(targets, counter, belongsTo);
  if (docs.length > 1) {
    // kube's YAML decoder reads the first document only.
    r.warn('', r.lineOf(docs[1]?.contents), 'only the first YAML document is read');
  }
  const top = r.fields(doc.contents, '', POLICY_FIELDS);
  const raw = emptyPolicy();
  if (top !== undefined) {
    raw.apiVersion = r.string(top.get('apiVersion'), 'apiVersion');
    raw.kind = r.string(top.get('kind'), 'kind');
    raw.omitStages = r.strings(top.get('omitStages'), 'omitStages');
    raw.omitManagedFields = r.bool(top.get('omitManagedFields'), 'omitManagedFields');
    raw.rules = r.list(top.get('rules'), 'rules').map((item, i) => {
      const path = `rules[${i}]`;
      const line = r.lineOf(item);
      if (line !== undefined) r.lines.set(path, line);
      return readRule(r, item, path);
    });
  }
  const out = { errors: r.errors, warnings: r.warnings, lines: r.lines };
  return r.errors.length > 0 ? out : { ...out, raw };
}

function readRule(r: YamlReader, item: unknown, path: string): RawRule {
  const f = r.fields(item, path, RULE_FIELDS) ?? new Map<string, unknown>();
  const strings = (key: string): string[] => r.strings(f.get(key), `${path}.${key}`);
  return {
    level: r.string(f.get('level'), `${path}.level`),
    users: strings('users'),
    userGroups: strings('userGroups'),
    verbs: strings('verbs'),
    namespaces: strings('namespaces'),
    nonResourceURLs: strings('nonResourceURLs'),
    omitStages: strings('omitStages'),
    omitManagedFields: r.bool(f.get('omitManagedFields'), `${path}.omitManagedFields`),
    resources: r.list(f.get('resources'), `${path}.resources`).map((gr, j) => {
      const at = `${path}.resources[${j}]`;
      const g = r.fields(gr, at, GROUP_FIELDS) ?? new Map<string, unknown>();
      return {
        group: r.string(g.get('group'), `${at}.group`),
        resources: r.strings(g.get('resources'), `${at}.resources`),
        resourceNames: r.strings(g.get('resourceNames'), `${at}.resourceNames`),
      };
    }),
  };
}

function emptyPolicy(): RawPolicy {
  return { apiVersion: '', kind: '', rules: [], omitStages: [] };
}
