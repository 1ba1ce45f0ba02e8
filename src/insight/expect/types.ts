import { InputError } from '../../messages/input-error.js';

/** The two kinds of expectation: requests that must never happen, and ones that must happen. */
export const EXPECTATION_KINDS = ['forbid', 'require'] as const;
export type ExpectationKind = (typeof EXPECTATION_KINDS)[number];

/** The fields a `forbid` or `require` entry may give; a request matches when it matches each. */
export const SELECTOR_FIELDS = [
  'user',
  'userGroup',
  'verb',
  'resource',
  'namespace',
  'name',
  'path',
  'code',
] as const;
export type SelectorField = (typeof SELECTOR_FIELDS)[number];

/**
 * What an expectation matches, as written: each field one value or several (any may match), `*`
 * globs in every text field. An absent field matches every request.
 */
export interface Selector {
  /** The subject (docs/definitions.md): the impersonated user when set, else the user. */
  user?: string[];
  /** One of the subject's groups. */
  userGroup?: string[];
  verb?: string[];
  /** kubectl's spelling, `resource[.group][/subresource]`; matches resource requests only. */
  resource?: string[];
  /** `""` matches cluster-scoped requests. */
  namespace?: string[];
  name?: string[];
  /** A non-resource URL's path; matches non-resource requests only. */
  path?: string[];
  /** The response code. */
  code?: number[];
}

/** One named expectation, checked and ready to match. */
export interface Expectation {
  name: string;
  kind: ExpectationKind;
  selector: Selector;
}

/** One problem of an expectations document, with every part a message needs. */
export interface ExpectProblem {
  /** `"the name"` when the expectation has one, else `#3` (1-based); '' for the whole document. */
  expectation: string;
  /** Where in the expectation: `forbid.verb`, `name`; '' for the expectation itself. */
  field: string;
  /**
   * What was found, completing "has …": `the value "GET"` where the text may be quoted, else its
   * shape (`a text`, `a mapping`) or a count.
   */
  value: string;
  /** What is allowed instead. */
  allowed: string;
}

/** One line for a problem: `expectation "x", field forbid.verb has the value "GET": verbs are lower-case`. */
export function problemText(p: ExpectProblem): string {
  const where = [
    p.expectation ? `expectation ${p.expectation}` : 'the expectations',
    p.field ? `field ${p.field}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${where} has ${p.value}: ${p.allowed}`;
}

/** Expectations that cannot be used; every problem found is listed, not only the first. */
export class ExpectError extends Error {
  constructor(
    /** Where the text came from: a file's path or an input's name. */
    readonly origin: string,
    readonly problems: readonly ExpectProblem[],
  ) {
    super(
      `The expectations in ${origin} cannot be used:\n${problems.map((p) => `  ${problemText(p)}`).join('\n')}`,
    );
    this.name = 'ExpectError';
  }

  /**
   * The same problems as a bad action input (`expect`, `expect-file`): the input, the value the
   * user gave (its start, for inline YAML) and, as what is allowed, every problem found.
   */
  asInputError(input: string, value: string): InputError {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return new InputError(input, shown, this.problems.map(problemText).join('; '));
  }
}
