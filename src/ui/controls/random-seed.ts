/** A fresh seed from the browser's random source (UI only: the engine's randomness comes from the seed). */

/** Letters and digits that cannot be misread on a projector (no 0/o, 1/l/i). */
const SEED_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function randomSeed(length = 8): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => SEED_ALPHABET[b % SEED_ALPHABET.length]).join('');
}
