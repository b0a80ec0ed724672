/** Replaces every secret (API keys given to the kit) by `***` in text and in parsed values. */
export class Redactor {
  private readonly secrets: string[];

  constructor(secrets: ReadonlyArray<string | undefined>) {
    // Longest first, so a key that contains another is replaced whole.
    this.secrets = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length > 0))].sort(
      (a, b) => b.length - a.length,
    );
  }

  text(value: string): string {
    let out = value;
    for (const secret of this.secrets) out = out.split(secret).join('***');
    return out;
  }

  /** A deep copy with every string (keys included) redacted. */
  value<T>(value: T): T {
    if (this.secrets.length === 0) return value;
    return redactDeep(value, (s) => this.text(s)) as T;
  }

  /** Whether a text contains any secret. */
  leaks(value: string): boolean {
    return this.secrets.some((secret) => value.includes(secret));
  }
}

function redactDeep(value: unknown, redact: (s: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[redact(k)] = redactDeep(v, redact);
    return out;
  }
  return value;
}
