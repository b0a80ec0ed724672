import fc from 'fast-check';
import { contractModel, type Contract, type JsonSchema } from '../spec/index.js';
import { readBodyModel, type BodyModel } from './_internals/bodyModel.js';
import { acceptedTypes, enumOf, leavesOf, propertiesOf, withoutNull } from '../spec/index.js';
import { assertKnownKeys } from './_internals/options.js';
import { scopingIdsOption, type ScopingIds } from './_internals/scopingIds.js';
import { validBodyArbitrary } from './_internals/validBody.js';
import { AWKWARD_KINDS, awkwardText, type AwkwardKind } from './awkwardText.js';

/**
 * A place of the bodies where free text goes: a string field (`name`), the items of a list
 * (`model_names[]`), the keys or values of a map (`headers{key}`, `headers{value}`), or a string
 * member of one kind of an object (`provider_metadata(aws).role_arn`).
 */
export interface AwkwardPlace {
  readonly field: string;
  readonly place: string;
  /** Where the facts make the value write-only (never returned): only its effect can be read back. */
  readonly writeOnly: boolean;
}

/** One combination: awkward text of one kind in one place, and the bodies that carry it. */
export interface AwkwardCase extends AwkwardPlace {
  readonly kind: AwkwardKind;
  readonly arbitrary: fc.Arbitrary<AwkwardBodies>;
}

/**
 * A create body and a PATCH body, each with awkward text of the case's kind in the case's place;
 * `patch` fits the integration `create` makes (provider_metadata comes with a create of a provider
 * that needs its kind).
 */
export interface AwkwardBodies {
  readonly create: Record<string, unknown>;
  readonly patch: Record<string, unknown>;
  /** `create` with plain text in the case's place: what to create when a target refuses the awkward create. */
  readonly plain: Record<string, unknown>;
}

export interface AwkwardUpdateCasesOptions {
  /** Scoping ids the target accepts (see ScopingIds); scopings are never awkward, they hold the account's real ids. */
  readonly scopingIds?: ScopingIds;
}

const WHERE = 'awkwardUpdateCases';

/**
 * Every place of the update body where free text goes × every awkward kind, read from the schema:
 * string properties, string items, map keys and values, and the string members of each kind of
 * an object with alternatives (enum and const strings aside). Lists of objects (scopings) are
 * left out: their strings are ids of the account, which the kit may not make up.
 */
export function awkwardUpdateCases(contract: Contract, options: AwkwardUpdateCasesOptions = {}): AwkwardCase[] {
  assertKnownKeys(WHERE, options, ['scopingIds']);
  const scopingIds = scopingIdsOption(WHERE, options.scopingIds);
  const update = readBodyModel(contract, 'update');
  const create = readBodyModel(contract, 'create');
  const repair = contractModel(contract).portableCreate;
  const creates = validBodyArbitrary(create, {
    fields: create.fields,
    minProperties: create.minProperties,
    state: {},
    takenNames: new Set(),
    repair,
    ...(scopingIds ? { scopingIds } : {}),
  });
  return awkwardPlaces(update).flatMap((place) =>
    AWKWARD_KINDS.map(
      (kind): AwkwardCase => ({ ...place, kind, arbitrary: bodiesFor(update, place, kind, creates, repair) }),
    ),
  );
}

type Placed = AwkwardPlace & {
  readonly build: (text: fc.Arbitrary<string>) => fc.Arbitrary<{ value: unknown; needsKind?: string }>;
};

/** The places of awkward text in the update body, in spec order. */
export function awkwardPlaces(model: BodyModel): Placed[] {
  const out: Placed[] = [];
  for (const field of model.fields) {
    const property = model.properties[field];
    if (!property) continue;
    const schema = withoutNull(property);
    const writeOnly = schema.writeOnly === true || property.writeOnly === true;
    if (isFreeString(schema))
      out.push({ field, place: field, writeOnly, build: (text) => text.map((value) => ({ value })) });
    const items = schema.items;
    if (acceptedTypes(schema)?.has('array') && items && isFreeString(items)) {
      out.push({
        field,
        place: `${field}[]`,
        writeOnly,
        build: (text) =>
          fc
            .tuple(text, fc.constantFrom('gpt-4o', 'claude-3-haiku'))
            .map(([value, plain]) => ({ value: [plain, value] })),
      });
    }
    const values = schema.additionalProperties;
    if (
      Object.keys(propertiesOf(schema)).length === 0 &&
      typeof values === 'object' &&
      values !== null &&
      isFreeString(values)
    ) {
      out.push({
        field,
        place: `${field}{key}`,
        writeOnly,
        build: (text) => text.map((key) => ({ value: { 'X-Team': 'arize', [key]: 'v1' } })),
      });
      out.push({
        field,
        place: `${field}{value}`,
        writeOnly,
        build: (text) => text.map((value) => ({ value: { 'X-Team': 'arize', 'X-Note': value } })),
      });
    }
    const c = model.consistency;
    if (c && field === c.metadataField) {
      for (const leaf of leavesOf(schema)) {
        const kind = propertiesOf(leaf)[c.kindProperty]?.const;
        const valid = typeof kind === 'string' ? c.metadataOfKind.get(kind) : undefined;
        if (typeof kind !== 'string' || !valid) continue;
        for (const [member, memberSchema] of Object.entries(propertiesOf(leaf))) {
          if (!isFreeString(withoutNull(memberSchema))) continue;
          out.push({
            field,
            place: `${field}(${kind}).${member}`,
            writeOnly,
            build: (text) =>
              fc
                .tuple(valid, text)
                .map(([metadata, value]) => ({ value: { ...metadata, [member]: value }, needsKind: kind })),
          });
        }
      }
    }
  }
  return out;
}

function isFreeString(schema: JsonSchema): boolean {
  const types = acceptedTypes(schema);
  if (types === undefined) return false;
  return (
    types.has('string') &&
    types.size === 1 &&
    enumOf(schema) === undefined &&
    !('const' in schema) &&
    leavesOf(schema).every((l) => !('const' in l))
  );
}

function bodiesFor(
  model: BodyModel,
  place: Placed,
  kind: AwkwardKind,
  creates: fc.Arbitrary<Record<string, unknown>>,
  repair: (body: Record<string, unknown>) => Record<string, unknown>,
): fc.Arbitrary<AwkwardBodies> {
  const text = awkwardText(kind);
  const c = model.consistency;
  const createWith = (
    base: Record<string, unknown>,
    placed: { value: unknown; needsKind?: string },
  ): Record<string, unknown> => {
    const create: Record<string, unknown> = { ...base, [place.field]: placed.value };
    // With metadata, a provider that needs its kind, so it is consistent whatever a server decides for the others.
    const provider =
      c && placed.needsKind ? Object.entries(c.requiredKind).find(([, k]) => k === placed.needsKind)?.[0] : undefined;
    return repair(provider && c ? { ...create, [c.providerField]: provider } : create);
  };
  return fc
    .tuple(creates, place.build(text), place.build(text), place.build(fc.constant('plain')))
    .map(([base, forCreate, forPatch, plain]) => ({
      create: createWith(base, forCreate),
      patch: { [place.field]: forPatch.value },
      plain: createWith(base, plain),
    }));
}
