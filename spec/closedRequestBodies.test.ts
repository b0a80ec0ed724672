import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDITIONS, loadContract, type JsonSchema } from './index.js';
import {
  anyJsonValue,
  pointerOf,
  PROTOTYPE_NAMES,
  unknownKeyBodies,
  unknownName,
  withKey,
} from './test-support/unknownKeyBodies.js';

/**
 * Rule unknown-properties-rejected, at every depth of both request bodies, whatever the key's name.
 * Ajv 8 records the properties `unevaluatedProperties` has seen in a plain object where evaluation
 * is dynamic (beside oneOf, anyOf, if, patternProperties), so a key named like a member of
 * Object.prototype counted as seen there: provider_metadata once accepted and stored `constructor`.
 */
describe.each(EDITIONS)('the request body validators of the %s edition', (edition) => {
  it('refuse an unknown key in every closed object, Object.prototype names included, and name it', async () => {
    const contract = await loadContract(undefined, { edition });
    const { bodies, closedObjects, declaredNames } = unknownKeyBodies(contract);
    const validators = (['create', 'update'] as const).map((name) => contract.operation(name).requestBody!.validate);
    for (const body of bodies) for (const validate of validators) expect(validate(body)).toEqual([]);
    // Every prototype name in every closed object of every body, once each.
    for (const body of bodies) {
      for (const path of closedObjects) {
        for (const name of PROTOTYPE_NAMES) {
          for (const validate of validators) {
            const issues = validate(withKey(body, path, name, 'x'));
            expect(issues, `${name} at /${path.join('/')}`).toContainEqual({
              pointer: pointerOf('/body', path, name),
              message: 'is not a known property',
            });
          }
        }
      }
    }
    // Then random names and values.
    fc.assert(
      fc.property(
        fc.constantFrom(...bodies),
        fc.constantFrom(...closedObjects),
        unknownName(declaredNames),
        anyJsonValue,
        fc.constantFrom(...validators),
        (body, path, name, value, validate) => {
          expect(validate(withKey(body, path, name, value))).toContainEqual({
            pointer: pointerOf('/body', path, name),
            message: 'is not a known property',
          });
        },
      ),
      { numRuns: 300, seed: 12 },
    );
  });

  it('check the value of every headers entry, whatever its name, and accept any name with a string value', async () => {
    const contract = await loadContract(undefined, { edition });
    const { bodies, headersPath } = unknownKeyBodies(contract);
    for (const name of PROTOTYPE_NAMES) {
      for (const operation of ['create', 'update'] as const) {
        const validate = contract.operation(operation).requestBody!.validate;
        expect(validate(withKey(bodies[0]!, headersPath, name, 5)), name).toContainEqual({
          pointer: pointerOf('/body', headersPath, name),
          message: 'must be string',
        });
        expect(validate(withKey(bodies[0]!, headersPath, name, 'v')), name).toEqual([]);
      }
    }
  });

  it('still choose the metadata branch by its kind: a missing member of that kind is the only issue', async () => {
    const contract = await loadContract(undefined, { edition });
    const { bodies } = unknownKeyBodies(contract);
    const [, metadataField] = contract.rule('provider-consistency').fields as [string, string];
    for (const body of bodies) {
      const metadata = body[metadataField] as Record<string, unknown>;
      const member = Object.keys(metadata).find((name) => metadata[name] === name)!;
      const { [member]: _dropped, ...rest } = metadata;
      const issues = contract.operation('update').requestBody!.validate({ [metadataField]: rest });
      expect(issues).toEqual([{ pointer: `/body/${metadataField}/${member}`, message: 'is required' }]);
    }
  });

  it('close no object with unevaluatedProperties where Ajv evaluates properties dynamically', async () => {
    const contract = await loadContract(undefined, { edition });
    for (const name of ['create', 'update'] as const)
      expect(dynamicallyClosed(contract.operation(name).requestBody!.schema), name).toEqual([]);
  });
});

/** Keywords whose evaluated properties Ajv only knows at run time (it then keeps them in a plain object). */
const DYNAMIC = ['oneOf', 'anyOf', 'if', 'dependentSchemas', 'patternProperties'];

/** Where `unevaluatedProperties` sits beside (or over an allOf holding) a keyword of DYNAMIC. */
function dynamicallyClosed(schema: JsonSchema, at = ''): string[] {
  const found: string[] = [];
  const inPlace = (node: JsonSchema): boolean =>
    DYNAMIC.some((keyword) => keyword in node) ||
    ((node.allOf as JsonSchema[] | undefined) ?? []).some((member) => inPlace(member));
  if (schema.unevaluatedProperties !== undefined && inPlace(schema)) found.push(at || '/');
  for (const [key, value] of Object.entries(schema)) {
    if (Array.isArray(value))
      value.forEach((item, i) => {
        if (typeof item === 'object' && item !== null)
          found.push(...dynamicallyClosed(item as JsonSchema, `${at}/${key}/${i}`));
      });
    else if (typeof value === 'object' && value !== null)
      found.push(...dynamicallyClosed(value as JsonSchema, `${at}/${key}`));
  }
  return found;
}
