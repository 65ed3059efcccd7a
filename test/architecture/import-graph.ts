/**
 * The project's import graph, read from the sources with TypeScript's own pre-processor: every
 * static, side-effect, type-only and dynamic import, plus the worker scripts a file starts
 * (`new URL('./x.worker.ts', import.meta.url)`), which are dependencies as real as imports.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

export interface SourceFile {
  /** Repo-relative, with forward slashes. */
  readonly path: string;
  readonly text: string;
  /** Repo-relative paths of the project's files it depends on. */
  readonly imports: readonly string[];
  /** Bare specifiers: packages and built-in modules (`lit`, `node:fs`). */
  readonly packages: readonly string[];
}

const WORKER_URL = /new\s+URL\(\s*(['"])(\.{1,2}\/[^'"]+\.ts)\1\s*,\s*import\.meta\.url\s*\)/g;

/** Every .ts file below `dirs` (repo-relative), with its dependencies. */
export function readSources(root: string, dirs: readonly string[]): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(join(root, dir)).sort()) {
      const path = posix.join(dir, name);
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(readSource(root, path));
    }
  };
  for (const dir of dirs) walk(dir);
  return out;
}

function readSource(root: string, path: string): SourceFile {
  const text = readFileSync(join(root, path), 'utf8');
  const specifiers = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  for (const m of text.matchAll(WORKER_URL)) specifiers.push(m[2]);
  const imports: string[] = [];
  const packages: string[] = [];
  for (const s of specifiers) {
    if (s.startsWith('.')) imports.push(posix.normalize(posix.join(posix.dirname(path), s)));
    else packages.push(s);
  }
  return { path, text, imports: [...new Set(imports)], packages: [...new Set(packages)] };
}

/**
 * Every import cycle, as the files of each strongly connected component of more than one file (or
 * a file importing itself), in Tarjan's order. Empty when the graph is a DAG.
 */
export function importCycles(files: readonly SourceFile[]): string[][] {
  const graph = new Map(files.map((f) => [f.path, f.imports]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}
