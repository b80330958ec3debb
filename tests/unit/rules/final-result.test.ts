import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Office } from '../../../shared/domain';
import { finalResults, type RoundOfOffice } from '../../../shared/rules/final-result';
import { proposeNextRound } from '../../../shared/rules/next-round';
import { decideOutcome } from '../../../shared/rules/outcome';

/** A round whose tally is decided by the rules from the votes given (ballot order = the order given). */
function round(id: string, n: number, seats: number, votes: Record<string, number>, extra: Partial<RoundOfOffice> & { office?: Office; base?: number; requireMajority?: boolean } = {}): RoundOfOffice {
  const candidates = Object.entries(votes).map(([cid, v]) => ({ id: cid, votes: v }));
  const outcome = decideOutcome({ candidates, seats, base: extra.base ?? 118, requireMajority: extra.requireMajority ?? true });
  return {
    id,
    continues: extra.continues ?? null,
    voided: extra.voided ?? false,
    locked: extra.locked ?? true,
    tally: {
      office: extra.office ?? 'cap_uy',
      seats,
      round: n,
      candidates: candidates.map((c) => ({ id: c.id, name: `Tên ${c.id}`, votes: c.votes, percent: '', status: outcome.status[c.id] ?? 'not_elected' })),
      elected: outcome.elected,
      tie: outcome.tie,
      unfilledSeats: outcome.unfilledSeats,
    },
  };
}

/** 16 names for 14 seats, base 118 (60 votes needed): 13 elected, c14 and c15 tied at 70 for the 14th. */
const round1Votes: Record<string, number> = Object.fromEntries([...Array.from({ length: 13 }, (_, i) => [`c${String(i + 1).padStart(2, '0')}`, 110 - i]), ['c14', 70], ['c15', 70], ['c16', 40]]);
const round1 = round('bch', 1, 14, round1Votes);
const r1Elected = Array.from({ length: 13 }, (_, i) => `c${String(i + 1).padStart(2, '0')}`);

describe('the final result of an office, worked examples', () => {
  it('round 1 ties for the 14th seat, the tie-break elects one: 14 elected, round 1 first, none unfilled, final', () => {
    expect(round1.tally.tie).toEqual({ seats: 1, candidates: ['c14', 'c15'] });
    const [final] = finalResults([round1, round('bch-2', 2, 1, { c14: 80, c15: 36 }, { continues: 'bch' })]);
    expect(final?.rounds).toEqual(['bch', 'bch-2']);
    expect(final?.seats).toBe(14);
    expect(final?.elected.map((e) => e.id)).toEqual([...r1Elected, 'c14']);
    expect(final?.elected.map((e) => e.round)).toEqual([...r1Elected.map(() => 'bch'), 'bch-2']);
    expect(final?.elected[13]).toEqual({ id: 'c14', name: 'Tên c14', votes: 80, round: 'bch-2', roundNumber: 2 });
    expect(final?.elected[0]).toEqual({ id: 'c01', name: 'Tên c01', votes: 110, round: 'bch', roundNumber: 1 });
    expect(final?.unfilledSeats).toBe(0);
    expect(final?.tie).toBeNull();
    expect(final?.final).toBe(true);
  });

  it('a tie-break that elects nobody (no one more than half): 13 elected, 1 unfilled', () => {
    const [final] = finalResults([round1, round('bch-2', 2, 1, { c14: 50, c15: 45 }, { continues: 'bch' })]);
    expect(final?.elected).toHaveLength(13);
    expect(final?.unfilledSeats).toBe(1);
    expect(final?.tie).toBeNull();
    expect(final?.final).toBe(true);
  });

  it('a voided tie-break contributes nothing: round 1 only, with its tie pending, provisional', () => {
    const voided = round('bch-2', 2, 1, { c14: 80, c15: 36 }, { continues: 'bch', voided: true });
    const after = round('bch-3', 3, 1, { c14: 90, c15: 20 }, { continues: 'bch-2' });
    const [final] = finalResults([round1, voided, after]);
    expect(final?.rounds).toEqual(['bch']);
    expect(final?.elected.map((e) => e.id)).toEqual(r1Elected);
    expect(final?.tie).toEqual({ seats: 1, candidates: [{ id: 'c14', name: 'Tên c14', votes: 70 }, { id: 'c15', name: 'Tên c15', votes: 70 }] });
    expect(final?.unfilledSeats).toBe(0);
    expect(final?.final).toBe(false);
  });

  it('the tie-break held again after the voided one counts', () => {
    const voided = round('bch-2', 2, 1, { c14: 80, c15: 36 }, { continues: 'bch', voided: true });
    const again = round('bch-2b', 2, 1, { c14: 30, c15: 85 }, { continues: 'bch' });
    const [final] = finalResults([round1, voided, again]);
    expect(final?.rounds).toEqual(['bch', 'bch-2b']);
    expect(final?.elected.at(-1)).toMatchObject({ id: 'c15', votes: 85, round: 'bch-2b' });
  });

  it('bầu bổ sung: a shortfall of 2, a further round fills 1, another fills the last', () => {
    const short = round('db', 1, 5, { a: 90, b: 80, c: 70, d: 50, e: 40, f: 30 }, { office: 'dai_bieu' });
    expect(short.tally.unfilledSeats).toBe(2);
    const further = round('db-2', 2, 2, { d: 65, e: 55, f: 20 }, { continues: 'db', office: 'dai_bieu' });
    const [mid] = finalResults([short, further]);
    expect(mid?.elected.map((e) => `${e.id}@${e.roundNumber}`)).toEqual(['a@1', 'b@1', 'c@1', 'd@2']);
    expect(mid?.unfilledSeats).toBe(1);
    const last = round('db-3', 3, 1, { e: 61, f: 40 }, { continues: 'db-2', office: 'dai_bieu', locked: false });
    const [end] = finalResults([short, further, last]);
    expect(end?.elected.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(end?.unfilledSeats).toBe(0);
    expect(end?.openRounds).toEqual(['db-3']);
    expect(end?.final).toBe(false);
  });

  it('a round still open makes the office provisional; one result per first round, in their order', () => {
    const bt = round('bt', 1, 3, { x: 100, y: 90, z: 80, w: 10 }, { office: 'ban_thuong_vu', locked: false });
    const results = finalResults([bt, round1]);
    expect(results.map((r) => [r.first, r.office, r.seats, r.final])).toEqual([
      ['bt', 'ban_thuong_vu', 3, false],
      ['bch', 'cap_uy', 14, false],
    ]);
    expect(results[0]?.openRounds).toEqual(['bt']);
  });
});

/** A chain as the rules make it: each next round the one proposed after the one before. */
const chainArb = fc
  .record({
    seats: fc.integer({ min: 1, max: 15 }),
    extra: fc.integer({ min: 0, max: 5 }),
    base: fc.integer({ min: 5, max: 60 }),
    rounds: fc.integer({ min: 1, max: 4 }),
    seed: fc.array(fc.nat({ max: 60 }), { minLength: 100, maxLength: 100 }),
    locked: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    voidAt: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
  })
  .map(({ seats, extra, base, rounds: wanted, seed, locked, voidAt }) => {
    let k = 0;
    const vote = () => (seed[k++ % seed.length] as number) % (base + 1);
    const names = Array.from({ length: seats + extra }, (_, i) => `p${i}`);
    const chain: RoundOfOffice[] = [round('r1', 1, seats, Object.fromEntries(names.map((id) => [id, vote()])), { base, locked: locked[0] as boolean })];
    for (let n = 2; n <= wanted; n++) {
      const before = chain[chain.length - 1] as RoundOfOffice;
      const status = Object.fromEntries(before.tally.candidates.map((c) => [c.id, c.status]));
      const proposal = proposeNextRound('cap_uy', before.tally.candidates.map((c) => c.id), { ...before.tally, status, outcome: 'complete' });
      if (proposal === null || proposal.candidateIds.length === 0) break;
      chain.push(round(`r${n}`, n, proposal.seats, Object.fromEntries(proposal.candidateIds.map((id) => [id, vote()])), { base, continues: before.id, locked: locked[n - 1] as boolean }));
    }
    return { chain, voidAt: voidAt !== null && voidAt < chain.length ? voidAt : null };
  });

describe('the final result of an office, properties', () => {
  it('elected, the tie awaited and the seats unfilled make up the seats; nobody is elected twice; round 1 comes first', () => {
    fc.assert(
      fc.property(chainArb, ({ chain }) => {
        const [final] = finalResults(chain);
        if (!final) throw new Error('no result');
        expect(final.rounds).toEqual(chain.map((r) => r.id));
        expect(final.elected.length + (final.tie?.seats ?? 0) + final.unfilledSeats).toBe(final.seats);
        expect(new Set(final.elected.map((e) => e.id)).size).toBe(final.elected.length);
        expect(final.elected.slice(0, chain[0]?.tally.elected.length).map((e) => e.id)).toEqual(chain[0]?.tally.elected);
        const roundOrder = final.elected.map((e) => e.roundNumber);
        expect(roundOrder).toEqual([...roundOrder].sort((a, b) => a - b));
        expect(final.final).toBe(chain.every((r) => r.locked) && chain.at(-1)?.tally.tie === null);
      }),
    );
  });

  it('a voided round and the rounds after it change nothing: the result is that of the rounds before it', () => {
    fc.assert(
      fc.property(chainArb, ({ chain, voidAt }) => {
        fc.pre(voidAt !== null);
        const at = voidAt as number;
        const withVoided = chain.map((r, i) => (i === at ? { ...r, voided: true } : r));
        expect(finalResults(withVoided)).toEqual(finalResults(chain.slice(0, at)));
      }),
    );
  });
});
