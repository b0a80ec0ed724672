import { beforeAll, describe, expect, it } from 'vitest';
import { loadContract, type Edition, type EditionTable } from '../spec/index.js';
import { chooseEdition, describeEdition, type ProbeAnswer } from './editionChoice.js';
import { SetupError } from './transport/TargetError.js';

let table: EditionTable;
/** The provider every probe sends (the spec's first), as each edition spells it. */
let spelled: Record<Edition, string>;
beforeAll(async () => {
  const contract = await loadContract();
  table = contract.editions;
  const [written] = Object.keys(contract.facts.spellings.provider);
  spelled = {
    camel: table.editions.camel.spellings.provider[written!]!,
    upper: table.editions.upper.spellings.provider[written!]!,
  };
});

/** A target that answers each edition's probe as `answers` says: a status, and for a 201 the edition it answers in (default: the one sent). */
function target(answers: Partial<Record<Edition, number | [201, Edition]>>) {
  const probed: Edition[] = [];
  const probe = async (edition: Edition): Promise<ProbeAnswer> => {
    probed.push(edition);
    const answer = answers[edition] ?? 400;
    const [status, answeredIn] = Array.isArray(answer) ? answer : [answer, edition];
    return {
      status,
      sent: spelled[edition],
      detail: status === 400 ? ': provider must be one of …' : '',
      ...(status === 201 ? { answered: spelled[answeredIn] } : {}),
    };
  };
  return { probe, probed };
}

describe('chooseEdition', () => {
  it('without an edition asked for: the default edition when the target takes only its spelling, said with both answers', async () => {
    const { probe, probed } = target({ camel: 201 });
    expect(await chooseEdition(table, undefined, probe)).toEqual({
      chosen: {
        edition: 'camel',
        source: 'detected',
        evidence: `the target accepted provider "${spelled.camel}", the camel edition's spelling, and answered in it, and refused "${spelled.upper}" (400), the upper edition's spelling`,
      },
    });
    expect(probed).toEqual(['camel', 'upper']);
  });

  it('without an edition asked for: the other edition when the target refuses the default spelling and takes the other', async () => {
    const { probe } = target({ upper: 201 });
    const { chosen } = await chooseEdition(table, undefined, probe);
    expect(chosen).toEqual({
      edition: 'upper',
      source: 'detected',
      evidence: `the target refused provider "${spelled.camel}" (400: provider must be one of …) and accepted "${spelled.upper}", the upper edition's spelling`,
    });
    expect(describeEdition(chosen!)).toBe(`upper (detected: ${chosen!.evidence})`);
  });

  it('keeps the default for a server in transition, which accepts both spellings, and says so', async () => {
    const { chosen } = await chooseEdition(table, undefined, target({ camel: 201, upper: 201 }).probe);
    expect(chosen?.edition).toBe('camel');
    expect(chosen?.evidence).toContain(
      'it accepts both editions, as a server in transition may, so the kit keeps the default, camel',
    );
  });

  it('speaks the edition a target answers in, when it takes the other spelling in but answers in its own', async () => {
    const { probe, probed } = target({ camel: [201, 'upper'], upper: 201 });
    const { chosen } = await chooseEdition(table, undefined, probe);
    expect(chosen).toEqual({
      edition: 'upper',
      source: 'detected',
      evidence: `the target answered provider "${spelled.camel}" with "${spelled.upper}", the upper edition's spelling, and accepted "${spelled.upper}"`,
    });
    expect(probed).toEqual(['camel', 'upper']);
  });

  it('with an edition asked for that the target speaks: one probe, no detection', async () => {
    const { probe, probed } = target({ upper: 201 });
    expect((await chooseEdition(table, 'upper', probe)).chosen).toEqual({
      edition: 'upper',
      source: 'given',
      evidence: `the target accepted provider "${spelled.upper}", the upper edition's spelling, and answered in it`,
    });
    expect(probed).toEqual(['upper']);
  });

  it('with an edition asked for that the target clearly does not speak: a SetupError naming the mismatch and the fix', async () => {
    const refusedFirst = await chooseEdition(table, 'camel', target({ upper: 201 }).probe).catch((e: unknown) => e);
    expect(refusedFirst).toBeInstanceOf(SetupError);
    expect((refusedFirst as Error).message).toBe(
      `the target speaks the upper edition: it refused provider "${spelled.camel}" and accepted "${spelled.upper}"; run with --edition upper, or without --edition`,
    );
    const answeredOther = await chooseEdition(
      table,
      'camel',
      target({ camel: [201, 'upper'], upper: 201 }).probe,
    ).catch((e: unknown) => e);
    expect((answeredOther as Error).message).toBe(
      `the target speaks the upper edition: it accepted provider "${spelled.camel}" but answered "${spelled.upper}"; run with --edition upper, or without --edition`,
    );
  });

  it('leaves a refusal in every spelling, or one of the key (401, 403), to the caller, probing the other spelling only for a 4xx', async () => {
    const both = target({});
    expect(await chooseEdition(table, undefined, both.probe)).toMatchObject({
      refused: { status: 400, sent: spelled.camel },
      edition: 'camel',
      alsoRefused: { status: 400, sent: spelled.upper },
    });
    const readOnly = target({ camel: 403, upper: 201 });
    expect(await chooseEdition(table, undefined, readOnly.probe)).toMatchObject({
      refused: { status: 403 },
      edition: 'camel',
    });
    expect(readOnly.probed).toEqual(['camel']);
    const broken = target({ upper: 502 });
    expect(await chooseEdition(table, 'upper', broken.probe)).toMatchObject({
      refused: { status: 502 },
      edition: 'upper',
    });
    expect(broken.probed).toEqual(['upper']);
  });
});
