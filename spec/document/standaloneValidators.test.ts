/**
 * The build's standalone validators (dist/spec/openapi[.upper].validators.js, written by
 * `npm run build`) against the same schemas compiled by Ajv at run time: the same answers, the same
 * coercions and defaults, and never used for another spec text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contractFromPrepared } from '../contract/buildContract.js';
import type { PreparedContract } from '../contract/Contract.js';
import { EDITIONS } from '../editions/editions.js';
import { loadContract } from './loadContract.js';
import { preparedPathFor, sha256 } from './preparedContract.js';
import { readStandaloneValidators, validatorsPathFor } from './standaloneValidators.js';
import { compileKey } from '../schema/validatorCompiler.js';

const BUILT_SPEC = fileURLToPath(new URL('../../dist/spec/openapi.yaml', import.meta.url));

/** Values that exercise a schema: its examples, its invalid examples, and a few of every type. */
const PROBES: unknown[] = [
  undefined,
  null,
  {},
  [],
  '',
  'x',
  'VXNlcjoxOm5OYkM=',
  0,
  -1,
  1.5,
  101,
  true,
  { name: 1 },
  { name: 'a', provider: 'nope' },
];

describe.each(EDITIONS)('the standalone validators of the %s edition', (edition) => {
  const preparedPath = edition === 'camel' ? preparedPathFor(BUILT_SPEC) : preparedPathFor(BUILT_SPEC, edition);

  it('are what loadContract uses for the built spec, and answer as Ajv compiling the same schemas does', async () => {
    const prepared = JSON.parse(readFileSync(preparedPath, 'utf8')) as PreparedContract;
    const precompiled = await readStandaloneValidators(validatorsPathFor(preparedPath), prepared.sourceSha256);
    const loaded = await loadContract(BUILT_SPEC, { edition });
    const compiled = contractFromPrepared(prepared, BUILT_SPEC);
    expect(loaded.edition).toBe(edition);
    for (const operation of loaded.operations.values()) {
      const twin = compiled.operation(operation.name);
      const body = operation.requestBody;
      if (body) {
        expect(precompiled?.has(compileKey('exact', body.schema))).toBe(true);
        const values = [
          ...PROBES,
          ...Object.values(body.examples),
          ...Object.values(body.invalidExamples).map((e) => e.value),
        ];
        for (const value of values)
          expect(body.validate(structuredClone(value)), JSON.stringify(value)).toEqual(
            twin.requestBody!.validate(structuredClone(value)),
          );
      }
      for (const query of [{}, { limit: '5' }, { limit: 'x' }, { limit: '0', cursor: 7 }, { name: 'a', extra: '1' }]) {
        for (const path of [{}, { integration_id: 'VXNlcjoxOm5OYkM=' }, { integration_id: '!' }]) {
          const [mine, theirs] = [
            { path: { ...path }, query: { ...query } },
            { path: { ...path }, query: { ...query } },
          ];
          expect(operation.validateParameters(mine)).toEqual(twin.validateParameters(theirs));
          // Coercion and defaults are applied in place alike.
          expect(mine).toEqual(theirs);
        }
      }
      for (const response of operation.responses.values()) {
        for (const value of PROBES)
          expect(response.validateBody?.(value)).toEqual(twin.responses.get(response.status)!.validateBody?.(value));
      }
    }
    for (const name of Object.keys(loaded.schemas)) {
      expect(precompiled?.has(compileKey('exact', loaded.schemas[name]!))).toBe(true);
      for (const value of PROBES)
        expect(loaded.schemaValidator(name)(value), `${name} ${JSON.stringify(value)}`).toEqual(
          compiled.schemaValidator(name)(value),
        );
    }
  });

  it('are not used for another spec text', async () => {
    const text = readFileSync(BUILT_SPEC, 'utf8');
    expect(await readStandaloneValidators(validatorsPathFor(preparedPath), sha256(text))).toBeDefined();
    expect(
      await readStandaloneValidators(validatorsPathFor(preparedPath), sha256(`${text}\n# edited`)),
    ).toBeUndefined();
  });
});
