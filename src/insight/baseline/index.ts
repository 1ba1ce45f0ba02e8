/**
 * Baselines: the permissions a run used, as `baseline.tsv` (README, "Baseline"), and what changed
 * against a committed one.
 */
export {
  BaselineBuilder,
  MAX_BASELINE_LINES,
  baselineText,
  byCodeUnit,
  type BaselineOptions,
  type BaselineResult,
} from './builder.js';
export {
  BASELINE_SIZE_LIMIT,
  BaselineError,
  compareBaselines,
  parseBaseline,
  readBaseline,
  type BaselineDiff,
} from './compare.js';
export { FOLD_NAMESPACES, NamespaceFolder, parseFoldGlobs } from './fold.js';
export {
  CLUSTER_SCOPE,
  escapeField,
  formatLine,
  parseLine,
  unescapeField,
  type BaselineEntry,
} from './line.js';
