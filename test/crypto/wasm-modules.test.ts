/** The engine's WebAssembly modules are what their generators' text assembles to: no hand-edited or stale bytes (npm run build:wasm). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assemble, generatedSource, MODULES } from '../../simulations/build/build-wasm.ts';

describe('the WebAssembly modules in src/crypto', () => {
  it.each(MODULES)('$file is what $source assembles to', async (spec) => {
    expect(readFileSync(spec.file, 'utf8')).toBe(generatedSource(spec, await assemble(spec)));
  });
});
