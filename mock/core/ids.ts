import { sha256 } from './sha256.js';

/**
 * Ids shaped like the real API's: base64 of `<Type>:<n>:<4 alphanumeric chars>`. The suffix is
 * derived from the number, so the same fixtures give the same ids on every start (links and
 * bookmarks into the demo keep working), while still looking opaque. Plain web APIs only (btoa,
 * atob, a portable SHA-256): the same ids in Node and in a browser.
 */
const INTEGRATION_ID = /^LlmIntegration:(\d{1,15}):[A-Za-z0-9]{4}$/;
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function mintIntegrationId(n: number): string {
  return btoa(`LlmIntegration:${n}:${suffix('LlmIntegration', n)}`);
}

export function mintUserId(n: number): string {
  return btoa(`User:${n}:${suffix('User', n)}`);
}

/**
 * The sequence number inside an integration id, or undefined when the text is not the canonical
 * base64 of `LlmIntegration:<n>:<4 chars>` (a malformed id, which the contract makes a 400).
 */
export function parseIntegrationId(id: string): number | undefined {
  let decoded: string;
  try {
    decoded = atob(id);
  } catch {
    return undefined;
  }
  // atob is lenient (it skips whitespace, accepts missing padding and stray low bits): only the
  // canonical spelling counts. The pattern is ASCII, so the bytes atob gives are its characters.
  if (btoa(decoded) !== id) return undefined;
  const match = INTEGRATION_ID.exec(decoded);
  return match ? Number(match[1]) : undefined;
}

function suffix(type: string, n: number): string {
  const digest = sha256(`${type}:${n}`);
  let out = '';
  for (let i = 0; i < 4; i += 1) out += ALPHANUMERIC[digest[i]! % ALPHANUMERIC.length];
  return out;
}
