import { createHash } from 'node:crypto';

/**
 * Ids shaped like the real API's: base64 of `<Type>:<n>:<4 alphanumeric chars>`. The suffix is
 * derived from the number, so the same fixtures give the same ids on every start (links and
 * bookmarks into the demo keep working), while still looking opaque.
 */
const INTEGRATION_ID = /^LlmIntegration:(\d{1,15}):[A-Za-z0-9]{4}$/;
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function mintIntegrationId(n: number): string {
  return encode(`LlmIntegration:${n}:${suffix('LlmIntegration', n)}`);
}

export function mintUserId(n: number): string {
  return encode(`User:${n}:${suffix('User', n)}`);
}

/**
 * The sequence number inside an integration id, or undefined when the text is not the canonical
 * base64 of `LlmIntegration:<n>:<4 chars>` (a malformed id, which the contract makes a 400).
 */
export function parseIntegrationId(id: string): number | undefined {
  const decoded = Buffer.from(id, 'base64').toString('utf8');
  // Buffer.from is lenient (it skips junk characters): only the canonical spelling counts.
  if (encode(decoded) !== id) return undefined;
  const match = INTEGRATION_ID.exec(decoded);
  return match ? Number(match[1]) : undefined;
}

function encode(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

function suffix(type: string, n: number): string {
  const digest = createHash('sha256').update(`${type}:${n}`).digest();
  let out = '';
  for (let i = 0; i < 4; i += 1) out += ALPHANUMERIC[digest[i]! % ALPHANUMERIC.length];
  return out;
}
