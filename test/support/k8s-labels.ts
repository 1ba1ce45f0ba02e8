// Kubernetes' label rules and equality-based selectors for tests, written from k8s.io/apimachinery
// (`pkg/util/validation/validation.go`: IsQualifiedName, IsValidLabelValue, IsDNS1123Subdomain;
// `pkg/labels/selector.go`: Parse with `=`, `==`, `!=` and a bare key for "exists"). It shares no
// code with the generator, so a test that uses it checks what a cluster and kubectl would do.
import { parseAllDocuments } from 'yaml';

const NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** The problems kube-apiserver would report for a label key, none when it is valid. */
export function labelKeyProblems(key: string): string[] {
  const parts = key.split('/');
  if (parts.length > 2) return [`${key}: more than one /`];
  const [prefix, name] = parts.length === 2 ? parts : [undefined, parts[0]];
  const problems: string[] = [];
  if (prefix !== undefined && (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix)))
    problems.push(`${key}: prefix is not a DNS-1123 subdomain`);
  if (!name || name.length > 63 || !NAME.test(name)) problems.push(`${key}: bad name part`);
  return problems;
}

/** The problems kube-apiserver would report for a label value ('' is allowed). */
export function labelValueProblems(value: string): string[] {
  if (value === '') return [];
  return value.length <= 63 && NAME.test(value) ? [] : [`${JSON.stringify(value)}: bad value`];
}

/** An object as far as labels go. */
export interface Labelled {
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
}

/** Whether `labels` satisfy an equality-based selector such as `a=b,c!=d,e`. */
export function matchesSelector(selector: string, labels: Record<string, string> = {}): boolean {
  return selector.split(',').every((term) => {
    const m = /^\s*([^=!\s]+)\s*(==|=|!=)?\s*([^=!\s]*)\s*$/.exec(term);
    if (!m) throw new Error(`not an equality-based selector term: ${term}`);
    const [, key = '', op, value = ''] = m;
    const has = Object.hasOwn(labels, key);
    if (op === undefined) return has;
    if (op === '!=') return !has || labels[key] !== value;
    return has && labels[key] === value;
  });
}

/** The objects of YAML streams (comments and empty documents left out). */
export function objectsOf(...streams: string[]): Labelled[] {
  return streams.flatMap((text) =>
    parseAllDocuments(text)
      .map((d) => {
        if (d.errors.length > 0) throw new Error(d.errors.map((e) => e.message).join('; '));
        return d.toJS() as Labelled | null;
      })
      .filter((o): o is Labelled => o !== null),
  );
}
