import { describe, expect, it } from 'vitest';
import { failure, openTestApp, setUpElection, unwrap } from '../helpers/api';

function stack(size = 4) {
  const app = openTestApp();
  const { electionId, teamId } = setUpElection(app, { seats: 4 });
  const { batchId } = unwrap(app.api.createBatch({ electionId, teamId, label: 'Chồng 1', size, operator: 'Tổ trưởng' }));
  return { app, api: app.api, electionId, teamId, batchId };
}

describe('double entry: a stack read twice, compared, resolved, and only then counted', () => {
  it('takes two different operators, each seeing only their own pass', () => {
    const { api, batchId } = stack();
    unwrap(api.enterReading({ batchId, pass: 1, position: 1, struck: ['c01'], operator: 'An' }));
    const same = failure(api.enterReading({ batchId, pass: 2, position: 1, struck: ['c01'], operator: 'an' }));
    expect(same.code).toBe('SAME_OPERATOR');
    expect(same.message).toBe('an đã nhập lượt 1: lượt 2 phải do một người khác nhập, không xem lượt kia');
    expect(failure(api.enterReading({ batchId, pass: 1, position: 2, struck: ['c01'], operator: 'Bình' })).code).toBe('PASS_TAKEN');
    expect(failure(api.batchPass({ batchId, pass: 1, operator: 'Bình' })).code).toBe('PASS_TAKEN');
    expect(unwrap(api.batchPass({ batchId, pass: 2, operator: 'Bình' })).readings).toEqual([]);
    expect(unwrap(api.batchPass({ batchId, pass: 1, operator: 'An' })).readings.map((r) => r.text)).toEqual(['gạch 1']);
  });

  it('counts nothing until reconciled, shows the differences side by side, and counts the agreed readings', () => {
    const { app, api, electionId, batchId } = stack();
    const pass1 = [{ struck: ['c01'] }, { struck: ['c02', 'c03'] }, { struck: ['c05'] }, { invalid: 'WRITE_IN' as const }];
    const pass2 = [{ kept: ['c02', 'c03', 'c04', 'c05'] }, { struck: ['c03', 'c02'] }, { struck: ['c04'] }, { invalid: 'WRITE_IN' as const }];
    pass1.forEach((content, i) => unwrap(api.enterReading({ batchId, pass: 1, position: i + 1, ...content, operator: 'An' })));
    expect(unwrap(api.tally({ electionId })).ballots.counted).toBe(0);
    expect(failure(api.compareBatch({ batchId })).code).toBe('NOT_COMPARED');
    unwrap(api.finishPass({ batchId, pass: 1, operator: 'An' }));
    unwrap(api.enterReading({ batchId, pass: 2, position: 1, struck: ['c05'], operator: 'Bình' }));
    expect(failure(api.finishPass({ batchId, pass: 2, operator: 'Bình' })).message).toBe('Lượt 2 còn 3 phiếu chưa nhập (phiếu thứ 2, 3, 4)');
    pass2.forEach((content, i) => unwrap(api.enterReading({ batchId, pass: 2, position: i + 1, ...content, operator: 'Bình' })));
    unwrap(api.finishPass({ batchId, pass: 2, operator: 'Bình' }));
    expect(failure(api.enterReading({ batchId, pass: 2, position: 1, struck: ['c05'], operator: 'Bình' })).code).toBe('PASS_FINISHED');

    const compared = unwrap(api.compareBatch({ batchId }));
    expect(compared.rows.map((r) => [r.position, r.same, r.first?.text, r.second?.text])).toEqual([
      [1, true, 'gạch 1', 'gạch 1'],
      [2, true, 'gạch 2, 3', 'gạch 2, 3'],
      [3, false, 'gạch 5', 'gạch 4'],
      [4, true, 'phiếu ghi thêm tên người ngoài danh sách', 'phiếu ghi thêm tên người ngoài danh sách'],
    ]);
    expect(compared.batch).toMatchObject({ differences: 1, unresolved: 1 });
    expect(failure(api.reconcileBatch({ batchId, operator: 'Trưởng ban' })).message).toBe('Chồng "Chồng 1" còn 1 phiếu hai lượt nhập khác nhau chưa đối chiếu (phiếu thứ 3)');
    expect(failure(api.resolveDifference({ batchId, position: 1, choice: 'pass1', operator: 'Trưởng ban' })).message).toContain('hai lượt nhập giống nhau');

    unwrap(api.resolveDifference({ batchId, position: 3, choice: 'reentered', struck: ['c04', 'c05'], operator: 'Trưởng ban' }));
    const done = unwrap(api.reconcileBatch({ batchId, operator: 'Trưởng ban' }));
    expect(done).toMatchObject({ ballots: 4, differences: 1, numbers: [1, 4] });
    const tally = unwrap(api.tally({ electionId }));
    expect(tally.ballots).toMatchObject({ counted: 4, valid: 3, invalid: 1 });
    expect(tally.candidates.map((c) => c.votes)).toEqual([2, 2, 2, 2, 2]);
    expect(unwrap(api.listBallots({ electionId })).ballots.map((b) => b.operator)).toEqual(['An / Bình', 'An / Bình', 'An / Bình', 'An / Bình']);

    // A reconciled stack never changes, not even behind the api's back.
    expect(failure(api.enterReading({ batchId, pass: 1, position: 1, struck: ['c02'], operator: 'An' })).code).toBe('BATCH_CLOSED');
    expect(() => app.store.db.prepare('UPDATE batch_readings SET note = ? WHERE batch_id = ?').run('x', batchId)).toThrow(/never changes/);
    expect(unwrap(api.listAudit({ electionId })).map((e) => e.kind).filter((k) => k.startsWith('batch.'))).toEqual([
      'batch.created', ...Array(4).fill('batch.reading'), 'batch.pass_finished', ...Array(5).fill('batch.reading'), 'batch.pass_finished', 'batch.resolved', 'batch.reconciled',
    ]);
    expect(app.store.verifyAuditChain().intact).toBe(true);
  });

  it('writes the discrepancy report for the minutes’ file', () => {
    const { api, electionId, batchId } = stack(2);
    unwrap(api.enterReading({ batchId, pass: 1, position: 1, struck: ['c01'], operator: 'An' }));
    unwrap(api.enterReading({ batchId, pass: 1, position: 2, struck: ['c02'], operator: 'An' }));
    unwrap(api.finishPass({ batchId, pass: 1, operator: 'An' }));
    unwrap(api.enterReading({ batchId, pass: 2, position: 1, struck: ['c01'], operator: 'Bình' }));
    unwrap(api.enterReading({ batchId, pass: 2, position: 2, struck: ['c03'], operator: 'Bình' }));
    unwrap(api.finishPass({ batchId, pass: 2, operator: 'Bình' }));
    unwrap(api.resolveDifference({ batchId, position: 2, choice: 'pass2', operator: 'Trưởng ban' }));
    const report = unwrap(api.doubleEntryReport({ electionId }));
    expect(report.batches[0]?.differences.map((d) => [d.position, d.first.text, d.second.text, d.resolved?.resolution])).toEqual([[2, 'gạch 2', 'gạch 3', 'pass2']]);
    const lines = report.csv.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^"Bầu Ban Chấp hành","Chồng 1","Tổ 1","2","đang nhập","2","An","gạch 2","Bình","gạch 3","theo lượt 2","gạch 3","Trưởng ban","2025-06-20T07:30:\d\d\.000Z"$/);
  });

  it('an abandoned stack never counts, and a label is used once per election', () => {
    const { api, electionId, batchId, teamId } = stack(1);
    unwrap(api.enterReading({ batchId, pass: 1, position: 1, struck: ['c01'], operator: 'An' }));
    unwrap(api.abandonBatch({ batchId, reason: 'Đếm nhầm chồng phiếu', operator: 'Trưởng ban' }));
    expect(failure(api.finishPass({ batchId, pass: 1, operator: 'An' })).code).toBe('BATCH_CLOSED');
    expect(unwrap(api.tally({ electionId })).ballots.counted).toBe(0);
    expect(failure(api.createBatch({ electionId, teamId, label: 'Chồng 1', size: 3 })).code).toBe('DUPLICATE');
    expect(unwrap(api.listBatches({ electionId })).map((b) => b.status)).toEqual(['abandoned']);
  });
});
