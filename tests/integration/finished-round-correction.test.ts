import { describe, expect, it } from 'vitest';
import { ballotNumbers } from '../../shared/format/ballot-numbers';
import { CHAIR_PIN, failure, openTestApp, setUpElection, unwrap, type TestApp } from '../helpers/api';

/**
 * Issue 11, finding 4: a ballot of round 1 found wrong once the tie-break round exists. Round 1
 * (3 seats, base 43, 22 votes needed): An and Bảy elected with 36, Cúc and Duy tied with 22 for
 * the last seat, so round 2 is a tie-break between them.
 */
function tieAndTieBreak(app: TestApp = openTestApp()) {
  const { congressId, electionId } = setUpElection(app, { office: 'dai_bieu', names: ['An', 'Bảy', 'Cúc', 'Duy', 'Em'] });
  const enter = (kept: string[], count: number) => unwrap(app.api.enterBallot({ electionId, kept, count, operator: 'Người nhập' }));
  enter(['c01', 'c02', 'c03'], 17);
  const single = enter(['c01', 'c02', 'c03'], 1);
  enter(['c01', 'c02', 'c04'], 18);
  const stack = enter(['c03', 'c04', 'c05'], 4);
  expect(unwrap(app.api.tally({ electionId }))).toMatchObject({ outcome: 'tie', elected: ['c01', 'c02'], tie: { seats: 1, candidates: ['c03', 'c04'] } });
  const round2 = unwrap(app.api.createNextRound({ pin: CHAIR_PIN, electionId, operator: 'Thư ký' })).electionId;
  return { app, congressId, electionId, round2, single, stack };
}

const eventsOf = (app: TestApp, afterSeq: number) => app.store.listAudit({ afterSeq, limit: 100 }).map((e) => ({ kind: e.kind, electionId: e.electionId, payload: JSON.parse(e.payload) as Record<string, unknown> }));
const head = (app: TestApp) => app.store.lastAuditEvent()?.seq ?? 0;

describe('correcting a ballot of a round whose next round exists', () => {
  it('is refused without the chair’s PIN and a reason, and writes nothing', () => {
    const { app, single } = tieAndTieBreak();
    const before = head(app);
    expect(failure(app.api.correctBallot({ ballotId: single.ballotId, kept: ['c01', 'c02', 'c04'] }))).toMatchObject({ code: 'PIN_REQUIRED', path: 'pin', message: expect.stringContaining('đã kết thúc') });
    expect(failure(app.api.correctBallot({ ballotId: single.ballotId, kept: ['c01', 'c02', 'c04'], pin: CHAIR_PIN }))).toMatchObject({ code: 'INVALID_INPUT', path: 'reason' });
    expect(failure(app.api.correctBallot({ ballotId: single.ballotId, kept: ['c01', 'c99'], pin: CHAIR_PIN, reason: 'Đọc nhầm' }))).toMatchObject({ code: 'INVALID_INPUT', path: 'kept[1]' });
    expect(head(app)).toBe(before);
    // Entering or voiding stays closed: only a correction, behind the PIN.
    expect(failure(app.api.voidBallot({ ballotId: single.ballotId }))).toMatchObject({ code: 'ELECTION_LOCKED' });
  });

  it('counts a wrong PIN as unlocking does, and changes nothing', () => {
    const { app, electionId, single } = tieAndTieBreak();
    const before = head(app);
    expect(failure(app.api.correctBallot({ ballotId: single.ballotId, kept: ['c01', 'c02', 'c04'], pin: '000000', reason: 'Đọc nhầm', operator: 'Trưởng ban' }))).toMatchObject({ code: 'WRONG_PIN' });
    expect(eventsOf(app, before)).toEqual([{ kind: 'pin.attempt_failed', electionId, payload: expect.objectContaining({ action: 'correct_finished_round', failures: 1, reason: 'Đọc nhầm' }) }]);
    expect(app.store.getChairPinFailures(1)?.failures).toBe(1);
    expect(unwrap(app.api.ballotHistory({ ballotId: single.ballotId }))).toHaveLength(1);
    expect(unwrap(app.api.verifyAudit({})).sound).toBe(true);
  });

  it('when the outcome stays the same: records the correction, seals the round anew, and the next round stands', () => {
    const { app, electionId, round2, stack } = tieAndTieBreak();
    const fingerprint = unwrap(app.api.tally({ electionId })).fingerprint;
    const before = head(app);
    const corrected = unwrap(app.api.correctBallot({ ballotId: stack.ballotId, kept: ['c03', 'c04'], pin: CHAIR_PIN, reason: 'Chồng 4 phiếu không bầu Em', operator: 'Trưởng ban' }));
    expect(ballotNumbers(corrected)).toBe(ballotNumbers(stack));
    expect(corrected.roundCorrection).toMatchObject({ outcomeChanged: false, changes: [], voidedRounds: [] });
    expect(corrected.roundCorrection?.fingerprint).not.toBe(fingerprint);
    expect(eventsOf(app, before).map((e) => e.kind)).toEqual(['ballot.corrected', 'election.locked']);
    expect(eventsOf(app, before)[0]?.payload).toMatchObject({ finishedRound: { reason: 'Chồng 4 phiếu không bầu Em', outcomeChanged: false, voidedRounds: [] } });
    expect(unwrap(app.api.getElection({ electionId }))).toMatchObject({ status: 'locked', continuations: [{ id: round2 }], voidedContinuations: [] });
    expect(unwrap(app.api.getElection({ electionId: round2 })).voided).toBeNull();
    unwrap(app.api.enterBallot({ electionId: round2, kept: ['c03'] }));
    expect(unwrap(app.api.verifyAudit({}))).toMatchObject({ sound: true, differences: [] });
  });

  it('when the outcome changes: the next round is voided, audited with what changed, and must be held again', () => {
    const { app, congressId, electionId, round2, single } = tieAndTieBreak();
    unwrap(app.api.enterBallot({ electionId: round2, kept: ['c03'], count: 20 }));
    const before = head(app);
    const corrected = unwrap(app.api.correctBallot({ ballotId: single.ballotId, kept: ['c01', 'c02', 'c04'], pin: CHAIR_PIN, reason: 'Phiếu số 18 đọc nhầm Cúc thành Duy', operator: 'Trưởng ban' }));
    expect(corrected.roundCorrection).toMatchObject({ outcomeChanged: true, voidedRounds: [{ electionId: round2 }] });
    expect(corrected.roundCorrection?.changes).toEqual(expect.arrayContaining(['nay trúng cử: Duy', 'không còn bằng phiếu']));
    expect(unwrap(app.api.tally({ electionId }))).toMatchObject({ outcome: 'complete', elected: ['c01', 'c02', 'c04'] });

    const events = eventsOf(app, before);
    expect(events.map((e) => [e.kind, e.electionId])).toEqual([['ballot.corrected', electionId], ['election.locked', electionId], ['round.voided', round2]]);
    expect(events[2]?.payload).toMatchObject({ continues: electionId, ballot: { number: 18, lastNumber: 18 }, before: { outcome: 'tie' }, after: { outcome: 'complete' }, changes: expect.arrayContaining(['nay trúng cử: Duy']) });

    const voided = unwrap(app.api.getElection({ electionId: round2 }));
    expect(voided.voided).toMatchObject({ reason: expect.stringContaining('Phiếu số 18 đọc nhầm Cúc thành Duy'), operator: 'Trưởng ban' });
    expect(failure(app.api.enterBallot({ electionId: round2, kept: ['c03'] }))).toMatchObject({ code: 'ROUND_VOIDED' });
    expect(failure(app.api.lockElection({ pin: CHAIR_PIN, electionId: round2 }))).toMatchObject({ code: 'ROUND_VOIDED' });
    expect(unwrap(app.api.getCongress({ congressId })).elections.map((e) => [e.id, e.voided])).toEqual([[electionId, false], [round2, true]]);
    // Round 1 no longer has a round after it: its own outcome now decides (complete: no next round).
    expect(unwrap(app.api.getElection({ electionId }))).toMatchObject({ continuations: [], voidedContinuations: [{ id: round2, voided: true }] });
    expect(failure(app.api.createNextRound({ pin: CHAIR_PIN, electionId }))).toMatchObject({ code: 'NO_NEXT_ROUND' });
    expect(unwrap(app.api.verifyAudit({}))).toMatchObject({ sound: true, differences: [] });
  });

  it('the integrity check rebuilds a voided round from the log, and notices one voided behind the log’s back', () => {
    const { app, round2, single } = tieAndTieBreak();
    unwrap(app.api.correctBallot({ ballotId: single.ballotId, kept: ['c01', 'c02', 'c04'], pin: CHAIR_PIN, reason: 'Đọc nhầm' }));
    expect(unwrap(app.api.verifyAudit({})).sound).toBe(true);
    expect(app.store.getVoidedRound(round2)).not.toBeNull();

    const other = tieAndTieBreak();
    other.app.store.insertVoidedRound({ electionId: other.round2, reason: 'sửa ngoài chương trình', operator: '', voidedAt: 'x' });
    expect(unwrap(other.app.api.verifyAudit({}))).toMatchObject({ sound: false, differences: [expect.objectContaining({ electionId: other.round2, field: 'voided' })] });
  });

  it('a voided round stays voided through the congress file, and a locked round without a next round still needs unlocking', () => {
    const { app, congressId, electionId, single } = tieAndTieBreak();
    unwrap(app.api.correctBallot({ ballotId: single.ballotId, kept: ['c01', 'c02', 'c04'], pin: CHAIR_PIN, reason: 'Đọc nhầm' }));
    const text = unwrap(app.api.exportCongressFile({ congressId })).text;
    const again = openTestApp(undefined, { idPrefix: 'lai' });
    const loaded = unwrap(again.api.importCongressFile({ content: text }));
    const elections = unwrap(again.api.getCongress({ congressId: loaded.congressId })).elections;
    expect(elections.map((e) => e.voided)).toEqual([false, true]);
    expect(unwrap(again.api.verifyAudit({})).sound).toBe(true);
    // Round 1 has no round after it any more: a further correction goes through unlocking, as for any locked election.
    const current = unwrap(app.api.listBallots({ electionId, number: 18 })).ballots[0]!;
    expect(failure(app.api.correctBallot({ ballotId: current.ballotId, kept: ['c01', 'c02', 'c03'], pin: CHAIR_PIN, reason: 'x' }))).toMatchObject({ code: 'ELECTION_LOCKED' });
  });
});
