/**
 * Expectations: named `forbid`/`require` entries checked against every request of a run
 * (README, "Assertions"). Parse or read them, push requests into a checker, read its result.
 */
export { compileGlob, type Glob } from './glob.js';
export { EXPECT_SIZE_LIMIT, parseExpectations } from './parse.js';
export { ExpectFileError, readExpectations } from './read.js';
export { compileSelector, type RequestTest } from './match.js';
export {
  ExpectationChecker,
  MAX_OFFENDING,
  type CheckResult,
  type ExpectationResult,
  type OffendingRequest,
} from './checker.js';
export { coverageGaps, type CoverageGap } from './coverage.js';
export {
  EXPECTATION_KINDS,
  ExpectError,
  SELECTOR_FIELDS,
  problemText,
  type Expectation,
  type ExpectationKind,
  type ExpectProblem,
  type Selector,
  type SelectorField,
} from './types.js';
