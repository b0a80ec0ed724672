import type { RunReport } from '../runConformance.js';

/** The run as JSON (RunReport): every rule's outcome, failures with requests, seed, path and curl. */
export function toJson(report: RunReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
