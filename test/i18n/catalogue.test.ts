/**
 * The catalogue holds every string the page and the CLI show: lit-localize's own extractor reads
 * every msg() in src/ and simulations/ (into a scratch folder), and each message must be in
 * translations/ru.xlf with a Russian target; and src/i18n/generated/ must be what `npm run
 * i18n:build` makes of the xlf today, so that a translator's edit that was not built fails here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'node_modules/.bin/lit-localize');
const config = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8'));

/** Units of an XLIFF file: id → whether it has a non-empty target. */
function units(xlf: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const m of xlf.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) out.set(m[1], /<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(m[2]));
  return out;
}

let scratch = '';
/** lit-localize run on the real sources, writing into the scratch folder. */
function localize(command: 'extract' | 'build', xliffDir: string): void {
  const cfg = {
    ...config,
    tsConfig: join(ROOT, config.tsConfig),
    inputFiles: config.inputFiles.map((g: string) => join(ROOT, g)),
    output: { ...config.output, outputDir: join(scratch, 'generated'), localeCodesModule: join(scratch, 'generated/locale-codes.ts') },
    interchange: { ...config.interchange, xliffDir },
  };
  const file = join(scratch, `${command}.json`);
  writeFileSync(file, JSON.stringify(cfg));
  execFileSync(BIN, [command, '--config', file], { cwd: ROOT, stdio: 'pipe' });
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'tally-i18n-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the Russian catalogue', () => {
  const committed = readFileSync(join(ROOT, 'translations/ru.xlf'), 'utf8');

  it('the reader of units sees a missing target', () => {
    const u = units('<trans-unit id="a">\n<source>x</source>\n<target>y</target>\n</trans-unit><trans-unit id="b">\n<source>x</source>\n</trans-unit>');
    expect([...u]).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });

  it('has a Russian target for every msg() in src/ and simulations/', () => {
    localize('extract', join(scratch, 'xlf'));
    const extracted = units(readFileSync(join(scratch, 'xlf/ru.xlf'), 'utf8'));
    const ours = units(committed);
    expect(extracted.size).toBeGreaterThan(80);
    expect([...extracted.keys()].filter((id) => !ours.has(id)), 'messages not in translations/ru.xlf: run npm run i18n:extract').toEqual([]);
    expect([...ours].filter(([, translated]) => !translated).map(([id]) => id), 'messages without a Russian target').toEqual([]);
    expect([...ours.keys()].filter((id) => !extracted.has(id)), 'units no msg() uses any more: run npm run i18n:extract').toEqual([]);
  });

  it('is built: src/i18n/generated/ru.ts is what npm run i18n:build makes of the xlf', () => {
    localize('build', join(ROOT, config.interchange.xliffDir));
    const built = readFileSync(join(scratch, 'generated/ru.ts'), 'utf8');
    expect(readFileSync(join(ROOT, 'src/i18n/generated/ru.ts'), 'utf8'), 'run npm run i18n:build').toBe(built);
  });
});
