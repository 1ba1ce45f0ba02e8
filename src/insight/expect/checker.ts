import type { Request } from '../../logs/events/index.js';
import { compileSelector, type RequestTest } from './match.js';
import type { Expectation, ExpectationKind } from './types.js';

/** Offending requests kept per expectation; the total is counted beyond it. */
export const MAX_OFFENDING = 20;

/**
 * A request that broke a `forbid`, as a violation names it: fields of the request, its path as
 * `uri` (summary.json's name).
 */
export type OffendingRequest = Pick<Request, 'time' | 'user' | 'verb' | 'code'> & {
  /** The request URI's path, without its query string. */
  uri: string;
};

/** How one expectation fared. Plain data: the summary, summary.json and the CLI word it. */
export interface ExpectationResult {
  name: string;
  kind: ExpectationKind;
  violated: boolean;
  /** Requests that matched (for `forbid`, each one a violation). */
  matched: number;
  /** The first matching requests of a violated `forbid`, at most {@link MAX_OFFENDING}. */
  offending: OffendingRequest[];
}

/** Every expectation's result, in the order written, and how many requests were seen. */
export interface CheckResult {
  requests: number;
  violated: number;
  expectations: ExpectationResult[];
}

/**
 * Checks expectations against requests pushed one at a time (each request once, at its final
 * stage: feed it through PendingRequests). A `forbid` is violated by any matching request, a `require`
 * by none. Memory is bounded by {@link MAX_OFFENDING} per expectation.
 */
export class ExpectationChecker {
  readonly #tests: { expectation: Expectation; test: RequestTest; result: ExpectationResult }[];
  #requests = 0;

  constructor(
    expectations: readonly Expectation[],
    private readonly maxOffending = MAX_OFFENDING,
  ) {
    this.#tests = expectations.map((expectation) => ({
      expectation,
      test: compileSelector(expectation.selector),
      result: {
        name: expectation.name,
        kind: expectation.kind,
        violated: false,
        matched: 0,
        offending: [],
      },
    }));
  }

  add(request: Request): void {
    this.#requests++;
    for (const { expectation, test, result } of this.#tests) {
      if (!test(request)) continue;
      result.matched++;
      if (expectation.kind === 'forbid' && result.offending.length < this.maxOffending)
        result.offending.push({
          time: request.time,
          user: request.user,
          verb: request.verb,
          uri: request.path,
          code: request.code,
        });
    }
  }

  /** The results so far; call it after the last request. */
  result(): CheckResult {
    const expectations = this.#tests.map(({ result }) => ({
      ...result,
      violated: result.kind === 'forbid' ? result.matched > 0 : result.matched === 0,
      offending: [...result.offending],
    }));
    return {
      requests: this.#requests,
      violated: expectations.filter((e) => e.violated).length,
      expectations,
    };
  }
}
