import { DEFAULT_SPEC_PATH, loadContract, renderRulesTable } from '../../spec/index.js';
import { renderRulesText } from '../../reviewer/rulesText.js';
import { EDITION_HELP, EDITION_OPTION, readEdition } from '../editionOption.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { UsageError } from '../UsageError.js';

const HELP = `Usage: aic rules [--spec FILE] [--markdown | --json] [--edition E]

Prints the contract rules of the spec, grouped by operation: for a terminal, wrapped to its width
(80 columns when the output is not a terminal); with --markdown, the table of spec/RULES.md (or
spec/RULES.upper.md with --edition upper); with --json, one JSON array of rules with their
operation, clause, origin, status, fields and parameters, spelled as the edition spells them.

Options:
  --spec FILE        OpenAPI document to read (default: the project's spec/openapi.yaml)
  --markdown         the markdown table
  --json             JSON
${EDITION_HELP}
  -h, --help         this text`;

/** Width when stdout is not a terminal (a pipe, a file). */
const DEFAULT_WIDTH = 80;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    spec: { type: 'string' },
    json: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    ...EDITION_OPTION,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.json && values.markdown) throw new UsageError('--json and --markdown exclude each other');
  const edition = readEdition(values.edition);
  const contract = await loadContract(values.spec ?? DEFAULT_SPEC_PATH, edition === undefined ? {} : { edition });
  if (values.json) console.log(JSON.stringify(contract.rules, null, 2));
  else if (values.markdown) console.log(renderRulesTable(contract));
  else process.stdout.write(renderRulesText(contract, process.stdout.columns || DEFAULT_WIDTH));
  return 0;
}
