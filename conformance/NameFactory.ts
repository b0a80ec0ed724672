/** Names for the integrations of one run: always `aic-conform-<runId>-<n>[-hint]`. */
export class NameFactory {
  private counter = 0;

  constructor(readonly prefix: string) {}

  /** A fresh name of this run; `hint` (e.g. a generated name) is kept after the counter, trimmed. */
  next(hint?: string): string {
    const n = (this.counter++).toString(36);
    return hint === undefined || hint === '' ? `${this.prefix}${n}` : `${this.prefix}${n}-${hint.slice(0, 60)}`;
  }

  /** Whether a name belongs to this run. */
  owns(name: unknown): boolean {
    return typeof name === 'string' && name.startsWith(this.prefix);
  }
}
