/** What conformance/ offers: the rules, a session and a runner over them, reports, and the vitest entry point. */
export { runConformance, type RunReport, type ProgressEvent } from './runConformance.js';
export { ConformanceSession } from './ConformanceSession.js';
export {
  DEFAULT_RUNS,
  DEFAULT_CONCURRENCY,
  DEFAULT_RETRIES,
  DEFAULT_RATE_LIMIT_RETRIES,
  PROFILES,
  isProfile,
  type Profile,
  MIN_API_KEY_LENGTH,
  OptionError,
  type OptionName,
  settleOptions,
  type SettledOptions,
  assertUsableKeys,
  assertKnownRules,
  assertScopingIds,
  assertTargetUrl,
  type ConformanceOptions,
} from './session/options.js';
export type { RuleResult, RuleOutcome, CleanupResult } from './RuleResult.js';
export type { ConformanceFailure, FailureRequest } from './ConformanceFailure.js';
export {
  chooseEdition,
  describeEdition,
  type EditionChoice,
  type EditionProbe,
  type ProbeAnswer,
} from './editionChoice.js';
export type { Rule, RuleSchedule } from './Rule.js';
export { RuleContext, type ScopingIds } from './RuleContext.js';
export { allRules } from './rules/index.js';
export { Violation } from './Violation.js';
export {
  HttpClient,
  type TransportOptions,
  type RequestOptions,
  type Recovery,
  type TransientFault,
} from './transport/HttpClient.js';
export { ExchangeLog, type RecordedExchange, type Account } from './transport/ExchangeLog.js';
export { Redactor } from './transport/Redactor.js';
export { RequestBudget } from './transport/RequestBudget.js';
export { TargetError, SetupError, type TargetErrorKind } from './transport/TargetError.js';
export { TransportStats } from './transport/TransportStats.js';
export { fetchFromEnvironment, proxyFor, proxySettings, type ProxySettings } from './transport/proxyFetch.js';
export { curlOf } from './transport/curl.js';
export {
  sweepPrefix,
  findByPrefix,
  sweepLeftovers,
  type SweepOptions,
  type SweepResult,
  type AccountSweep,
} from './safety/sweep.js';
export { integrationPaths, type IntegrationPaths } from './integrationPaths.js';
export { KIT_NAME_PREFIX, runPrefix } from './safety/runId.js';
export {
  formatSummary,
  formatResultLine,
  formatFailure,
  formatProgress,
  formatCleanup,
  formatTick,
  formatRetries,
} from './reports/formatText.js';
export { limitationsOf } from './reports/limitations.js';
export { toJUnit } from './reports/toJUnit.js';
export { toJson } from './reports/toJson.js';
export { toHtml } from './reports/toHtml.js';
export { formatCoverage, formatRuleCoverage } from './reports/formatText.js';
export {
  namedCombinations,
  runCoverage,
  type Combination,
  type CombinationKind,
  type RunCoverage,
  type CoveredCombination,
  type RuleCoverageReport,
} from './combinations/index.js';
export type { SystematicCase, SharedFixture } from './RuleContext.js';
