/**
 * What an observer outside the operator knows of each preset: the city, how its election was run
 * and what was published, never what was done to it in secret (nor that nothing was). The page
 * shows these until the teacher view or "Reveal" asks for the truth, which is the preset's own
 * description. Twins (an honest city and its rigged copy) read word for word the same, as they would
 * to an observer: telling them apart is the class's work.
 */
const CLASSROOM = 'A small city of five districts and 150,000 voters: small enough to re-run instantly, large enough for statistics. Two paper leads are close enough for the online count to reverse.';
const MOSCOW =
  'Moscow’s 15 single-member districts in the September 2021 Duma vote. Paper leads for the opposition are reversed when online results arrive the next afternoon. Verifiability as in Moscow: the ledger is visible, but re-vote resolution is private, no checkpoints are published, and voters check receipts only while voting.';
const MOSCOW_AUDITED =
  'The Moscow city with verifiability: public re-vote resolution, hourly signed checkpoints, 3 % of online registrants checking their receipts after the results, and every paper ballot recounted by hand by observers.';
const CLASSROOM_E2E =
  'The classroom city with end-to-end verifiable online voting (as in Helios, Belenios, ElectionGuard): every online ballot encrypted with proofs, an encrypted tally decrypted by 2 of 3 trustees, 5 % of ballots challenged by their voters, public re-vote resolution, a checkpoint at the close, 2 % of registrants checking their receipts after the results, and every paper ballot recounted by hand.';

export const OBSERVER_DESCRIPTIONS: Readonly<Record<string, string>> = {
  classroom: CLASSROOM,
  'classroom-rigged': CLASSROOM,
  'classroom-injected': 'The classroom city. Ballots carry one-time tokens; 3 % of online registrants check their receipts after the results. The operator publishes the online result once.',
  'classroom-rewritten': 'The classroom city with its online ledger hash-chained and signed by the operator. 3 % of online registrants check their receipts, right after voting.',
  'classroom-substituted': 'The classroom city. Only 0.2 % of online registrants check their receipts, after the results.',
  'classroom-coerced': 'The classroom city where employers take the receipts of the voters they pressure and look them up after the results. 3 % of online registrants check their receipts after the results.',
  'classroom-protocols': 'The classroom city. Precinct protocols are published; nobody recounts the paper.',
  'moscow-2021': MOSCOW,
  'moscow-2021-rigged': MOSCOW,
  'moscow-2021-audited': MOSCOW_AUDITED,
  'moscow-2021-rigged-audited': MOSCOW_AUDITED,
  'classroom-e2e': CLASSROOM_E2E,
  'classroom-e2e-cheating-client': CLASSROOM_E2E,
};

/** The cities an observer can be told of, by the title the page gives them. */
export type ObserverCity = 'classroom' | 'moscow' | 'moscow-audited' | 'classroom-e2e';

/**
 * The observer's name for each preset whose description hides something: its city and a letter. The
 * ids ("classroom-rigged") say what was done, so the page shows these instead until "Reveal" or the
 * teacher view. The letters are dealt by hand so that no letter means honest (twins included).
 */
export const OBSERVER_TITLES: Readonly<Record<string, { readonly city: ObserverCity; readonly letter: string }>> = {
  'classroom-rigged': { city: 'classroom', letter: 'A' },
  'classroom-coerced': { city: 'classroom', letter: 'B' },
  'classroom-rewritten': { city: 'classroom', letter: 'C' },
  classroom: { city: 'classroom', letter: 'D' },
  'classroom-protocols': { city: 'classroom', letter: 'E' },
  'classroom-injected': { city: 'classroom', letter: 'F' },
  'classroom-substituted': { city: 'classroom', letter: 'G' },
  'moscow-2021-rigged': { city: 'moscow', letter: 'A' },
  'moscow-2021': { city: 'moscow', letter: 'B' },
  'moscow-2021-audited': { city: 'moscow-audited', letter: 'A' },
  'moscow-2021-rigged-audited': { city: 'moscow-audited', letter: 'B' },
  'classroom-e2e-cheating-client': { city: 'classroom-e2e', letter: 'A' },
  'classroom-e2e': { city: 'classroom-e2e', letter: 'B' },
};

/** What an observer is told of preset `name` (its description where nothing about it is hidden). */
export function observerDescription(name: string, description: string): string {
  return Object.hasOwn(OBSERVER_DESCRIPTIONS, name) ? OBSERVER_DESCRIPTIONS[name] : description;
}

/** Whether the preset's own description says more than an observer could know. */
export function hidesTruth(name: string, description: string): boolean {
  return observerDescription(name, description) !== description;
}
