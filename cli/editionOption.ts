import { EDITIONS, isEdition, type Edition } from '../spec/index.js';
import { UsageError } from './UsageError.js';

/** The `--edition` option every command that speaks the API takes (see spec/editions/editions.ts). */
export const EDITION_OPTION = { edition: { type: 'string' } } as const;

export const EDITION_HELP = `  --edition E        ${EDITIONS.join(' or ')}: which public edition's spelling of enum values and
                     operation ids to speak (env AIC_EDITION; default camel)`;

/**
 * The edition asked for by `--edition`, else by AIC_EDITION; undefined when neither is set (each
 * command then uses its default: the spec's default edition, or for \`conform\` the target's own).
 */
export function readEdition(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Edition | undefined {
  const [value, source] = flag !== undefined ? [flag, '--edition'] : [env.AIC_EDITION, 'AIC_EDITION'];
  if (value === undefined || value === '') return undefined;
  if (!isEdition(value)) throw new UsageError(`${source} must be one of ${EDITIONS.join(', ')} (got "${value}")`);
  return value;
}
