/**
 * Checkpoints: the ledger head published at a moment, signed by the operator with Ed25519
 * (RFC 8032, @noble/curves). The signed message is
 *
 *   encodeTagged("tally-lab/checkpoint@1", [utf8(election id), u32be(entries covered), head (32 bytes), u32be(unix seconds)])
 *
 * Signing cost is per checkpoint, never per ballot.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { encodeTagged, u32be } from './encoding.ts';

export const CHECKPOINT_TAG = 'tally-lab/checkpoint@1';

export interface CheckpointBody {
  readonly electionId: string;
  /** Entries [0, count) are covered; head is the hash of entry count-1 (or 32 zero bytes when count is 0). */
  readonly count: number;
  readonly head: Uint8Array;
  readonly unixSeconds: number;
}

export function checkpointMessage(c: CheckpointBody): Uint8Array {
  if (c.head.length !== 32) throw new RangeError(`checkpoint head must be 32 bytes, got ${c.head.length}`);
  return encodeTagged(CHECKPOINT_TAG, [utf8ToBytes(c.electionId), u32be(c.count), c.head, u32be(c.unixSeconds)]);
}

/** An Ed25519 key pair from a 32-byte secret (the simulation derives it from the seed: a sandbox, not a vault). */
export function operatorKeys(secret: Uint8Array): { secretKey: Uint8Array; publicKey: Uint8Array } {
  return { secretKey: secret, publicKey: ed25519.getPublicKey(secret) };
}

export function signCheckpoint(c: CheckpointBody, secretKey: Uint8Array): Uint8Array {
  return ed25519.sign(checkpointMessage(c), secretKey);
}

export function verifyCheckpoint(c: CheckpointBody, signature: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return ed25519.verify(signature, checkpointMessage(c), publicKey);
  } catch {
    return false;
  }
}
