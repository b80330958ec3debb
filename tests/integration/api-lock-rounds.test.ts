import { describe, expect, it } from 'vitest';
import { titleWithRound } from '../../shared/minutes/wording';
import { ballotsForVotes } from '../helpers/elections';
import { flatText, pdfPages } from '../helpers/pdf';
import { CHAIR_PIN, failure, openTestApp, setUpElection, unwrap, type TestApp } from '../helpers/api';

function enterVotes(app: TestApp, electionId: number, votes: number[], ballots: number, ids = votes.map((_, i) => `c${String(i + 1).padStart(2, '0')}`)): void {
  for (const record of ballotsForVotes(ids, votes, ballots)) {
    if (record.choice.kind === 'kept') unwrap(app.api.enterBallot({ electionId, kept: [...record.choice.ids] }));
  }
}

describe('locking results ("Chốt kết quả")', () => {
  it('is blocked while a blocking check fails, and names it', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app, { ballotsReturned: 3 });
    unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'] }));
    const refused = failure(app.api.lockElection({ pin: CHAIR_PIN, electionId }));
    expect(refused).toMatchObject({ code: 'BLOCKING_PROBLEMS', message: 'Chưa thể chốt kết quả: Số dư 2 quá lớn: với 5 người trở xuống, số dư tối đa là 1; Đã nhập 1 phiếu nhưng số phiếu thu vào là 3' });
    expect(unwrap(app.api.getElection({ electionId })).status).toBe('open');
  });

  it('refuses every change once locked; unlocking needs the chair’s PIN and a reason, both audited', () => {
    const app = openTestApp();
    const { electionId, teamId } = setUpElection(app, { seats: 4, ballotsReturned: 2 });
    const { ballotId } = unwrap(app.api.enterBallot({ electionId, struck: ['c01'] }));
    unwrap(app.api.enterBallot({ electionId, struck: ['c02'] }));
    const { fingerprint } = unwrap(app.api.lockElection({ pin: CHAIR_PIN, electionId, operator: 'Trưởng ban' }));
    expect(fingerprint).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){12}$/);
    for (const attempt of [
      app.api.enterBallot({ electionId, struck: ['c03'] }),
      app.api.correctBallot({ ballotId, struck: ['c03'] }),
      app.api.voidBallot({ ballotId }),
      app.api.updateElection({ electionId, ballotsIssued: 50 }),
      app.api.addCandidate({ electionId, name: 'Người mới' }),
      app.api.updateCandidate({ candidateId: 1, name: 'Tên khác' }),
      app.api.setTeamTotals({ electionId, teamId, returned: 1, valid: 1 }),
      app.api.updateCongress({ congressId: 1, summoned: 60 }),
    ]) {
      expect(failure(attempt).code).toBe('ELECTION_LOCKED');
    }
    expect(failure(app.api.lockElection({ pin: CHAIR_PIN, electionId })).code).toBe('ELECTION_LOCKED');
    expect(failure(app.api.unlockElection({ electionId, pin: '000000', reason: 'Sửa phiếu số 1' }))).toMatchObject({ code: 'WRONG_PIN', path: 'pin' });
    expect(failure(app.api.unlockElection({ electionId, pin: '246813', reason: '' }))).toMatchObject({ path: 'reason' });
    unwrap(app.api.unlockElection({ electionId, pin: '246813', reason: 'Sửa phiếu số 1', operator: 'Chủ tịch đoàn' }));
    unwrap(app.api.correctBallot({ ballotId, struck: ['c03'] }));
    const kinds = unwrap(app.api.listAudit({ electionId })).map((e) => e.kind);
    expect(kinds.slice(-5)).toEqual(['election.locked', 'pin.attempt_failed', 'pin.failures_cleared', 'election.unlocked', 'ballot.corrected']);
  });

  it('a paused election refuses entries until it is resumed', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app);
    unwrap(app.api.pauseElection({ electionId, paused: true, reason: 'Chờ ý kiến cấp trên' }));
    expect(failure(app.api.enterBallot({ electionId, struck: ['c01', 'c02'] })).code).toBe('ELECTION_PAUSED');
    unwrap(app.api.pauseElection({ electionId, paused: false }));
    unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'] }));
  });
});

describe('the next round (RULES R6)', () => {
  it('from a tie: a tie-break round among the tied for the tied seats; the round it continues is finished', () => {
    const app = openTestApp();
    // 2 seats, 3 names, votes 30, 25, 25 on 40 ballots (base 43, 22 needed): c01 elected, c02 and c03 tied for the other seat.
    const { electionId } = setUpElection(app, { seats: 2, names: ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy'] });
    enterVotes(app, electionId, [30, 25, 25], 40);
    unwrap(app.api.updateElection({ electionId, ballotsReturned: 40 }));
    const tally = unwrap(app.api.tally({ electionId }));
    expect(tally).toMatchObject({ outcome: 'tie', elected: ['c01'], tie: { seats: 1, candidates: ['c02', 'c03'] } });
    const next = unwrap(app.api.createNextRound({ pin: CHAIR_PIN, electionId }));
    expect(next).toMatchObject({ kind: 'tie_break', seats: 1, candidateKeys: ['c02', 'c03'] });
    const round2 = unwrap(app.api.getElection({ electionId: next.electionId }));
    expect(round2).toMatchObject({ round: 2, continuesId: electionId, seats: 1, base: 43, format: 'A', status: 'open' });
    expect(round2.candidates.map((c) => c.name)).toEqual(['Lê Thị Cúc', 'Nguyễn Hữu Duy']);
    expect(unwrap(app.api.getElection({ electionId })).status).toBe('locked');
    expect(failure(app.api.enterBallot({ electionId, kept: ['c01'] })).code).toBe('ELECTION_LOCKED');
    expect(failure(app.api.unlockElection({ electionId, pin: '246813', reason: 'thử' })).code).toBe('ROUND_FINISHED');
    expect(failure(app.api.createNextRound({ pin: CHAIR_PIN, electionId })).code).toBe('ROUND_FINISHED');
  });

  it('names the tie-break round once, and gives the minutes of each round a file of its own', async () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app, { seats: 2, names: ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy'] });
    unwrap(app.api.updateElection({ electionId, title: 'Bầu Ban Chấp hành Đảng bộ phường Hòa An khóa III nhiệm kỳ 2025 - 2030 gồm các đồng chí ủy viên' }));
    enterVotes(app, electionId, [30, 25, 25], 40);
    unwrap(app.api.updateElection({ electionId, ballotsReturned: 40 }));
    const next = unwrap(app.api.createNextRound({ pin: CHAIR_PIN, electionId }));
    const round2 = unwrap(app.api.getElection({ electionId: next.electionId }));
    expect(round2.title).toBe('Bầu Ban Chấp hành Đảng bộ phường Hòa An khóa III nhiệm kỳ 2025 - 2030 gồm các đồng chí ủy viên (vòng 2: bầu lại do bằng phiếu)');
    expect(titleWithRound(round2)).toBe(round2.title);
    enterVotes(app, next.electionId, [30, 10], 40, next.candidateKeys);
    unwrap(app.api.updateElection({ electionId: next.electionId, ballotsReturned: 40 }));
    expect(unwrap(app.api.tally({ electionId: next.electionId })).outcome).toBe('complete');

    const first = unwrap(await app.api.minutesPdf({ electionId }));
    const second = unwrap(await app.api.minutesPdf({ electionId: next.electionId }));
    expect(first.fileName).toMatch(/^bien-ban-kiem-phieu-ban-chap-hanh-dang-bo-phuong-hoa-an-khoa-iii-nhiem-ky-2025-2030[a-z0-9-]*\.pdf$/);
    expect(second.fileName).toMatch(/^du-thao-bien-ban-kiem-phieu-ban-chap-hanh-dang-bo-phuong-[a-z0-9-]*[a-z0-9]-vong-2\.pdf$/);
    const words = 'ban chap hanh dang bo phuong hoa an khoa iii nhiem ky 2025 2030 gom cac dong chi uy vien'.split(' ');
    for (const name of [first.fileName, second.fileName]) {
      expect(name.length).toBeLessThanOrEqual(103);
      const subject = name.replace(/\.pdf$/, '').replace(/-vong-\d+$/, '').replace(/^(du-thao-)?bien-ban-kiem-phieu-/, '').split('-');
      expect(words.slice(0, subject.length)).toEqual(subject);
    }
    const text = flatText(pdfPages(second.data));
    expect(text.match(/vòng 2/g)?.length).toBe(2);
    expect(text).toContain('Bầu Ban Chấp hành Đảng bộ phường Hòa An khóa III nhiệm kỳ 2025 - 2030 gồm các đồng chí ủy viên (vòng 2: bầu lại do bằng phiếu)');
    expect(text).not.toMatch(/hòa phiếu/iu);
  });

  it('from a shortfall: those not elected for the unfilled seats, same base; none when complete', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app, { office: 'dai_bieu', seats: 2, names: ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy'] });
    enterVotes(app, electionId, [30, 20, 15], 40);
    const next = unwrap(app.api.createNextRound({ pin: CHAIR_PIN, electionId }));
    expect(next).toMatchObject({ kind: 'further', seats: 1, candidateKeys: ['c02', 'c03'] });
    const complete = openTestApp();
    const other = setUpElection(complete, { office: 'dai_bieu', seats: 2, names: ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy'] });
    enterVotes(complete, other.electionId, [30, 25, 15], 40);
    expect(failure(complete.api.createNextRound({ pin: CHAIR_PIN, electionId: other.electionId })).code).toBe('NO_NEXT_ROUND');
  });
});
