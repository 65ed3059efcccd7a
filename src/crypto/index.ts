/** Tally Lab's cryptography: encodings, the ledger's hash chain, signed checkpoints, and the verifiable mode. */
export { encodeTagged, u32be } from './encoding.ts';
export { fastHashActive, MAX_MESSAGE_BYTES, PaddedSha256, useFastHash, useNobleHash } from './padded-sha256.ts';
export { ENTRY_TAG, ENTRY_PREIMAGE_BYTES, EntryHasher, entryHash, GENESIS, TOKEN_BYTES, type EntryFields } from './ledger-hash.ts';
export { CHECKPOINT_TAG, checkpointMessage, operatorKeys, signCheckpoint, verifyCheckpoint, type CheckpointBody } from './checkpoint.ts';
export { DECLARATION_TAG, declarationMessage, signDeclaration, verifyDeclaration, type DeclarationBody } from './declaration.ts';
export { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';

// The verifiable mode (docs/verifiable-crypto.md).
export { G, Point, type GroupElement } from './group.ts';
export { Nonces } from './nonces.ts';
export { encrypt, addCiphertexts, decryptToPoint, opens, ZERO_CIPHERTEXT, type Ciphertext } from './elgamal.ts';
export { encryptBallot, sumCiphertexts, proverCost, type EncryptedBallot } from './ballot.ts';
export type { SumProof, ZeroOneProof } from './ballot-proofs.ts';
export { ballotProblem, verifyBallots, type BallotToVerify } from './ballot-verify.ts';
export { BALLOT_DIGEST_TAG, BallotFormatError, ballotDigest, decodeBallot, encodeBallot } from './ballot-codec.ts';
export { CIPHERTEXT_BYTES, decodeCiphertext, decodePoint, decodeScalar, encodeCiphertext, encodePoint, encodeScalar, FormatError, POINT_BYTES, SCALAR_BYTES } from './codec.ts';
export { combinePartials, committedShare, deal, decodePartial, electionKey, encodePartial, lagrangeAtZero, partialDecrypt, PARTIAL_BYTES, shareIsValid, verificationKey, verifyPartial, type Dealing, type PartialDecryption } from './threshold.ts';
export { DlogTable } from './dlog.ts';
