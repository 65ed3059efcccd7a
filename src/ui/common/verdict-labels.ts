/**
 * Words for the engine's verdicts, checks and attacks, the same on every panel of the page. Each
 * status has a word and a symbol, so that no meaning rests on colour alone.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import { schemaText } from '../../i18n/schema-text.ts';
import { fieldAt, scenarioSchema, type AttackKind, type CheckName, type Evidence, type Verdict } from '../../core/index.ts';

export type VerdictStatus = Verdict['status'];

/** The verdicts' words, in the language in use. */
export const verdictLabels = (): Record<VerdictStatus, string> => ({
  verified: msg('Verified'),
  unverifiable: msg('Unverifiable'),
  'tampering-detected': msg('Tampering detected'),
});

/** Symbols beside the words (hidden from screen readers, which read the words). */
export const VERDICT_SYMBOLS: Record<VerdictStatus, string> = {
  verified: '✓',
  unverifiable: '?',
  'tampering-detected': '✗',
};

/** Short class names for the statuses' styles. */
export const VERDICT_CLASSES: Record<VerdictStatus, string> = {
  verified: 'verified',
  unverifiable: 'unverifiable',
  'tampering-detected': 'tampering',
};

/** The checks' names, in the language in use. */
export const checkLabels = (): Record<CheckName, string> => ({
  declaration: msg('The record keeps what the operator declared it publishes'),
  'operator-recount': msg('The operator’s recount of its own database'),
  'release-consistency': msg('Online releases agree with each other'),
  'published-sum': msg('Published totals add up'),
  'checkpoint-signatures': msg('Signatures on the checkpoints'),
  'chain-walk': msg('Hash chain against the checkpoints'),
  'ledger-recount': msg('Ballots counted from the published ledger'),
  'revote-resolution': msg('Re-vote rule re-applied to the ledger'),
  eligibility: msg('No more ballots than eligible voters'),
  receipts: msg('Voters check their receipts'),
  'paper-recount': msg('Paper ballots recounted by hand'),
  'paper-audit': msg('Paper outcome audited (BRAVO, risk-limiting)'),
  'ballot-proofs': msg('Ballot proofs: every encrypted ballot holds one valid vote'),
  'homomorphic-tally': msg('Homomorphic tally: the encrypted tally sums exactly the counted ballots'),
  'trustee-decryptions': msg('Trustee decryptions: each partial decryption proven, the counts decrypted'),
  'spoiled-ballots': msg('Spoiled ballots: each challenged ballot opens as revealed'),
  challenges: msg('Voters challenge their voting app (Benaloh)'),
});

const whenLabels = (): Record<NonNullable<Evidence['when']>, string> => ({
  'during-voting': msg('right after voting'),
  'after-publication': msg('after the results'),
});

/** "Voters check their receipts (after the results)". */
export function checkLabel(check: CheckName, when?: Evidence['when']): string {
  const label = checkLabels()[check];
  return when ? `${label} (${whenLabels()[when]})` : label;
}

export const evidenceLabels = (): Record<Evidence['status'], string> => ({
  passed: msg('PASS'),
  failed: msg('FAIL'),
  'not-possible': msg('not possible'),
});

export const EVIDENCE_SYMBOLS: Record<Evidence['status'], string> = {
  passed: '✓',
  failed: '✗',
  'not-possible': '–',
};

/** What an attack kind does, in the scenario schema's own words, in the language in use. */
export function attackLabel(kind: AttackKind): string {
  const field = fieldAt(scenarioSchema, 'adversary.attacks[0].kind');
  const labels = field?.kind === 'enum' ? (field.labels as Readonly<Record<string, string>> | undefined) : undefined;
  return labels?.[kind] ? schemaText(labels[kind]) : kind;
}

/** A status badge: symbol and word, styled by `badgeStyles`. */
export function verdictBadge(status: VerdictStatus, text: string = verdictLabels()[status]) {
  return html`<span class="badge ${VERDICT_CLASSES[status]}"><span class="symbol" aria-hidden="true">${VERDICT_SYMBOLS[status]}</span> ${text}</span>`;
}

/**
 * A PASS / FAIL / not possible tag, styled by `badgeStyles`. `muted`: a check only the operator can
 * make, whose PASS is drawn in grey so that it does not look like evidence.
 */
export function evidenceTag(status: Evidence['status'], text: string = evidenceLabels()[status], muted = false) {
  const cls = muted || status === 'not-possible' ? 'unverifiable' : status === 'passed' ? 'verified' : 'tampering';
  return html`<span class="badge tag ${cls}"><span class="symbol" aria-hidden="true">${EVIDENCE_SYMBOLS[status]}</span> ${text}</span>`;
}
