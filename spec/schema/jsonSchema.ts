import type { OpenAPIV3_1 } from 'openapi-types';

type SchemaType = OpenAPIV3_1.NonArraySchemaObjectType | OpenAPIV3_1.ArraySchemaObjectType;

/**
 * A schema of the contract: OpenAPI 3.1's schema object as openapi-types types it, made recursive
 * (every nested schema is a JsonSchema, where openapi-types allows a reference), in one shape
 * rather than its union of array and non-array schemas (JSON Schema 2020-12 lets `items` stand
 * beside any `type`), plus the 2020-12 keyword the spec uses that openapi-types leaves out
 * (`unevaluatedProperties`). An OpenAPIV3_1.SchemaObject of the dereferenced document (no
 * references left) is one as it is.
 */
export interface JsonSchema extends Omit<OpenAPIV3_1.BaseSchemaObject, NestedKeyword> {
  /** A reference to another schema (the written document has them; the dereferenced one none). */
  $ref?: string;
  type?: SchemaType | SchemaType[];
  items?: JsonSchema;
  properties?: { [name: string]: JsonSchema };
  additionalProperties?: boolean | JsonSchema;
  unevaluatedProperties?: boolean | JsonSchema;
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  not?: JsonSchema;
}

type NestedKeyword = 'properties' | 'additionalProperties' | 'allOf' | 'oneOf' | 'anyOf' | 'not';

/** Whether `value` is a schema object: an object that is not a `$ref`. */
export function isSchemaObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !('$ref' in value);
}
