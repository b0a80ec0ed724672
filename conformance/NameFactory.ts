/**
 * Names for the integrations of one run: always `aic-conform-<runId>-<n>[-hint]`, or, for one rule's
 * names, `aic-conform-<runId>-<lane><n>[-hint]`: each rule counts on its own, so its names are the
 * same whichever rules run beside it.
 */
export class NameFactory {
  private counter = 0;

  constructor(
    readonly prefix: string,
    private readonly lane = '',
  ) {}

  /** The names of one rule (its index in the run): `r` and two base-36 digits before its counter. */
  forRule(index: number): NameFactory {
    return new NameFactory(this.prefix, `r${index.toString(36).padStart(2, '0')}`);
  }

  /** The names of one shard of a rule: its lane, then `-s`, the shard and `-` before the counter (a counter has no `-`, so no name of the rule nor of another shard contains one of these). */
  forShard(shard: number): NameFactory {
    return new NameFactory(this.prefix, `${this.lane}-s${shard.toString(36)}-`);
  }

  /** A fresh name of this run; `hint` (e.g. a generated name) is kept after the counter, trimmed. */
  next(hint?: string): string {
    const n = `${this.lane}${(this.counter++).toString(36)}`;
    return hint === undefined || hint === '' ? `${this.prefix}${n}` : `${this.prefix}${n}-${hint.slice(0, 60)}`;
  }

  /** Whether a name belongs to this run. */
  owns(name: unknown): boolean {
    return typeof name === 'string' && name.startsWith(this.prefix);
  }
}
