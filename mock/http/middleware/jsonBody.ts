import express from 'express';

/** The spec's 413 example names this limit; bodies above it get 413 payload-too-large. */
export const MAX_BODY_BYTES = 1_048_576;

/**
 * Parses JSON bodies up to `limitBytes`. Its errors (too large, malformed JSON) reach the app's
 * error handler, which turns them into 413 and 400 problems. Other content types leave the body
 * undefined, which the contract's validator then rejects (400).
 */
export function jsonBody(limitBytes: number = MAX_BODY_BYTES) {
  return express.json({ limit: limitBytes, strict: true, type: ['application/json', 'application/*+json'] });
}
