/** Fresh instances of source modules, for tests of what a module does where a global (WebAssembly) is missing. */
import { fileURLToPath } from 'node:url';

let copies = 0;

/**
 * A fresh instance of the module at `url`, which reads the globals as they stand now. Its query string
 * gives it an id of its own, so no other module is loaded again (vi.resetModules would reload them all,
 * for every file that shares this worker, and lit-localize refuses to be configured twice).
 */
export function freshCopy<T>(url: URL): Promise<T> {
  return import(/* @vite-ignore */ `${fileURLToPath(url)}?fresh=${++copies}`) as Promise<T>;
}
