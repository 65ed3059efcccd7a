/**
 * The catalogues hold every string the page, the CLI and the classroom's phone page show: lit-localize's
 * own extractor reads every msg() of each catalogue's sources, and each message must be in its XLIFF
 * with a Russian target; and the generated templates must be what `npm run i18n:build` makes of the
 * XLIFF today, so that a translator's edit that was not built fails here. The phone page has a
 * catalogue of its own (lit-localize-phone.json) so that its script stays small.
 *
 * Both checks run on one localizer per catalogue (@lit/localize-tools' own classes, as its command
 * line runs them), so the sources are analysed once, not once per command: into a scratch folder
 * that holds a copy of the committed XLIFF, built first and then extracted over.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Each catalogue: its config, what it covers, and how many messages it has at least. */
const CATALOGUES = [
  { file: 'lit-localize.json', covers: 'src/ and simulations/', least: 80 },
  { file: 'lit-localize-phone.json', covers: 'the phone page (server/phone/)', least: 20 },
] as const;
interface Config {
  tsConfig: string;
  inputFiles: string[];
  output: { outputDir: string; localeCodesModule: string };
  interchange: { xliffDir: string };
}
const readConfig = (file: string): Config => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

/** Units of an XLIFF file: id → whether it has a non-empty target. */
function units(xlf: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const m of xlf.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) out.set(m[1], /<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(m[2]));
  return out;
}

let scratch = '';
/**
 * What `lit-localize build` then `lit-localize extract` make of the real sources, with the committed
 * XLIFF copied into `into` first: the built templates land in into/generated, the extracted XLIFF in into/xlf.
 */
async function buildAndExtract(config: Config, into: string): Promise<void> {
  const xliffDir = join(into, 'xlf');
  mkdirSync(into, { recursive: true });
  cpSync(join(ROOT, config.interchange.xliffDir), xliffDir, { recursive: true });
  const cfg = {
    ...config,
    tsConfig: join(ROOT, config.tsConfig),
    inputFiles: config.inputFiles.map((g: string) => join(ROOT, g)),
    output: { ...config.output, outputDir: join(into, 'generated'), localeCodesModule: join(into, 'generated/locale-codes.ts') },
    interchange: { ...config.interchange, xliffDir },
  };
  const file = join(into, 'lit-localize.json');
  writeFileSync(file, JSON.stringify(cfg));
  // Both configs are in the runtime mode (their output.mode), which the reader's type does not know.
  const localizer = new RuntimeLitLocalizer(readConfigFileAndWriteSchema(file) as ConstructorParameters<typeof RuntimeLitLocalizer>[0]);
  const { errors } = localizer.extractSourceMessages();
  expect(errors.map((e) => String(e.messageText)), 'lit-localize could not analyse the sources').toEqual([]);
  expect(localizer.validateTranslations().errors, 'translations whose placeholders differ from the source').toEqual([]);
  await localizer.build();
  await localizer.writeInterchangeFiles();
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'tally-i18n-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('the reader of units sees a missing target', () => {
  const u = units('<trans-unit id="a">\n<source>x</source>\n<target>y</target>\n</trans-unit><trans-unit id="b">\n<source>x</source>\n</trans-unit>');
  expect([...u]).toEqual([
    ['a', true],
    ['b', false],
  ]);
});

describe.each(CATALOGUES)('the Russian catalogue of $covers', ({ file, covers, least }) => {
  const config = readConfig(file);
  const committed = readFileSync(join(ROOT, config.interchange.xliffDir, 'ru.xlf'), 'utf8');
  const out = (name: string) => join(scratch, file, name);
  let done: Promise<void> | undefined;
  const localized = () => (done ??= buildAndExtract(config, out('')));

  it(`has a Russian target for every msg() in ${covers}`, async () => {
    await localized();
    const extracted = units(readFileSync(out('xlf/ru.xlf'), 'utf8'));
    const ours = units(committed);
    expect(extracted.size).toBeGreaterThan(least);
    expect([...extracted.keys()].filter((id) => !ours.has(id)), 'messages not in translations/ru.xlf: run npm run i18n:extract').toEqual([]);
    expect([...ours].filter(([, translated]) => !translated).map(([id]) => id), 'messages without a Russian target').toEqual([]);
    expect([...ours.keys()].filter((id) => !extracted.has(id)), 'units no msg() uses any more: run npm run i18n:extract').toEqual([]);
  });

  it(`is built: ${config.output.outputDir}/ru.ts is what npm run i18n:build makes of the xlf`, async () => {
    await localized();
    const built = readFileSync(out('generated/ru.ts'), 'utf8');
    expect(readFileSync(join(ROOT, config.output.outputDir, 'ru.ts'), 'utf8'), 'run npm run i18n:build').toBe(built);
  });
});
