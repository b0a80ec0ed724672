/** What conformance/ offers: the rules, a session and a runner over them, reports, and the vitest entry point. */
export { runConformance, type RunReport, type ProgressEvent } from './runConformance.js';
export { ConformanceSession, DEFAULT_RUNS, type ConformanceOptions, type RuleResult, type RuleOutcome, type CleanupResult } from './ConformanceSession.js';
export type { ConformanceFailure, FailureRequest } from './ConformanceFailure.js';
export type { Rule, Requirement } from './Rule.js';
export { RuleContext } from './RuleContext.js';
export { allRules } from './rules/index.js';
export { Violation } from './Violation.js';
export { HttpClient, type TransportOptions, type RequestOptions } from './transport/HttpClient.js';
export { ExchangeLog, type RecordedExchange, type Account } from './transport/ExchangeLog.js';
export { Redactor } from './transport/Redactor.js';
export { RequestBudget } from './transport/RequestBudget.js';
export { TargetError, SetupError, type TargetErrorKind } from './transport/TargetError.js';
export { curlOf } from './transport/curl.js';
export { sweepPrefix, findByPrefix } from './safety/sweep.js';
export { KIT_NAME_PREFIX, runPrefix } from './safety/runId.js';
export { formatSummary, formatResultLine, formatFailure } from './reports/formatText.js';
export { toJUnit } from './reports/toJUnit.js';
export { toJson } from './reports/toJson.js';
