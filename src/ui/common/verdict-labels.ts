/**
 * Words for the engine's verdicts, checks and attacks, the same on every panel of the page. Each
 * status has a word and a symbol, so that no meaning rests on colour alone.
 */
import { html } from 'lit';
import { fieldAt, scenarioSchema, type AttackKind, type CheckName, type Evidence, type Verdict } from '../../core/index.ts';

export type VerdictStatus = Verdict['status'];

export const VERDICT_LABELS: Record<VerdictStatus, string> = {
  verified: 'Verified',
  unverifiable: 'Unverifiable',
  'tampering-detected': 'Tampering detected',
};

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

export const CHECK_LABELS: Record<CheckName, string> = {
  declaration: 'The record keeps what the operator declared it publishes',
  'operator-recount': 'The operator’s recount of its own database',
  'release-consistency': 'Online releases agree with each other',
  'published-sum': 'Published totals add up',
  'checkpoint-signatures': 'Signatures on the checkpoints',
  'chain-walk': 'Hash chain against the checkpoints',
  'ledger-recount': 'Ballots counted from the published ledger',
  'revote-resolution': 'Re-vote rule re-applied to the ledger',
  eligibility: 'No more ballots than eligible voters',
  receipts: 'Voters check their receipts',
  'paper-recount': 'Paper ballots recounted by hand',
  'paper-audit': 'Paper outcome audited (BRAVO, risk-limiting)',
  'ballot-proofs': 'Ballot proofs: every encrypted ballot holds one valid vote',
  'homomorphic-tally': 'Homomorphic tally: the encrypted tally sums exactly the counted ballots',
  'trustee-decryptions': 'Trustee decryptions: each partial decryption proven, the counts decrypted',
  'spoiled-ballots': 'Spoiled ballots: each challenged ballot opens as revealed',
  challenges: 'Voters challenge their voting app (Benaloh)',
};

const WHEN_LABELS: Record<NonNullable<Evidence['when']>, string> = {
  'during-voting': 'right after voting',
  'after-publication': 'after the results',
};

/** "Voters check their receipts (after the results)". */
export function checkLabel(check: CheckName, when?: Evidence['when']): string {
  return when ? `${CHECK_LABELS[check]} (${WHEN_LABELS[when]})` : CHECK_LABELS[check];
}

export const EVIDENCE_LABELS: Record<Evidence['status'], string> = {
  passed: 'PASS',
  failed: 'FAIL',
  'not-possible': 'not possible',
};

export const EVIDENCE_SYMBOLS: Record<Evidence['status'], string> = {
  passed: '✓',
  failed: '✗',
  'not-possible': '–',
};

/** What an attack kind does, in the scenario schema's own words. */
export function attackLabel(kind: AttackKind): string {
  const field = fieldAt(scenarioSchema, 'adversary.attacks[0].kind');
  const labels = field?.kind === 'enum' ? (field.labels as Readonly<Record<string, string>> | undefined) : undefined;
  return labels?.[kind] ?? kind;
}

/** A status badge: symbol and word, styled by `badgeStyles`. */
export function verdictBadge(status: VerdictStatus, text: string = VERDICT_LABELS[status]) {
  return html`<span class="badge ${VERDICT_CLASSES[status]}"><span class="symbol" aria-hidden="true">${VERDICT_SYMBOLS[status]}</span> ${text}</span>`;
}

/**
 * A PASS / FAIL / not possible tag, styled by `badgeStyles`. `muted`: a check only the operator can
 * make, whose PASS is drawn in grey so that it does not look like evidence.
 */
export function evidenceTag(status: Evidence['status'], text: string = EVIDENCE_LABELS[status], muted = false) {
  const cls = muted || status === 'not-possible' ? 'unverifiable' : status === 'passed' ? 'verified' : 'tampering';
  return html`<span class="badge tag ${cls}"><span class="symbol" aria-hidden="true">${EVIDENCE_SYMBOLS[status]}</span> ${text}</span>`;
}
