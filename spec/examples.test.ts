import { describe, expect, it } from 'vitest';
import type { OpenAPIV3_1 } from 'openapi-types';
import { loadContract } from './document/loadContract.js';

const contract = await loadContract();

interface Example {
  where: string;
  value: unknown;
  validate: (value: unknown) => unknown[];
}

/** Every `examples` entry of request and response bodies, with the validator of its schema. */
function bodyExamples(): Example[] {
  const found: Example[] = [];
  for (const [path, item] of Object.entries(contract.dereferenced.paths ?? {})) {
    for (const operation of contract.operations.values()) {
      if (operation.path !== path) continue;
      const raw = (item as Record<string, OpenAPIV3_1.OperationObject>)[operation.method]!;
      const body = raw.requestBody as OpenAPIV3_1.RequestBodyObject | undefined;
      for (const [name, example] of Object.entries(body?.content?.['application/json']?.examples ?? {})) {
        found.push({
          where: `${operation.operationId} request ${name}`,
          value: (example as OpenAPIV3_1.ExampleObject).value,
          validate: operation.requestBody!.validate,
        });
      }
      for (const [status, response] of Object.entries(raw.responses ?? {})) {
        for (const media of Object.values((response as OpenAPIV3_1.ResponseObject).content ?? {})) {
          for (const [name, example] of Object.entries(media.examples ?? {})) {
            found.push({
              where: `${operation.operationId} ${status} ${name}`,
              value: (example as OpenAPIV3_1.ExampleObject).value,
              validate: operation.responses.get(status)!.validateBody!,
            });
          }
        }
      }
    }
  }
  return found;
}

describe('the examples of the spec', () => {
  const examples = bodyExamples();

  it("cover every operation's success response and the update body", () => {
    const where = examples.map((e) => e.where).join('\n');
    for (const id of [
      'ai_integrations_list 200',
      'ai_integrations_create 201',
      'ai_integrations_get 200',
      'ai_integrations_update 200',
      'ai_integrations_update request renameAndModels',
    ]) {
      expect(where).toContain(id);
    }
    expect(examples.filter((e) => /\s4\d\d\s/.test(e.where)).length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples.map((e) => [e.where, e] as const))('%s matches its schema', (_where, example) => {
    expect(example.validate(example.value)).toEqual([]);
  });

  it('includes the documented valid update', () => {
    const update = contract.operation('update').requestBody!;
    expect(update.examples.renameAndModels).toEqual({
      name: 'Updated Integration',
      model_names: ['gpt-4o', 'gpt-4o-mini'],
    });
  });

  it('rejects the documented invalid update {} because it has no property', () => {
    const update = contract.operation('update').requestBody!;
    expect(update.invalidExamples.empty).toMatchObject({ value: {}, rule: 'non-empty', status: 400 });
    expect(update.validate({})).toEqual([{ pointer: '/body', message: 'must have at least one property' }]);
  });

  it('rejects each invalid example for the rule it names', () => {
    const update = contract.operation('update').requestBody!;
    for (const [name, example] of Object.entries(update.invalidExamples)) {
      expect(contract.rule(example.rule).status, name).toBe(example.status);
      expect(update.validate(example.value), name).not.toEqual([]);
    }
    expect(update.validate(update.invalidExamples.nullName!.value)).toEqual([
      { pointer: '/body/name', message: 'must be string' },
    ]);
  });
});
