import type { AuditEvent } from '../logs/event.js';
import { BaselineBuilder, type BaselineOptions, type BaselineResult } from './baseline/index.js';
import { ExpectationChecker, type CheckResult, type Expectation } from './expect/index.js';
import { FinalStages } from './final-stage.js';
import { RbacGenerator, type RbacGeneratorOptions, type RbacResult } from './rbac/generator.js';
import type { Attributes } from './rbac/policy-rule.js';
import { requestOf, type Request } from './request.js';

/** Which insights a pass computes; the baseline always is (the artifact always holds it). */
export interface InsightPassOptions {
  /** Unset: no RBAC. */
  rbac?: RbacGeneratorOptions;
  /** Empty or unset: nothing is checked. */
  expectations?: readonly Expectation[];
  baseline?: BaselineOptions;
}

/** What the insights found, once every event was seen. */
export interface InsightResults {
  /** Requests seen, each once. */
  requests: number;
  rbac: RbacResult | undefined;
  check: CheckResult | undefined;
  baseline: BaselineResult;
  /** The distinct permissions a subject asked for, as the RBAC kept them (none without RBAC). */
  requestsOf(subject: string): Attributes[];
}

/**
 * The insights as consumers of the one pass over the events (DESIGN.md): each event is pushed in
 * once ({@link InsightPass.addEvent}), reduced to one request at its last stage
 * ({@link FinalStages}) and handed to the RBAC generator, the expectation checker and the
 * baseline builder alike. Memory is bounded by each consumer's own caps.
 */
export class InsightPass {
  #requests = 0;
  readonly #rbac: RbacGenerator | undefined;
  readonly #checker: ExpectationChecker | undefined;
  readonly #baseline: BaselineBuilder;
  readonly #stages = new FinalStages((event) => this.#add(requestOf(event)));

  constructor(options: InsightPassOptions = {}) {
    this.#rbac = options.rbac ? new RbacGenerator(options.rbac) : undefined;
    this.#checker =
      options.expectations && options.expectations.length > 0
        ? new ExpectationChecker(options.expectations)
        : undefined;
    this.#baseline = new BaselineBuilder(options.baseline ?? {});
  }

  /** One event of the log, as parsed once for every consumer. */
  addEvent(event: AuditEvent): void {
    this.#stages.add(event);
  }

  #add(request: Request): void {
    this.#requests++;
    this.#rbac?.add(request);
    this.#checker?.add(request);
    this.#baseline.add(request);
  }

  /** Passes on the requests still waiting for their final stage, and gives every result. */
  finish(): InsightResults {
    this.#stages.end();
    return {
      requests: this.#requests,
      rbac: this.#rbac?.result(),
      check: this.#checker?.result(),
      baseline: this.#baseline.result(),
      requestsOf: (subject) => this.#rbac?.requestsOf(subject) ?? [],
    };
  }
}
