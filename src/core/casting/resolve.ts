/**
 * Postponed votes: which of a voter's ballots counts under the scenario's re-vote policy.
 * Runs on whatever ballot table it is given, so the same rule gives the truth (on the ballots
 * voters cast) and the published count (on the ballots the operator stores).
 */
import type { BallotTable } from './ballots.ts';
import { VoterStatus } from './casting.ts';
import type { RevotePolicy } from '../scenario/scenario.ts';

/** What happened to one online ballot. */
export const BallotState = {
  counted: 0,
  /** A later online ballot of the same voter counts instead (last-online, paper-overrides). */
  superseded: 1,
  /** The voter also voted on paper, which cancels every online ballot (paper-overrides). */
  cancelledByPaper: 2,
  /** A repeat ballot where re-voting is not allowed: the first one counts (none). */
  rejectedRepeat: 3,
} as const;
export type BallotState = (typeof BallotState)[keyof typeof BallotState];

/** What each state is called in the page and the docs. */
export const BALLOT_STATE_LABELS = {
  [BallotState.counted]: 'counted',
  [BallotState.superseded]: 'superseded',
  [BallotState.cancelledByPaper]: 'cancelled by paper',
  [BallotState.rejectedRepeat]: 'rejected repeat',
} as const;
export type BallotStateLabel = (typeof BALLOT_STATE_LABELS)[BallotState];

/** The state of every ballot, by row of the (ledger-ordered) table. */
export function resolveBallots(ballots: Pick<BallotTable, 'count' | 'voter'>, voterStatus: Uint8Array, policy: RevotePolicy): Uint8Array {
  const n = ballots.count;
  const state = new Uint8Array(n);
  const seen = new Uint8Array((voterStatus.length >>> 3) + 1);
  const voter = ballots.voter;
  if (policy === 'none') {
    // First ballot counts: walk forward.
    for (let i = 0; i < n; i++) {
      const v = voter[i];
      const bit = 1 << (v & 7);
      if (seen[v >>> 3] & bit) state[i] = BallotState.rejectedRepeat;
      else seen[v >>> 3] |= bit;
    }
    return state;
  }
  const paperCancels = policy === 'paper-overrides';
  // Last ballot counts: walk backward, the first sighting of a voter is their last ballot.
  for (let i = n - 1; i >= 0; i--) {
    const v = voter[i];
    if (paperCancels && voterStatus[v] & VoterStatus.votedPaper) {
      state[i] = BallotState.cancelledByPaper;
      continue;
    }
    const bit = 1 << (v & 7);
    if (seen[v >>> 3] & bit) state[i] = BallotState.superseded;
    else seen[v >>> 3] |= bit;
  }
  return state;
}
