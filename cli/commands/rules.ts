import { DEFAULT_SPEC_PATH, loadContract, renderRulesTable } from '../../spec/index.js';
import { EDITION_HELP, EDITION_OPTION, readEdition } from '../editionOption.js';
import { parseCommandArgs } from '../parseCommandArgs.js';

const HELP = `Usage: aic rules [--spec FILE] [--json] [--edition E]

Prints the contract rules of the spec: the markdown table (as in spec/RULES.md, or
spec/RULES.upper.md with --edition upper) or, with --json, one JSON array of rules with their
operation, clause, origin, status, fields and parameters, spelled as the edition spells them.

Options:
  --spec FILE        OpenAPI document to read (default: the project's spec/openapi.yaml)
  --json             JSON instead of markdown
${EDITION_HELP}
  -h, --help         this text`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, { spec: { type: 'string' }, json: { type: 'boolean', default: false }, ...EDITION_OPTION, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const edition = readEdition(values.edition);
  const contract = await loadContract(values.spec ?? DEFAULT_SPEC_PATH, edition === undefined ? {} : { edition });
  console.log(values.json ? JSON.stringify(contract.rules, null, 2) : renderRulesTable(contract));
  return 0;
}
