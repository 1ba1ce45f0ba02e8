import { PendingRequests, requestOf, type AuditEvent, type Request } from '../logs/events/index.js';
import {
  BaselineBuilder,
  NamespaceFolder,
  type BaselineOptions,
  type BaselineResult,
} from './baseline/index.js';
import {
  ExpectationChecker,
  type CheckResult,
  type Expectation,
  type Glob,
} from './expect/index.js';
import { DeniedBySubject, type DeniedOfSubject } from './denied.js';
import { RbacGenerator, type RbacGeneratorOptions, type RbacResult } from './rbac/generator.js';
import type { Attributes } from './rbac/policy-rule.js';
import { RunIdentity, type RunId } from './rbac/run-identity.js';

/** Which insights a pass computes; the baseline always is (the artifact always holds it). */
export interface InsightPassOptions {
  /** Unset: no RBAC. */
  rbac?: RbacGeneratorOptions;
  /** Empty or unset: nothing is checked. */
  expectations?: readonly Expectation[];
  baseline?: BaselineOptions;
  /**
   * `fold-namespaces` for the RBAC too: a namespace (and a service account's namespace) a glob
   * matches is the glob's text, so runs in fresh namespaces give the same rbac/ files.
   */
  rbacFoldNamespaces?: readonly Glob[];
}

/** What the insights found, once every event was seen. */
export interface InsightResults {
  /** Requests seen, each once. */
  requests: number;
  rbac: RbacResult | undefined;
  /** Which requests these were: the generated RBAC's `run` label and annotations. */
  run: RunId;
  check: CheckResult | undefined;
  baseline: BaselineResult;
  /** The distinct permissions a subject asked for, as the RBAC kept them (none without RBAC). */
  requestsOf(subject: string): Attributes[];
  /** The requests a subject (as the RBAC names it) was denied, with the authorizer's reason. */
  deniedOf(subject: string): DeniedOfSubject;
}

/**
 * The insights as consumers of the one pass over the events (docs/definitions.md, "A request"): each request, once, at
 * its last stage, is handed to the RBAC generator, the expectation checker and the baseline
 * builder alike. In post's pass the summary counts the requests and hands each on
 * ({@link InsightPass.addRequest}); a reader without a summary pushes events in
 * ({@link InsightPass.addEvent}), counted by the same {@link PendingRequests}. Memory is bounded
 * by each consumer's own caps.
 */
export class InsightPass {
  #requests = 0;
  readonly #rbac: RbacGenerator | undefined;
  readonly #checker: ExpectationChecker | undefined;
  readonly #baseline: BaselineBuilder;
  readonly #rbacFolder: NamespaceFolder | undefined;
  readonly #denied = new DeniedBySubject();
  readonly #run = new RunIdentity();
  /** Events pushed in without a summary: each request counted once, at its last stage. */
  readonly #pending = new PendingRequests({
    count: (request) => this.addRequest(request),
    settled: () => undefined,
  });
  #seq = 0;

  constructor(options: InsightPassOptions = {}) {
    this.#rbac = options.rbac ? new RbacGenerator(options.rbac) : undefined;
    this.#checker =
      options.expectations && options.expectations.length > 0
        ? new ExpectationChecker(options.expectations)
        : undefined;
    this.#baseline = new BaselineBuilder(options.baseline ?? {});
    const globs = options.rbacFoldNamespaces ?? [];
    this.#rbacFolder = globs.length > 0 ? new NamespaceFolder(globs) : undefined;
  }

  /** One event of the log, for a reader without a summary: its request is counted here. */
  addEvent(event: AuditEvent): void {
    this.#pending.add(requestOf(event), '', this.#seq++);
  }

  /** One request, once, at its last stage (as the summary counts it). */
  addRequest(request: Request): void {
    this.#requests++;
    this.#run.add(request);
    const forRbac = this.#rbacFolder ? this.#rbacFolder.request(request) : request;
    if (this.#rbac) {
      this.#rbac.add(forRbac);
      this.#denied.add(forRbac);
    }
    this.#checker?.add(request);
    this.#baseline.add(request);
  }

  /** Passes on the requests still waiting for their final stage, and gives every result. */
  finish(): InsightResults {
    this.#pending.end(this.#seq);
    return {
      requests: this.#requests,
      rbac: this.#rbac?.result(),
      run: this.#run.result(),
      check: this.#checker?.result(),
      baseline: this.#baseline.result(),
      requestsOf: (subject) => this.#rbac?.requestsOf(subject) ?? [],
      deniedOf: (subject) => this.#denied.of(subject),
    };
  }
}
