/**
 * The layout's rules (docs/architecture.md), as functions from the import graph to the list of
 * what breaks them, so that a test can show each rule catching a made-up offence before it checks
 * the real tree. Every violation names the file, the rule and what to do about it.
 */
import { builtinModules } from 'node:module';
import ts from 'typescript';
import type { SourceFile } from './import-graph.ts';

export interface Violation {
  readonly file: string;
  readonly rule: string;
  readonly detail: string;
}

/** The top-level folders, lowest first: a folder imports only its own and lower ones. */
export const PROJECT_LAYERS = ['src/crypto', 'src/core', 'src/content', 'src/i18n', 'src/pool', 'src/worker', 'src/ui', 'server', 'simulations'] as const;

/** The engine's stages in pipeline order: a stage imports only earlier stages and itself. */
export const CORE_STAGES = [
  'base',
  'stats',
  'scenario',
  'electorate',
  'casting',
  'adversary',
  'ledger',
  'publication',
  'e2e',
  'audit',
  'verify',
  'verdict',
  'run',
  'live',
  'series',
  'sweep',
  'forensics',
  'inspect',
] as const;

/** The interface's layers, lowest first; each tab's view (views/<tab>) imports no other tab's. */
export const UI_LAYERS = ['common', 'charts', 'controls', 'views', 'lessons', 'shell'] as const;

/** Folders whose `*.styles.ts` are shared sheets, not one element's. */
const SHARED_STYLE_FOLDERS = ['src/ui/common', 'src/ui/charts'];

/** What the engine may import from npm: hashing, curves, seeded streams, CSV parsing. */
const ENGINE_PACKAGES = /^(@noble\/(hashes|curves)\/|seedrandom\/|papaparse\/)/;

/** Globals of the DOM and of Node that the engine may not touch (its own tsconfig also leaves out their types). */
const ENGINE_FORBIDDEN_GLOBALS = new Set([
  'document',
  'window',
  'navigator',
  'localStorage',
  'sessionStorage',
  'customElements',
  'HTMLElement',
  'process',
  'Buffer',
  'require',
  '__dirname',
  '__filename',
  'setImmediate',
]);

const isEngine = (path: string) => path.startsWith('src/core/') || path.startsWith('src/crypto/');

interface Rank {
  readonly rank: number;
  /** The unit inside a rank that may not import its siblings (a tab's view); else the rank's name. */
  readonly unit: string;
}

function rankAmong(layers: readonly string[], prefix: string, path: string): Rank | null {
  if (!path.startsWith(prefix)) return null;
  const rest = path.slice(prefix.length);
  const parts = rest.split('/');
  const rank = layers.indexOf(parts[0]);
  if (rank < 0) return null;
  const unit = parts[0] === 'views' && parts.length > 2 ? `views/${parts[1]}` : parts[0];
  return { rank, unit };
}

function orderViolations(
  files: readonly SourceFile[],
  rule: string,
  rankOf: (path: string) => Rank | null,
  names: readonly string[],
): Violation[] {
  const out: Violation[] = [];
  for (const f of files) {
    const from = rankOf(f.path);
    if (!from) continue;
    for (const target of f.imports) {
      const to = rankOf(target);
      if (!to) continue;
      if (to.rank > from.rank) {
        out.push({ file: f.path, rule, detail: `imports ${target}: ${names[from.rank]} comes before ${names[to.rank]}, so the arrow points upward; move what both need down` });
      } else if (to.rank === from.rank && to.unit !== from.unit) {
        out.push({ file: f.path, rule, detail: `imports ${target}: ${from.unit} and ${to.unit} are siblings; move what both need to a lower layer` });
      }
    }
  }
  return out;
}

/** src/crypto < src/core < src/content < src/i18n < src/pool < src/worker < src/ui < server < simulations; nothing imports test/. */
export function projectLayerViolations(files: readonly SourceFile[]): Violation[] {
  const rankOf = (path: string): Rank | null => {
    const rank = PROJECT_LAYERS.findIndex((layer) => path.startsWith(`${layer}/`));
    return rank < 0 ? null : { rank, unit: PROJECT_LAYERS[rank] };
  };
  const out = orderViolations(files, 'project layers', rankOf, PROJECT_LAYERS);
  for (const f of files) {
    if (!f.path.startsWith('src/')) continue;
    for (const target of f.imports) {
      if (target.startsWith('test/')) out.push({ file: f.path, rule: 'project layers', detail: `imports ${target}: src/ never depends on the tests` });
    }
  }
  return out;
}

/** Stages of src/core import earlier stages only, and never the engine's front door (src/core/index.ts). */
export function coreStageViolations(files: readonly SourceFile[]): Violation[] {
  const out = orderViolations(files, 'pipeline order', (p) => rankAmong(CORE_STAGES, 'src/core/', p), CORE_STAGES);
  for (const f of files) {
    if (!f.path.startsWith('src/core/')) continue;
    const parts = f.path.split('/');
    if (parts.length === 3 && parts[2] !== 'index.ts') {
      out.push({ file: f.path, rule: 'pipeline order', detail: 'lies in src/core itself: put it in the folder of its stage' });
    }
    if (parts.length > 3 && !(CORE_STAGES as readonly string[]).includes(parts[2])) {
      out.push({ file: f.path, rule: 'pipeline order', detail: `src/core/${parts[2]} is not a stage: add it to CORE_STAGES (and docs/architecture.md) where it belongs in the pipeline` });
    }
    if (parts.length > 3 && f.imports.includes('src/core/index.ts')) {
      out.push({ file: f.path, rule: 'pipeline order', detail: "imports src/core/index.ts, the front door for the engine's users: import the stage's own file instead" });
    }
  }
  return out;
}

/** common < charts < controls < views/<tab> (no tab imports another) < lessons < shell. */
export function uiLayerViolations(files: readonly SourceFile[]): Violation[] {
  const out = orderViolations(files, 'ui layers', (p) => rankAmong(UI_LAYERS, 'src/ui/', p), UI_LAYERS);
  for (const f of files) {
    const parts = f.path.split('/');
    if (f.path.startsWith('src/ui/') && (parts.length === 3 || !(UI_LAYERS as readonly string[]).includes(parts[2]))) {
      out.push({ file: f.path, rule: 'ui layers', detail: `is outside ${UI_LAYERS.map((l) => `src/ui/${l}/`).join(', ')}` });
    }
  }
  return out;
}

/** The engine: no DOM, no Node, only the packages it is meant to use. */
export function enginePurityViolations(files: readonly SourceFile[]): Violation[] {
  const out: Violation[] = [];
  const builtins = new Set(builtinModules);
  for (const f of files) {
    if (!isEngine(f.path)) continue;
    for (const target of f.imports) {
      if (!isEngine(target)) out.push({ file: f.path, rule: 'engine purity', detail: `imports ${target}, outside src/core and src/crypto` });
    }
    for (const p of f.packages) {
      if (p.startsWith('node:') || builtins.has(p.split('/')[0])) out.push({ file: f.path, rule: 'engine purity', detail: `imports the Node module ${p}` });
      else if (!ENGINE_PACKAGES.test(p)) out.push({ file: f.path, rule: 'engine purity', detail: `imports ${p}, not one of the engine's packages (${ENGINE_PACKAGES.source})` });
    }
    for (const name of forbiddenGlobals(f)) out.push({ file: f.path, rule: 'engine purity', detail: `uses the global ${name} (DOM or Node)` });
  }
  return out;
}

/**
 * Names from ENGINE_FORBIDDEN_GLOBALS read as free identifiers: not a property, a key, or a name the
 * file declares itself (a parameter called `window` is the file's own; no scope analysis is needed
 * for the engine's few such names).
 */
function forbiddenGlobals(file: SourceFile): string[] {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const declared = new Set<string>();
  const used = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && ENGINE_FORBIDDEN_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const declares =
        (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent) || ts.isFunctionDeclaration(parent) || ts.isImportSpecifier(parent)) &&
        parent.name === node;
      const isKey =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === node);
      if (declares) declared.add(node.text);
      else if (!isKey) used.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...used].filter((name) => !declared.has(name)).sort();
}

/**
 * Every folder of src/core and src/ui that holds code opens with an index.ts: a doc comment that
 * says the folder's job, then re-exports only. And each element's styles sit beside it.
 */
export function folderViolations(files: readonly SourceFile[]): Violation[] {
  const out: Violation[] = [];
  const byPath = new Map(files.map((f) => [f.path, f]));
  const folders = new Set(files.filter((f) => /^src\/(core|ui)\/.+\//.test(f.path)).map((f) => f.path.slice(0, f.path.lastIndexOf('/'))));
  for (const folder of folders) {
    const index = byPath.get(`${folder}/index.ts`);
    if (!index) {
      out.push({ file: folder, rule: 'folder index', detail: 'has no index.ts saying what the folder is for' });
      continue;
    }
    const doc = /^\/\*\*([\s\S]*?)\*\//.exec(index.text.trimStart());
    if (!doc || doc[1].replace(/[\s*]+/g, ' ').trim().length < 80) {
      out.push({ file: index.path, rule: 'folder index', detail: "does not open with a doc comment of a sentence or more on the folder's job" });
    }
    const source = ts.createSourceFile(index.path, index.text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    if (source.statements.some((s) => !ts.isExportDeclaration(s))) {
      out.push({ file: index.path, rule: 'folder index', detail: 'holds more than re-exports: code belongs in a file named for its job' });
    }
  }
  for (const f of files) {
    if (!f.path.endsWith('.styles.ts') || SHARED_STYLE_FOLDERS.some((d) => f.path.startsWith(`${d}/`))) continue;
    const element = f.path.replace(/\.styles\.ts$/, '.ts');
    if (!byPath.has(element)) out.push({ file: f.path, rule: 'styles beside their element', detail: `has no element ${element} beside it` });
  }
  return out;
}

/** What the phone page (server/phone/, bundled for the browser) may import from npm. */
const PHONE_PACKAGES = /^@lit\/localize$/;

/**
 * The classroom server (server/) reaches the engine through its front door only (src/core/index.ts),
 * never the interface, the workers or the pool; nothing below it imports the server; and its phone
 * page, which runs on a student's phone, uses neither Node nor the server's own modules.
 */
export function serverViolations(files: readonly SourceFile[]): Violation[] {
  const out: Violation[] = [];
  const builtins = new Set(builtinModules);
  for (const f of files) {
    const phone = f.path.startsWith('server/phone/');
    if (f.path.startsWith('server/')) {
      for (const target of f.imports) {
        if (target.startsWith('src/') && target !== 'src/core/index.ts') out.push({ file: f.path, rule: 'server', detail: `imports ${target}: the server uses the engine through src/core/index.ts only` });
        if (phone && target.startsWith('server/') && !target.startsWith('server/phone/')) out.push({ file: f.path, rule: 'server', detail: `imports ${target}: the phone page runs in the browser, apart from the server` });
      }
      if (phone) {
        for (const p of f.packages) {
          if (p.startsWith('node:') || builtins.has(p.split('/')[0])) out.push({ file: f.path, rule: 'server', detail: `imports the Node module ${p} into the phone page` });
          else if (!PHONE_PACKAGES.test(p)) out.push({ file: f.path, rule: 'server', detail: `imports ${p}, not one of the phone page's packages (${PHONE_PACKAGES.source}): it must stay small` });
        }
      }
    } else if (f.path.startsWith('src/')) {
      for (const target of f.imports) if (target.startsWith('server/')) out.push({ file: f.path, rule: 'server', detail: `imports ${target}: src/ never depends on the classroom server` });
    }
  }
  return out;
}
