/** The phone page's own look at the published ledger: its ballot found, changed, missing, or joined by one in its name. */
import { describe, expect, it } from 'vitest';
import { ownBallotProblems, type PhoneState } from '../server/phone/phone-api.ts';

const me = 'aa'.repeat(8);
const other = 'bb'.repeat(8);
const phone: PhoneState = { code: 'ABCDEF', token: 't', group: 1, checker: true, pseudonym: me, receipts: [{ index: 0, hash: '', code: '', choice: 1 }, { index: 2, hash: '', code: '', choice: 2 }] };
const ledger = (tokens: string[], choice: number[]) => ({ ledger: { count: tokens.length, tokens: tokens.join(''), choice } });

describe('the phone reading the published ledger', () => {
  it('finds its last ballot as cast, and nothing else in its name', () => {
    expect(ownBallotProblems(ledger([me, other, me], [1, 0, 2]), phone)).toEqual([]);
  });
  it('sees its ballot changed, missing, or another cast in its name', () => {
    expect(ownBallotProblems(ledger([me, other, me], [1, 0, 0]), phone)).toEqual([{ kind: 'changed', index: 2, found: 0 }]);
    expect(ownBallotProblems(ledger([me, other, other], [1, 0, 2]), phone)).toEqual([{ kind: 'missing', index: 2 }]);
    expect(ownBallotProblems(ledger([me, other, me, me], [1, 0, 2, 0]), phone)).toEqual([{ kind: 'extra', index: 3 }]);
    expect(ownBallotProblems({ ledger: null }, phone)).toEqual([{ kind: 'missing', index: 2 }]);
  });
});
