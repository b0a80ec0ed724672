import {
  diffAsJson,
  diffAsMarkdown,
  diffAsText,
  diffSpecs,
  isBreaking,
  SpecSourceError,
  type SpecDiff,
} from '../../reviewer/diff/index.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { UsageError } from '../UsageError.js';

const HELP = `Usage: aic diff OLD NEW [--json | --markdown] [--fail-on breaking]

What changed between two versions of the contract, and whom it breaks: clients (a client written
against OLD, talking to a server of NEW) or servers (a server built to OLD, checked by the
conformance kit of NEW). Schema changes come from an OpenAPI diff library (api-smart-diff); every
change of x-contract-rules (a rule added or removed, its status, parameters, fields, fact or
decision, strict) and of x-editions is read by the kit itself.

OLD and NEW are files, or git objects REF:PATH read in the current repository:
  aic diff main:spec/openapi.yaml spec/openapi.yaml

Options:
  --json               one JSON object: the summary and every change
  --markdown           markdown tables, to paste into a pull request
  --fail-on breaking   exit 1 when any change breaks clients or servers (for CI)
  -h, --help           this text

Exit codes: 0 done, 1 a breaking change with --fail-on breaking, 2 bad arguments or an unreadable spec.`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      json: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      'fail-on': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const [oldSpec, newSpec] = positionals;
  if (positionals.length !== 2 || oldSpec === undefined || newSpec === undefined)
    throw new UsageError(`expects two specs, OLD and NEW (got ${positionals.length})`);
  if (values.json && values.markdown) throw new UsageError('--json and --markdown exclude each other');
  const failOn = values['fail-on'];
  if (failOn !== undefined && failOn !== 'breaking')
    throw new UsageError(`--fail-on must be "breaking" (got ${JSON.stringify(failOn)})`);
  let diff: SpecDiff;
  try {
    diff = await diffSpecs(oldSpec, newSpec);
  } catch (error) {
    if (error instanceof SpecSourceError) {
      console.error(`aic diff: ${error.message}`);
      return 2;
    }
    throw error;
  }
  process.stdout.write(
    values.json ? `${diffAsJson(diff)}\n` : values.markdown ? diffAsMarkdown(diff) : diffAsText(diff),
  );
  return failOn === 'breaking' && diff.changes.some(isBreaking) ? 1 : 0;
}
