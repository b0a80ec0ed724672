import { EDITIONS, type Edition, type EditionTable } from '../spec/index.js';
import { SetupError } from './transport/TargetError.js';

/** The public edition a run speaks (spec/CONTRACT.md, "Two editions of the public API"), and how the kit knew. */
export interface EditionChoice {
  readonly edition: Edition;
  /**
   * `given`: asked for (--edition, AIC_EDITION, the `edition` option) and confirmed by the probe
   * create; `detected`: worked out from the target's answers to probe creates.
   */
  readonly source: 'given' | 'detected';
  /** What the target answered that settled it, in one sentence. */
  readonly evidence: string;
}

/** What the target answered to one probe create spelled in one edition. */
export interface ProbeAnswer {
  readonly status: number;
  /** The provider the probe sent, as its edition spells it. */
  readonly sent: string;
  /** The provider of the 201 body, when it holds one. */
  readonly answered?: string;
  /** `: <problem detail>`, or empty. */
  readonly detail: string;
}

/** Sends one probe create spelled as `edition` spells it (and deletes what it created). */
export type EditionProbe = (edition: Edition) => Promise<ProbeAnswer>;

/**
 * An edition, or the answer of the first probe when the target took the probe in no edition (the
 * caller says what that means: a key that cannot create, a target that is no AI integrations API).
 */
export type EditionOutcome =
  | { readonly chosen: EditionChoice; readonly refused?: undefined }
  | {
      readonly refused: ProbeAnswer;
      readonly edition: Edition;
      readonly alsoRefused?: ProbeAnswer;
      readonly chosen?: undefined;
    };

/**
 * Settles the edition of a run with probe creates. The first probe is spelled in the edition asked
 * for, else in the spec's default edition:
 * - accepted, and answered in that spelling: that edition (when none was asked for, a second probe
 *   in the other spelling tells a server in transition, which accepts both: it keeps the default);
 * - refused with a 4xx (not 401/403, which are about the key) and the other spelling accepted: the
 *   other edition, or, when one was asked for, a SetupError that names the mismatch and the fix;
 * - accepted but answered in the other spelling: the server speaks the other edition (in transition
 *   it takes old spellings in), so the same as above.
 * Never a run that floods every rule with failures because the two sides spell values differently.
 */
export async function chooseEdition(
  table: EditionTable,
  asked: Edition | undefined,
  probe: EditionProbe,
): Promise<EditionOutcome> {
  const first = asked ?? table.default;
  const [one, two] = EDITIONS;
  const other = first === one ? two : one;
  const source = asked === undefined ? 'detected' : 'given';
  const chosen = (edition: Edition, evidence: string): EditionOutcome => ({ chosen: { edition, source, evidence } });
  const mismatch = (speaks: Edition, how: string): never => {
    throw new SetupError(
      `the target speaks the ${speaks} edition: ${how}; run with --edition ${speaks}, or without --edition`,
    );
  };
  const answeredIn = (answer: ProbeAnswer): Edition[] =>
    answer.answered === undefined ? [] : table.editionsSpelling('provider', answer.answered);

  const a = await probe(first);
  if (a.status === 401 || a.status === 403) return { refused: a, edition: first };
  if (a.status === 201) {
    const spelled = answeredIn(a);
    const [speaks] = spelled;
    if (speaks === undefined || spelled.includes(first)) {
      const accepted = `the target accepted provider "${a.sent}", the ${first} edition's spelling, and answered in it`;
      if (asked !== undefined) return chosen(first, accepted);
      const b = await probe(other);
      if (b.status === 201)
        return chosen(
          first,
          `the target accepted provider "${a.sent}" (${first}) and "${b.sent}" (${other}): it accepts both editions, as a server in transition may, so the kit keeps the default, ${first}`,
        );
      return chosen(first, `${accepted}, and refused "${b.sent}" (${b.status}), the ${other} edition's spelling`);
    }
    if (asked !== undefined) mismatch(speaks, `it accepted provider "${a.sent}" but answered "${a.answered}"`);
    const b = await probe(speaks);
    if (b.status === 201)
      return chosen(
        speaks,
        `the target answered provider "${a.sent}" with "${a.answered}", the ${speaks} edition's spelling, and accepted "${b.sent}"`,
      );
    return chosen(
      first,
      `the target accepted provider "${a.sent}" but answered "${a.answered}", and refused "${b.sent}" (${b.status}): the kit speaks ${first}, the edition it accepts`,
    );
  }
  if (a.status >= 400 && a.status < 500) {
    const b = await probe(other);
    if (b.status === 201) {
      if (asked !== undefined) mismatch(other, `it refused provider "${a.sent}" and accepted "${b.sent}"`);
      return chosen(
        other,
        `the target refused provider "${a.sent}" (${a.status}${a.detail}) and accepted "${b.sent}", the ${other} edition's spelling`,
      );
    }
    return { refused: a, edition: first, alsoRefused: b };
  }
  return { refused: a, edition: first };
}

/** `camel (detected: the target …)`: the edition line of the reports. */
export function describeEdition(choice: EditionChoice): string {
  return `${choice.edition} (${choice.source === 'given' ? 'as asked' : 'detected'}: ${choice.evidence})`;
}
