import {
  isJsonObject,
  respellAt,
  spelledPlaces,
  type Contract,
  type Edition,
  type JsonSchema,
  type SpelledPlace,
} from '../../spec/portable.js';

/** A value of a request body spelled as another edition spells it, never as the served one. */
export interface ForeignSpelling {
  /** Where it stands, dotted (`provider`, `provider_metadata.kind`). */
  readonly at: string;
  readonly value: string;
  /** The editions that spell it so. */
  readonly editions: readonly Edition[];
  /** The served edition's spelling of the same value. */
  readonly served: string | undefined;
}

/**
 * How the served edition spells enum values, and where request bodies carry them: read from the
 * contract's edition table and its request body schemas, so no value is written here.
 */
export interface EditionSpelling {
  readonly served: Edition;
  /** The values of `body` that only other editions spell so (none for a body the schema accepts). */
  foreignValues(body: unknown): ForeignSpelling[];
  /** A copy of `body` with every value any edition knows spelled as the served edition does; others are left as they are. */
  respell(body: unknown): unknown;
  /** The detail of a request refused for `foreign` values: what to send instead, or which edition to serve. */
  describe(foreign: readonly ForeignSpelling[]): string;
}

export function readEditionSpelling(
  contract: Contract,
  bodySchemas: readonly JsonSchema[],
  howToServe: (edition: Edition) => string = (edition) => `start the mock with --edition ${edition}`,
): EditionSpelling {
  const served = contract.edition;
  const table = contract.editions;
  // A body may be either operation's (fixtures are create bodies; the store checks both): its
  // spelled values are where any of the schemas declares one.
  const placesIn = (body: unknown): SpelledPlace[] => {
    const byPath = new Map(
      bodySchemas.flatMap((schema) => spelledPlaces(schema, body)).map((place) => [place.path.join('\u0000'), place]),
    );
    return [...byPath.values()];
  };
  return {
    served,
    foreignValues(body) {
      const found: ForeignSpelling[] = [];
      for (const { path, field, value } of placesIn(body)) {
        const editions = table.editionsSpelling(field, value);
        if (editions.length === 0 || editions.includes(served)) continue;
        found.push({ at: path.join('.'), value, editions, served: table.respell(field, value, served) });
      }
      return found;
    },
    respell(body) {
      return isJsonObject(body) ? respellAt(contract, body, placesIn(body), served) : body;
    },
    describe(foreign) {
      const others = [...new Set(foreign.flatMap((f) => f.editions))];
      // The edition that spells every one of them, if one does: the one to start the mock in.
      const switchTo = others.find((edition) => foreign.every((f) => f.editions.includes(edition)));
      const named = listed(foreign.map((f) => `${f.at} ${JSON.stringify(f.value)}`));
      const whose = switchTo === undefined ? "other editions'" : `the ${switchTo} edition's`;
      const verb = foreign.length === 1 ? `is ${whose} spelling` : `are ${whose} spellings`;
      const send = listed(foreign.map((f) => JSON.stringify(f.served)));
      return `${named} ${verb}; this mock serves the ${served} edition: send ${send}${switchTo === undefined ? '' : `, or ${howToServe(switchTo)}`}.`;
    },
  };
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
