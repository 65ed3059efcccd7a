/**
 * The page's address holds the scenario and seed (`?preset=moscow-2021&seed=abc`), so a run can be
 * shared as a link. Reading never fails: an unknown preset falls back to the default, and says so.
 */
export interface PageParams {
  readonly preset: string;
  /** The seed from the address; empty when it names none (the preset's own seed is used). */
  readonly seed: string;
  /** The preset the address asked for when it is not one we know (shown to the user), else undefined. */
  readonly unknownPreset?: string;
}

export function readPageParams(search: string, known: readonly string[], fallback: string): PageParams {
  const params = new URLSearchParams(search);
  const asked = params.get('preset');
  const seed = params.get('seed') ?? '';
  if (asked === null || asked === '') return { preset: fallback, seed };
  if (known.includes(asked)) return { preset: asked, seed };
  return { preset: fallback, seed, unknownPreset: asked };
}

/** The same address with `preset` and `seed` set (other parameters and the fragment are kept). */
export function withPageParams(href: string, preset: string, seed: string): string {
  const url = new URL(href);
  url.searchParams.set('preset', preset);
  url.searchParams.set('seed', seed);
  return url.toString();
}
