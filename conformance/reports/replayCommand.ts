import type { Edition } from '../../spec/index.js';

/** What a run was given that decides a rule's outcome: the options its replay must give again. */
export interface ReplayInputs {
  readonly seed: number;
  readonly runs: number;
  readonly strict: boolean;
  readonly edition: Edition;
  /** The OpenAPI document checked, when it is not the project's own. */
  readonly spec?: string;
  readonly organizationId?: string;
  readonly spaceId?: string;
  /** The run had a second key: the replay needs it too (from AIC_OTHER_API_KEY), since the rule's checks depend on it. */
  readonly otherAccount: boolean;
}

/**
 * The command that runs one rule again exactly as the run ran it: the same seed (so the same
 * values, the same shards with the same seeds, the same shrunk counterexample), runs, strictness,
 * edition, spec and scoping ids. Target and keys come from the environment (AIC_TARGET,
 * AIC_API_KEY, AIC_OTHER_API_KEY), so the line holds no key and runs as printed.
 */
export function replayCommand(rule: string, inputs: ReplayInputs): string {
  const args = ['aic', 'conform', '--rules', rule, `--seed=${inputs.seed}`, '--runs', String(inputs.runs)];
  if (inputs.strict) args.push('--strict');
  args.push('--edition', inputs.edition);
  if (inputs.spec !== undefined) args.push('--spec', inputs.spec);
  if (inputs.organizationId !== undefined) args.push('--organization-id', inputs.organizationId);
  if (inputs.spaceId !== undefined) args.push('--space-id', inputs.spaceId);
  return args.map(shellWord).join(' ');
}

/** The environment variables a replay reads: the target and the run's keys. */
export function replayEnvironment(inputs: ReplayInputs): string[] {
  return ['AIC_TARGET', 'AIC_API_KEY', ...(inputs.otherAccount ? ['AIC_OTHER_API_KEY'] : [])];
}

/** A word the shell reads back as itself: bare when it holds only safe characters, else single-quoted. */
export function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
