/**
 * Every Node test file runs on the engine's own SHA-256 path, hash-wasm, as the CLI, the bench and the
 * page's workers do (they await initFastHash() at start; a synchronous `simulate()` cannot). Without
 * this the tests would hash on noble, the fallback, at about half the speed. Noble stays covered:
 * test/crypto/fast-sha256.test.ts switches to it and checks the two paths against each other and the
 * documented vectors.
 */
import { initFastHash } from '../src/crypto/fast-sha256.ts';

if (!(await initFastHash())) throw new Error('fast-hash.setup: hash-wasm could not start (no WebAssembly?)');
