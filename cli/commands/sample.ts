import fc from 'fast-check';
import {
  invalidUpdateBody,
  INVALID_FAMILY_NAMES,
  validCreateBody,
  validUpdateBody,
  type InvalidFamily,
  type InvalidRequest,
} from '../../generators/index.js';
import { DEFAULT_SPEC_PATH, loadContract, type Edition } from '../../spec/index.js';
import { EDITION_HELP, EDITION_OPTION, readEdition } from '../editionOption.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { UsageError } from '../UsageError.js';

const HELP = `Usage: aic sample update --valid|--invalid [-n N] [--seed S] [--family F]... [--spec FILE] [--edition E]
       aic sample create [-n N] [--seed S] [--spec FILE] [--edition E]

Prints request bodies generated from the spec, one JSON document per line, with provider,
auth_type and provider_metadata kind spelled as the edition (--edition) spells them.

  update --valid    a valid PATCH body per line, e.g. {"name":"Production OpenAI","enable_default_models":true}
                    (provider and provider_metadata consistent whatever the stored integration holds)
  update --invalid  a labelled invalid PATCH request per line:
                    {"family":"wrong-type","field":"name","rule":"types-enforced","status":400,
                     "strictOnly":false,"description":"name is 42, ...","body":"{\\"name\\":42}"}
                    "body" is the exact request text as a JSON string (family malformed-json is
                    not JSON); "field" only for per-field families; "strictOnly" is true when the
                    rule is a decision the conformance kit checks only with --strict, or the
                    body is one a server may accept (other-edition-spelling: the other edition's
                    spelling of a value, which a server in transition takes).
  create            a valid POST body per line (awsBedrock with AWS metadata, vertexAI with GCP)

Options:
  -n, --count N   how many documents (default 20, at most 10000)
  --seed S        integer seed: the same seed prints the same lines (default: random, shown on stderr)
  --family F      with --invalid, only this family; repeat for several. Families:
                  ${INVALID_FAMILY_NAMES.join(', ')}
  --spec FILE     OpenAPI document to read (default: the project's spec/openapi.yaml)
${EDITION_HELP}
  -h, --help      this text`;

interface SampleRequest {
  readonly kind: 'update-valid' | 'update-invalid' | 'create';
  readonly count: number;
  readonly seed: number;
  readonly seedGiven: boolean;
  readonly families?: readonly InvalidFamily[];
  readonly spec: string;
  readonly edition?: Edition;
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    argv,
    {
      valid: { type: 'boolean', default: false },
      invalid: { type: 'boolean', default: false },
      count: { type: 'string', short: 'n' },
      seed: { type: 'string' },
      family: { type: 'string', multiple: true },
      spec: { type: 'string' },
      ...EDITION_OPTION,
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (parsed.values.help) {
    console.log(HELP);
    return 0;
  }
  const request = readRequest(parsed.values, parsed.positionals);
  const contract = await loadContract(request.spec, request.edition === undefined ? {} : { edition: request.edition });
  if (!request.seedGiven) console.error(`aic sample: seed ${request.seed}`);
  const lines = linesOf(contract, request);
  process.stdout.write(lines.map((line) => `${line}\n`).join(''));
  return 0;
}

function readRequest(
  values: {
    valid?: boolean;
    invalid?: boolean;
    count?: string;
    seed?: string;
    family?: string[];
    spec?: string;
    edition?: string;
  },
  positionals: string[],
): SampleRequest {
  const [what, ...extra] = positionals;
  if (what === undefined) throw new UsageError('say what to sample: "update --valid", "update --invalid" or "create"');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (what !== 'update' && what !== 'create')
    throw new UsageError(`unknown body "${what}" (expected update or create)`);
  if (values.valid && values.invalid) throw new UsageError('give --valid or --invalid, not both');
  if (what === 'update' && !values.valid && !values.invalid)
    throw new UsageError('"update" needs --valid or --invalid');
  if (what === 'create' && values.invalid) throw new UsageError('"create" has valid bodies only (no --invalid)');
  if (values.family && !values.invalid) throw new UsageError('--family goes with --invalid');
  const families = values.family?.map((family) => {
    const known = INVALID_FAMILY_NAMES.find((name) => name === family);
    if (known === undefined)
      throw new UsageError(`unknown family "${family}" (known: ${INVALID_FAMILY_NAMES.join(', ')})`);
    return known;
  });
  const count = integer('--count', values.count ?? '20', 1, 10_000);
  const seedGiven = values.seed !== undefined;
  const seed =
    values.seed !== undefined
      ? integer('--seed', values.seed, -(2 ** 31), 2 ** 31 - 1)
      : Math.floor(Math.random() * 2 ** 31);
  const kind = what === 'create' ? 'create' : values.invalid ? 'update-invalid' : 'update-valid';
  const edition = readEdition(values.edition);
  return {
    kind,
    count,
    seed,
    seedGiven,
    ...(families ? { families } : {}),
    spec: values.spec ?? DEFAULT_SPEC_PATH,
    ...(edition === undefined ? {} : { edition }),
  };
}

function integer(option: string, text: string, min: number, max: number): number {
  if (!/^-?\d+$/.test(text)) throw new UsageError(`${option} must be an integer, got "${text}"`);
  const value = Number(text);
  if (value < min || value > max) throw new UsageError(`${option} must be between ${min} and ${max}, got ${text}`);
  return value;
}

function linesOf(contract: Awaited<ReturnType<typeof loadContract>>, request: SampleRequest): string[] {
  const parameters = { seed: request.seed, numRuns: request.count };
  switch (request.kind) {
    case 'update-valid':
      return fc.sample(validUpdateBody(contract), parameters).map((body) => JSON.stringify(body));
    case 'create':
      return fc.sample(validCreateBody(contract), parameters).map((body) => JSON.stringify(body));
    case 'update-invalid':
      return fc
        .sample(invalidUpdateBody(contract, request.families ? { families: request.families } : {}), parameters)
        .map(invalidLine);
  }
}

/** The documented line of an invalid request: its label, then the body text as sent. */
export function invalidLine(request: InvalidRequest): string {
  return JSON.stringify({
    family: request.family,
    ...(request.field === undefined ? {} : { field: request.field }),
    rule: request.rule,
    status: request.status,
    strictOnly: request.strictOnly,
    description: request.description,
    body: request.text,
  });
}
