/**
 * The page's address: the scenario as changes to its preset (src/ui/shell/scenario-url.ts), with the
 * seed always written out, so that `?preset=moscow-2021&seed=2021` reads as it did before
 * scenarios could be edited.
 */
import { encodeScenarioParam } from './scenario-url.ts';

/** The address query for `input` (valid) based on `preset`, `?preset=…&seed=…[&s=…]`. */
export function pageQuery(input: unknown, preset: string): string {
  const params = new URLSearchParams(encodeScenarioParam(input, preset));
  const seed = typeof input === 'object' && input !== null ? (input as { seed?: unknown }).seed : undefined;
  if (!params.has('seed') && typeof seed === 'string' && seed !== '') {
    // Keep the order preset, seed, s.
    const s = params.get('s');
    params.delete('s');
    params.set('seed', seed);
    if (s !== null) params.set('s', s);
  }
  return `?${params.toString()}`;
}

/** `href` with its query replaced by `query` (the fragment is kept). */
export function withQuery(href: string, query: string): string {
  const url = new URL(href);
  url.search = query;
  return url.toString();
}
