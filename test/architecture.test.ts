/**
 * The layout holds (docs/architecture.md): no import cycles, no arrow pointing up the pipeline or
 * up the project's layers, an engine without DOM or Node, and folders that say what they are for.
 * Each rule is first shown catching a made-up offence, so a pass on the real tree means something.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, readSources, type SourceFile } from './architecture/import-graph.ts';
import {
  CORE_STAGES,
  coreStageViolations,
  enginePurityViolations,
  folderViolations,
  projectLayerViolations,
  serverViolations,
  uiLayerViolations,
  type Violation,
} from './architecture/layout-rules.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const files = readSources(ROOT, ['src', 'server', 'simulations']);

const file = (path: string, imports: string[] = [], text = '', packages: string[] = []): SourceFile => ({ path, text, imports, packages });
const lines = (vs: readonly Violation[]) => vs.map((v) => `${v.file}: ${v.detail} [${v.rule}]`);

describe('the rules catch what they name', () => {
  it('a cycle, however long', () => {
    const cycles = importCycles([file('a.ts', ['b.ts']), file('b.ts', ['c.ts']), file('c.ts', ['a.ts']), file('d.ts', ['a.ts'])]);
    expect(cycles).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(importCycles([file('a.ts', ['b.ts']), file('b.ts')])).toEqual([]);
  });

  it('an arrow up the pipeline, a stage file loose in src/core, the front door used from inside', () => {
    const vs = coreStageViolations([
      file('src/core/publication/release.ts', ['src/core/run/result.ts']),
      file('src/core/run/result.ts', ['src/core/publication/release.ts']),
      file('src/core/loose.ts'),
      file('src/core/verify/verifier.ts', ['src/core/index.ts']),
      file('src/core/elsewhere/x.ts'),
    ]);
    expect(lines(vs)).toEqual([
      expect.stringMatching(/^src\/core\/publication\/release\.ts: imports src\/core\/run\/result\.ts: publication comes before run/),
      expect.stringMatching(/^src\/core\/loose\.ts: lies in src\/core itself/),
      expect.stringMatching(/^src\/core\/verify\/verifier\.ts: imports src\/core\/index\.ts/),
      expect.stringMatching(/^src\/core\/elsewhere\/x\.ts: src\/core\/elsewhere is not a stage/),
    ]);
  });

  it('the pool reaching into the worker, src/ into simulations/ or test/', () => {
    const vs = projectLayerViolations([
      file('src/pool/run-sweep.ts', ['src/worker/sweep-api.ts']),
      file('src/ui/shell/tally-app.ts', ['simulations/presets/index.ts', 'src/core/index.ts']),
      file('src/core/run/simulate.ts', ['test/helpers.ts']),
    ]);
    expect(vs.map((v) => v.file)).toEqual(['src/pool/run-sweep.ts', 'src/ui/shell/tally-app.ts', 'src/core/run/simulate.ts']);
  });

  it('the server past the front door, the phone page using Node or the server, src/ using the server', () => {
    const vs = serverViolations([
      file('server/app.ts', ['src/core/index.ts', 'src/core/live/live-election.ts', 'src/ui/common/format.ts']),
      file('server/phone/phone.ts', ['server/phone/phone-api.ts', 'server/store.ts'], '', ['@lit/localize', 'node:crypto', 'lit']),
      file('server/phone/phone-api.ts'),
      file('src/ui/views/live/live-view.ts', ['server/classroom.ts']),
    ]);
    expect(lines(vs)).toEqual([
      expect.stringMatching(/^server\/app\.ts: imports src\/core\/live\/live-election\.ts: the server uses the engine through src\/core\/index\.ts only/),
      expect.stringMatching(/^server\/app\.ts: imports src\/ui\/common\/format\.ts/),
      expect.stringMatching(/^server\/phone\/phone\.ts: imports server\/store\.ts: the phone page runs in the browser/),
      expect.stringMatching(/^server\/phone\/phone\.ts: imports the Node module node:crypto/),
      expect.stringMatching(/^server\/phone\/phone\.ts: imports lit, not one of the phone page's packages/),
      expect.stringMatching(/^src\/ui\/views\/live\/live-view\.ts: imports server\/classroom\.ts: src\/ never depends on the classroom server/),
    ]);
  });

  it('one tab importing another, and common importing a view', () => {
    const vs = uiLayerViolations([
      file('src/ui/views/forensics/forensics-view.ts', ['src/ui/views/night/night-series.ts', 'src/ui/charts/wall-clock.ts']),
      file('src/ui/common/format.ts', ['src/ui/views/results/district-table.ts']),
      file('src/ui/loose.ts'),
    ]);
    expect(lines(vs)).toEqual([
      expect.stringMatching(/forensics-view\.ts: imports src\/ui\/views\/night\/night-series\.ts: views\/forensics and views\/night are siblings/),
      expect.stringMatching(/common\/format\.ts: imports .*: common comes before views/),
      expect.stringMatching(/^src\/ui\/loose\.ts: is outside/),
    ]);
  });

  it('the DOM, Node and unknown packages in the engine, but not a property or a local of the same name', () => {
    const vs = enginePurityViolations([
      file('src/core/run/a.ts', ['src/ui/common/format.ts'], 'const w = window.innerWidth; process.exit(1);', ['node:fs', 'lit']),
      file('src/core/run/b.ts', [], 'const o = { document: 1 }; o.document; function f(window: number) { return window; }'),
    ]);
    expect(lines(vs)).toEqual([
      expect.stringMatching(/a\.ts: imports src\/ui\/common\/format\.ts, outside/),
      expect.stringMatching(/a\.ts: imports the Node module node:fs/),
      expect.stringMatching(/a\.ts: imports lit, not one of the engine's packages/),
      expect.stringMatching(/a\.ts: uses the global process/),
      expect.stringMatching(/a\.ts: uses the global window/),
    ]);
  });

  it('a folder without its index, an index with code, styles without their element', () => {
    const vs = folderViolations([
      file('src/core/run/simulate.ts'),
      file('src/ui/views/night/index.ts', [], '/** Too short. */\nexport * from "./night-replay.ts";\nconst x = 1;'),
      file('src/ui/views/night/night-replay.styles.ts'),
    ]);
    expect(lines(vs)).toEqual([
      expect.stringMatching(/^src\/core\/run: has no index\.ts/),
      expect.stringMatching(/night\/index\.ts: does not open with a doc comment/),
      expect.stringMatching(/night\/index\.ts: holds more than re-exports/),
      expect.stringMatching(/night-replay\.styles\.ts: has no element/),
    ]);
  });
});

describe('the tree keeps the rules', () => {
  it('reads the whole tree', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(files.find((f) => f.path === 'src/ui/shell/tally-app.ts')?.imports).toContain('src/core/index.ts');
    // Worker scripts count as dependencies of the file that starts them.
    expect(files.find((f) => f.path === 'src/worker/engine-client.ts')?.imports).toContain('src/worker/engine.worker.ts');
  });

  it('has no import cycle', () => {
    expect(importCycles(files)).toEqual([]);
  });

  it('keeps the project layers: crypto < core < content < i18n < pool < worker < ui < server < simulations', () => {
    expect(lines(projectLayerViolations(files))).toEqual([]);
  });

  it('keeps the classroom server on the engine\'s front door, and its phone page off Node', () => {
    expect(files.some((f) => f.path === 'server/app.ts')).toBe(true);
    expect(lines(serverViolations(files))).toEqual([]);
  });

  it('keeps the engine in pipeline order', () => {
    expect(lines(coreStageViolations(files))).toEqual([]);
  });

  it('keeps the interface in layers, each tab on its own', () => {
    expect(lines(uiLayerViolations(files))).toEqual([]);
  });

  it('keeps the engine free of the DOM and of Node', () => {
    expect(lines(enginePurityViolations(files))).toEqual([]);
  });

  it('is the layout docs/architecture.md describes: every folder of the engine, the interface and src/ has its line', () => {
    const doc = readFileSync(new URL('../docs/architecture.md', import.meta.url), 'utf8');
    const folders = (dir: string) => readdirSync(new URL(`../${dir}`, import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const named = [
      ...folders('src').filter((d) => d !== 'types').map((d) => `src/${d}/`),
      ...folders('src/core').map((d) => `${d}/`),
      ...folders('src/ui').flatMap((d) => (d === 'views' ? folders('src/ui/views').map((v) => `views/${v}/`) : [`${d}/`])),
    ];
    expect(named.filter((name) => !doc.includes(`\`${name}\``))).toEqual([]);
    expect(CORE_STAGES.filter((stage) => !folders('src/core').includes(stage))).toEqual([]);
  });

  it('gives every folder an index that says its job, and every element its styles beside it', () => {
    expect(lines(folderViolations(files))).toEqual([]);
  });
});
