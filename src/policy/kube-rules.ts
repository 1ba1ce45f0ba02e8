import type { RawGroupResources, RawPolicy, RawRule } from './decode.js';
import { dnsSubdomainProblems, invalid, notSupported, required } from './field-error.js';
import { AUDIT_LEVELS, POLICY_API_VERSION, STAGES } from './types.js';
import { atLeast, DEFAULT_KUBERNETES_VERSION, type KubeVersion } from '../kubernetes/version.js';

/**
 * Whether kube-apiserver of `version` accepts `group: "*"` (every API group) in a rule's resources:
 * from 1.36 on (k8s.io/apiserver commit 6728d949, "Allow wildcard '*' for API groups in audit
 * policy rules"); older servers refuse it as a malformed group name.
 */
export function acceptsWildcardGroup(version: KubeVersion): boolean {
  return atLeast(version, 1, 36);
}

/**
 * The errors kube-apiserver of `version` gives a decoded policy, in the order it stops: an unknown
 * apiVersion/kind first, then every field error at once, then an empty rule list. Mirrors
 * k8s.io/apiserver `pkg/audit/policy/reader.go` and `pkg/apis/audit/validation/validation.go`.
 */
export function kubeErrors(
  raw: RawPolicy,
  version: KubeVersion = DEFAULT_KUBERNETES_VERSION,
): string[] {
  const wildcardGroup = acceptsWildcardGroup(version);
  const gvk = groupVersionError(raw.apiVersion, raw.kind);
  if (gvk !== undefined) return [gvk];
  const fieldErrors = [
    ...validateStages(raw.omitStages, 'omitStages'),
    ...raw.rules.flatMap((rule, i) => validateRule(rule, `rules[${i}]`, wildcardGroup)),
  ];
  // kube aggregates field errors and drops exact repeats.
  if (fieldErrors.length > 0) return [...new Set(fieldErrors)];
  return raw.rules.length === 0 ? ['loaded illegal policy with 0 rules'] : [];
}

/** The version kube's scheme registers its internal (unversioned) types under. */
const INTERNAL = '__internal';

/**
 * What kube-apiserver says of the file's `apiVersion` and `kind`, read as its decoder reads them
 * (k8s.io/apimachinery `pkg/runtime/serializer/json`, `gvkWithDefaults`, and `pkg/runtime/error.go`;
 * k8s.io/apiserver `pkg/audit/policy/reader.go`). The decoder fills what the file leaves out from
 * the type it decodes into, the internal Policy of audit.k8s.io; the scheme knows that and
 * audit.k8s.io/v1 alone, and the reader then accepts v1 alone. kube's "not registered" messages
 * end with the scheme's name (`in scheme "pkg/runtime/scheme.go:111"`, a source line of
 * apimachinery), and its "missing" message quotes the whole file: those tails are left out.
 */
function groupVersionError(apiVersion: string, kindField: string): string | undefined {
  const parsed = parseGroupVersion(apiVersion);
  if (!parsed) return `failed decoding: unexpected GroupVersion string: ${apiVersion}`;
  let [group, version] = parsed;
  const kind = kindField || 'Policy';
  if (group === '' && version === '') [group, version] = ['audit.k8s.io', INTERNAL];
  if (version === '' && group === 'audit.k8s.io') version = INTERNAL;
  if (version === '') return "failed decoding: Object 'apiVersion' is missing";
  const registered = group === 'audit.k8s.io' && kind === 'Policy';
  if (version === INTERNAL) {
    if (!registered)
      return `failed decoding: no kind "${kind}" is registered for the internal version of group "${group}"`;
    // Go prints a GroupVersionKind as `group/version, Kind=kind`.
    return `unknown group version field ${group}/${version}, Kind=${kind} in policy`;
  }
  const gv = group ? `${group}/${version}` : version;
  if (!registered || gv !== POLICY_API_VERSION)
    return `failed decoding: no kind "${kind}" is registered for version "${gv}"`;
  return undefined;
}

/** Go's `schema.ParseGroupVersion`: "" and "/" are empty, more than one slash is an error. */
function parseGroupVersion(apiVersion: string): [string, string] | undefined {
  if (apiVersion === '' || apiVersion === '/') return ['', ''];
  const parts = apiVersion.split('/');
  if (parts.length === 1) return ['', apiVersion];
  if (parts.length === 2) return [parts[0] ?? '', parts[1] ?? ''];
  return undefined;
}

function validateRule(rule: RawRule, path: string, wildcardGroup: boolean): string[] {
  const errors = [
    ...validateLevel(rule.level, `${path}.level`),
    ...validateUrls(rule.nonResourceURLs, `${path}.nonResourceURLs`),
    ...rule.resources.flatMap((gr) =>
      validateGroupResources(gr, `${path}.resources`, wildcardGroup),
    ),
    ...validateStages(rule.omitStages, `${path}.omitStages`),
  ];
  if (
    rule.nonResourceURLs.length > 0 &&
    (rule.resources.length > 0 || rule.namespaces.length > 0)
  ) {
    errors.push(
      invalid(
        `${path}.nonResourceURLs`,
        rule.nonResourceURLs,
        'rules cannot apply to both regular resources and non-resource URLs',
      ),
    );
  }
  return errors;
}

function validateLevel(level: string, path: string): string[] {
  if (level === '') return [required(path)];
  return (AUDIT_LEVELS as readonly string[]).includes(level)
    ? []
    : [notSupported(path, level, AUDIT_LEVELS)];
}

function validateUrls(urls: string[], path: string): string[] {
  return urls.flatMap((url, i) => {
    if (url === '*') return [];
    const errors: string[] = [];
    if (!url.startsWith('/')) {
      errors.push(
        invalid(`${path}[${i}]`, url, "non-resource URL rules must begin with a '/' character"),
      );
    }
    if (url.slice(0, -1).includes('*')) {
      const detail = "non-resource URL wildcards '*' must be the final character of the rule";
      errors.push(invalid(`${path}[${i}]`, url, detail));
    }
    return errors;
  });
}

// kube names these paths without the list index (`rules[0].resources.group`); we keep its text.
function validateGroupResources(
  gr: RawGroupResources,
  path: string,
  wildcardGroup: boolean,
): string[] {
  const errors: string[] = [];
  // `""` is the core group; `*` every group, where the server knows it.
  const skip = gr.group === '' || (wildcardGroup && gr.group === '*');
  const problems = skip ? '' : dnsSubdomainProblems(gr.group);
  if (problems) errors.push(invalid(`${path}.group`, gr.group, problems));
  if (gr.resourceNames.length > 0 && gr.resources.length === 0) {
    const detail = 'using resourceNames requires at least one resource';
    errors.push(invalid(`${path}.resourceNames`, gr.resourceNames, detail));
  }
  return errors;
}

function validateStages(stages: string[], path: string): string[] {
  const allowed = `allowed stages are ${STAGES.join(',')}`;
  return stages.flatMap((stage, i) =>
    (STAGES as readonly string[]).includes(stage) ? [] : [invalid(`${path}[${i}]`, stage, allowed)],
  );
}
