import { compileGlob, type Glob } from '../../insight/expect/index.js';
import { ALLOWED_SYNTAX, PatternError, PatternSet } from '../../linear-regex/index.js';
import { ruleTriggers, type TriggerWord } from './rules.js';

/**
 * The redaction a user adds to the built-in rules (the `redact-*` inputs and flags), as given:
 * short lists of text, so they fit the state main hands to post.
 */
export interface RedactionSettings {
  /** `redact-audit-annotations`: `*` globs of event annotation keys whose values go, in any event. */
  auditAnnotations: string[];
  /** `redact-resources`: `resource[.group]` whose objects are redacted as Secrets are. */
  resources: string[];
  /** `redact-patterns`: regular expressions; the text they match in any string value goes. */
  patterns: string[];
}

/** No rules beyond the built-in ones. */
export const NO_EXTRA_REDACTION: RedactionSettings = {
  auditAnnotations: [],
  resources: [],
  patterns: [],
};

/** A setting whose text is not allowed: `allowed` says what is. */
export class RedactionSettingError extends Error {
  constructor(
    readonly setting: keyof RedactionSettings,
    readonly entry: string,
    readonly allowed: string,
  ) {
    super(`${JSON.stringify(entry)}: ${allowed}`);
    this.name = 'RedactionSettingError';
  }
}

// kubectl's resource spelling without a subresource: lower-case DNS labels joined by dots.
const RESOURCE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
// An annotation key (an optional DNS prefix and `/`, then a name) with `*` anywhere.
const ANNOTATION_GLOB = /^[A-Za-z0-9*][-A-Za-z0-9_.*/]*$/;
const MAX_KEY = 317;

/** A resource a user's rule covers: `configmaps` is `{ resource: 'configmaps', group: '' }`. */
export interface RedactedResource {
  /** As written: the name the redaction stats give. */
  spelling: string;
  resource: string;
  group: string;
}

/** The rules of one run, checked and compiled once: built-in ones and the user's. */
export class RedactionRules {
  private constructor(
    readonly settings: RedactionSettings,
    readonly resources: readonly RedactedResource[],
    readonly auditAnnotations: readonly Glob[],
    readonly patterns: PatternSet | undefined,
    /** Every word a rule fires on: the built-in ones, then the user's. */
    readonly triggers: readonly TriggerWord[],
  ) {}

  /** Checks and compiles `settings`; throws a {@link RedactionSettingError} on the first bad one. */
  static compile(settings: RedactionSettings): RedactionRules {
    const resources = settings.resources.map((spelling) => {
      if (!RESOURCE.test(spelling))
        throw new RedactionSettingError(
          'resources',
          spelling,
          'expected a resource as kubectl spells it, resource[.group] in lower case without a subresource, e.g. configmaps or widgets.example.com',
        );
      const dot = spelling.indexOf('.');
      return dot < 0
        ? { spelling, resource: spelling, group: '' }
        : { spelling, resource: spelling.slice(0, dot), group: spelling.slice(dot + 1) };
    });
    for (const glob of settings.auditAnnotations)
      if (!ANNOTATION_GLOB.test(glob) || glob.length > MAX_KEY)
        throw new RedactionSettingError(
          'auditAnnotations',
          glob,
          `expected an annotation key with * for any run of characters (letters, digits, - _ . / and *, at most ${MAX_KEY}), e.g. example.com/* or *token*`,
        );
    let patterns: PatternSet | undefined;
    if (settings.patterns.length > 0) {
      try {
        patterns = PatternSet.compile(settings.patterns);
      } catch (error) {
        if (!(error instanceof PatternError)) throw error;
        throw new RedactionSettingError(
          'patterns',
          error.pattern ?? settings.patterns.join('\n'),
          `${error.reason}; allowed: ${ALLOWED_SYNTAX}`,
        );
      }
    }
    const triggers = ruleTriggers({
      resources: resources.map((r) => r.resource),
      auditAnnotations: settings.auditAnnotations,
      patternWords: patterns?.requiredWords ?? [],
    });
    return new RedactionRules(
      settings,
      resources,
      settings.auditAnnotations.map(compileGlob),
      patterns,
      triggers,
    );
  }

  /** The user's resource rule that covers `resource` in `group`, if any. */
  resourceRule(resource: unknown, group: unknown): RedactedResource | undefined {
    if (typeof resource !== 'string' || this.resources.length === 0) return undefined;
    const apiGroup = typeof group === 'string' ? group : '';
    return this.resources.find((r) => r.resource === resource && r.group === apiGroup);
  }
}

/** The settings of all of `sources` together (each entry once), for rules from two places. */
export function joinSettings(...sources: (RedactionSettings | undefined)[]): RedactionSettings {
  const join = (key: keyof RedactionSettings) => [
    ...new Set(sources.flatMap((source) => source?.[key] ?? [])),
  ];
  return {
    auditAnnotations: join('auditAnnotations'),
    resources: join('resources'),
    patterns: join('patterns'),
  };
}

/** The built-in rules alone. */
export const BUILT_IN_RULES = RedactionRules.compile(NO_EXTRA_REDACTION);
