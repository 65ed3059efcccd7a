/** Tally Lab's cryptography: encodings, the ledger's hash chain, signed checkpoints. */
export { encodeTagged, u32be } from './encoding.ts';
export { ENTRY_TAG, ENTRY_PREIMAGE_BYTES, EntryHasher, entryHash, GENESIS, TOKEN_BYTES, type EntryFields } from './ledger-hash.ts';
export { CHECKPOINT_TAG, checkpointMessage, operatorKeys, signCheckpoint, verifyCheckpoint, type CheckpointBody } from './checkpoint.ts';
export { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
