import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildApi } from '../../src-main/api/build-api';
import { openConnection } from '../../src-main/db/connection';
import { LATEST_SCHEMA_VERSION, migrate, MIGRATIONS, schemaVersion } from '../../src-main/db/migrations';
import { Store } from '../../src-main/db/store';
import { readOwnWorkbookFile } from '../../src-main/excel/import-workbook';
import { CHAIR_PIN, failure, openTestApp, setUpElection, tempDir, unwrap, type TestApp } from '../helpers/api';
import { flatText, pdfPages, renderArtifacts } from '../helpers/pdf';

/**
 * Issue 18, item 1 (RULES R1, "the paper as printed") over the api: delegates, 3 names for 2
 * seats, printed as strike-out papers; "rút tên" of name 2 after printing leaves it on the paper at
 * its number, struck, with no vote; the format stays A; the minutes, the workbook and the congress
 * file say so. Reprinting is a new printing, refused once a ballot is entered.
 */

const NAMES = ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy'];
/** When the congress agreed to the withdrawal, on the machine's clock. */
const DECIDED = new Date(2025, 5, 20, 9, 15);

function delegates(app: TestApp = openTestApp()) {
  const { congressId, electionId } = setUpElection(app, { office: 'dai_bieu', seats: 2, names: NAMES });
  const ids = unwrap(app.api.getElection({ electionId })).candidates.map((c) => c.id);
  return { app, congressId, electionId, ids };
}

/** Printed, then name 2 withdrawn (the congress agreed at DECIDED). */
async function withdrawnAfterPrinting() {
  const setup = delegates();
  unwrap(await setup.app.api.ballotPaperPdf({ electionId: setup.electionId, operator: 'Thư ký' }));
  unwrap(setup.app.api.withdrawCandidate({ candidateId: setup.ids[1]!, withdrawn: true, reason: 'Xin rút vì lý do sức khỏe', operator: 'Thư ký' }));
  // The moment is the store's; set it to a known local time so that the minutes' words can be checked.
  setup.app.store.updateCandidate(setup.ids[1]!, { withdrawnAt: DECIDED.toISOString() });
  return setup;
}

describe('a withdrawal before the papers are printed', () => {
  it('takes the name off the paper: the others are numbered again and 2 names for 2 seats is format B', () => {
    const { app, electionId, ids } = delegates();
    unwrap(app.api.withdrawCandidate({ candidateId: ids[1]!, withdrawn: true }));
    const view = unwrap(app.api.getElection({ electionId }));
    expect(view.printing).toBeNull();
    expect(view.format).toBe('B');
    expect(view.candidates.map((c) => [c.name, c.number, c.onPaper])).toEqual([
      ['Trần Văn Bảy', 1, false],
      ['Lê Thị Cúc', null, false],
      ['Nguyễn Hữu Duy', 2, false],
    ]);
  });
});

describe('a withdrawal after the papers are printed (issue 18, item 1)', () => {
  it('printing is recorded: lần in 1, and the list, its order and the seats are frozen', async () => {
    const { app, electionId, ids } = delegates();
    unwrap(await app.api.ballotPaperPdf({ electionId, operator: 'Thư ký' }));
    const view = unwrap(app.api.getElection({ electionId }));
    expect(view.printing).toMatchObject({ number: 1, operator: 'Thư ký' });
    expect(failure(app.api.addCandidate({ electionId, name: 'Người mới' }))).toMatchObject({ code: 'BALLOTS_PRINTED' });
    expect(failure(app.api.removeCandidate({ candidateId: ids[2]! }))).toMatchObject({ code: 'BALLOTS_PRINTED' });
    expect(failure(app.api.sortCandidatesAbc({ electionId }))).toMatchObject({ code: 'BALLOTS_PRINTED' });
    expect(failure(app.api.reorderCandidates({ electionId, candidateIds: [...ids].reverse() }))).toMatchObject({ code: 'BALLOTS_PRINTED' });
    expect(failure(app.api.updateElection({ electionId, seats: 1 }))).toMatchObject({ code: 'BALLOTS_PRINTED', path: 'seats' });
    // A misspelt name may still be mended.
    unwrap(app.api.updateCandidate({ candidateId: ids[0]!, name: 'Trần Văn Bẩy' }));
  });

  it('the live results seen before the withdrawal are counted again after it (the count kept in memory follows the paper)', async () => {
    const { app, electionId, ids } = delegates();
    unwrap(await app.api.ballotPaperPdf({ electionId }));
    expect(unwrap(app.api.tally({ electionId })).candidates).toHaveLength(3);
    unwrap(app.api.withdrawCandidate({ candidateId: ids[1]!, withdrawn: true }));
    unwrap(app.api.enterBallot({ electionId, struck: ['c03'] }));
    expect(unwrap(app.api.tally({ electionId })).candidates.map((c) => [c.id, c.votes])).toEqual([
      ['c01', 1],
      ['c03', 0],
    ]);
  });

  it('leaves the name on the paper at its number, struck, and the election stays format A', async () => {
    const { app, electionId } = await withdrawnAfterPrinting();
    const view = unwrap(app.api.getElection({ electionId }));
    expect(view.format).toBe('A');
    expect(view.candidates.map((c) => [c.name, c.number, c.withdrawn, c.onPaper])).toEqual([
      ['Trần Văn Bảy', 1, false, false],
      ['Lê Thị Cúc', 2, true, true],
      ['Nguyễn Hữu Duy', 3, false, false],
    ]);
  });

  it('"2 3" typed by the printed numbers is valid: one vote for name 1, none for name 2; every standing name struck is invalid', async () => {
    const { app, electionId } = await withdrawnAfterPrinting();
    expect(unwrap(app.api.enterBallot({ electionId, struck: ['c02', 'c03'] })).verdict).toEqual({ valid: true });
    expect(unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c03'] })).verdict).toEqual({ valid: false, reason: 'NONE_KEPT' });
    expect(unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02', 'c03'] })).verdict).toEqual({ valid: false, reason: 'NONE_KEPT' });
    const result = unwrap(app.api.tally({ electionId }));
    expect(result.format).toBe('A');
    expect(result.ballots).toMatchObject({ valid: 1, invalid: 2, invalidByReason: { NONE_KEPT: 2 } });
    expect(result.candidates.map((c) => [c.name, c.votes])).toEqual([
      ['Trần Văn Bảy', 1],
      ['Nguyễn Hữu Duy', 0],
    ]);
    expect(result.paper.map((c) => [c.number, c.name, c.withdrawn])).toEqual([
      [1, 'Trần Văn Bảy', false],
      [2, 'Lê Thị Cúc', true],
      [3, 'Nguyễn Hữu Duy', false],
    ]);
    // The ballot as listed keeps what the paper showed, and its verdict.
    const listed = unwrap(app.api.listBallots({ electionId })).ballots;
    expect([...listed].sort((a, b) => a.number - b.number).map((b) => [b.struck, b.verdict?.valid])).toEqual([
      [['c02', 'c03'], true],
      [['c01', 'c03'], false],
      [['c01', 'c02', 'c03'], false],
    ]);
  });

  it('a name not on the printed papers cannot come back without printing again; one on them comes back at its number', async () => {
    const { app, electionId, ids } = delegates();
    unwrap(app.api.withdrawCandidate({ candidateId: ids[2]!, withdrawn: true }));
    unwrap(app.api.updateElection({ electionId, seats: 1 }));
    unwrap(await app.api.ballotPaperPdf({ electionId }));
    expect(failure(app.api.withdrawCandidate({ candidateId: ids[2]!, withdrawn: false }))).toMatchObject({ code: 'BALLOTS_PRINTED', path: 'candidateId' });
    unwrap(app.api.withdrawCandidate({ candidateId: ids[1]!, withdrawn: true }));
    expect(unwrap(app.api.getElection({ electionId })).candidates.map((c) => c.number)).toEqual([1, 2, null]);
    unwrap(app.api.withdrawCandidate({ candidateId: ids[1]!, withdrawn: false }));
    expect(unwrap(app.api.getElection({ electionId })).candidates.map((c) => [c.number, c.withdrawn, c.onPaper])).toEqual([
      [1, false, false],
      [2, false, false],
      [null, true, false],
    ]);
  });

  it('the minutes describe the paper as printed and record the withdrawal: who, when, and that the name was on the papers', async () => {
    const { app, electionId } = await withdrawnAfterPrinting();
    unwrap(app.api.enterBallot({ electionId, struck: ['c02', 'c03'] }));
    const file = unwrap(await app.api.minutesPdf({ electionId, rehearsal: true }));
    renderArtifacts(file.data, 'paper-as-printed-minutes');
    const text = flatText(pdfPages(file.data));
    expect(text).toContain('Phiếu bầu in danh sách 3 đồng chí (theo thứ tự trên phiếu bầu, theo vần A, B, C); phiếu bầu theo hình thức gạch tên');
    expect(text).toContain('2 Lê Thị Cúc (đã rút sau khi in phiếu)');
    expect(text).toContain('Sau khi phiếu bầu đã in, đồng chí Lê Thị Cúc (số 2 trên phiếu bầu) xin rút khỏi danh sách bầu cử, được đại hội đồng ý lúc 9 giờ 15 phút, ngày 20 tháng 6 năm 2025; tên đồng chí vẫn in trên phiếu bầu nhưng không được tính phiếu.');
    expect(text).toContain('Danh sách bầu cử còn 2 đồng chí');
    expect(text).toMatch(/1 Trần Văn Bảy 1 2,33 2 Lê Thị Cúc \(đã rút sau khi in phiếu\) — — 3 Nguyễn Hữu Duy 0 0,00/);
    expect(text).not.toContain('không có tên trên phiếu bầu');
    expect(text).not.toContain('Đồng ý');
  });

  it('the workbook numbers the list as the paper does, keeps the withdrawn name’s column, and reads back the same', async () => {
    const { app, congressId, electionId } = await withdrawnAfterPrinting();
    unwrap(app.api.enterBallot({ electionId, struck: ['c02', 'c03'] }));
    const bytes = unwrap(await app.api.exportWorkbook({ congressId })).data;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const rows = (name: string) => {
      const out: string[] = [];
      workbook.getWorksheet(name)?.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : typeof v === 'object' && 'result' in (v as object) ? String((v as { result: unknown }).result) : String(v))).join(' | ')));
      return out;
    };
    const list = rows('DS 1');
    expect(list).toContain('1 | c01 | Trần Văn Bảy');
    expect(list.find((r) => r.includes('Lê Thị Cúc'))).toMatch(/^2 \| c02 \| Lê Thị Cúc \|.*đã rút sau khi in phiếu \(tên còn trên phiếu\)$/);
    expect(list).toContain('3 | c03 | Nguyễn Hữu Duy');
    expect(rows('Phiếu 1').find((r) => r.startsWith('Số phiếu'))).toContain('Trần Văn Bảy | Lê Thị Cúc (đã rút) | Nguyễn Hữu Duy');
    expect(rows('Phiếu 1').find((r) => r.startsWith('1 |'))).toMatch(/^1 \| phieu-\d+ \|  \|  \| x \| x \|/);
    const results = rows('Kết quả 1');
    expect(results).toContain('1 | Trần Văn Bảy | 1 | 0.0233 | Không đạt | Không trúng cử');
    expect(results.find((r) => r.startsWith('2 | Lê Thị Cúc'))).toContain('Đã rút sau khi in phiếu, không tính phiếu');
    expect(results.find((r) => r.startsWith('3 | Nguyễn Hữu Duy'))).toBeDefined();
    const back = await readOwnWorkbookFile(bytes);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.elections[0]!.candidates.map((c) => [c.id, c.withdrawn, c.onPaper ?? false])).toEqual([
      ['c01', false, false],
      ['c02', true, true],
      ['c03', false, false],
    ]);
  });

  it('the congress file carries onPaper, when the withdrawal was decided and the printing; another app reads it the same, its lock intact', async () => {
    const { app, congressId, electionId } = await withdrawnAfterPrinting();
    unwrap(app.api.enterBallot({ electionId, struck: ['c02', 'c03'] }));
    const sealed = unwrap(app.api.lockElection({ pin: CHAIR_PIN, electionId })).fingerprint;
    const { text } = unwrap(app.api.exportCongressFile({ congressId }));
    const election = (JSON.parse(text) as { elections: { candidates: Record<string, unknown>[]; printings: Record<string, unknown>[] }[] }).elections[0]!;
    expect(election.candidates[1]).toMatchObject({ id: 'c02', withdrawn: true, onPaper: true, withdrawnAt: DECIDED.toISOString() });
    expect(election.candidates[0]).not.toHaveProperty('onPaper');
    expect(election.printings).toEqual([{ at: expect.stringMatching(/^\d{4}-/), operator: 'Thư ký' }]);

    const other = openTestApp();
    const imported = unwrap(other.api.importCongressFile({ content: text }));
    const otherElection = unwrap(other.api.getCongress({ congressId: imported.congressId })).elections[0]!.id;
    const view = unwrap(other.api.getElection({ electionId: otherElection }));
    expect(view.printing).toMatchObject({ number: 1, operator: 'Thư ký' });
    expect(view.candidates.map((c) => [c.number, c.withdrawn, c.onPaper])).toEqual([
      [1, false, false],
      [2, true, true],
      [3, false, false],
    ]);
    expect(unwrap(other.api.tally({ electionId: otherElection })).candidates.map((c) => c.votes)).toEqual([1, 0]);
    expect(unwrap(other.api.tally({ electionId: otherElection })).lock?.fingerprint).toBe(sealed);
    // The seal covers onPaper: the same file with the name off the paper is no longer the file that was locked.
    const tampered = text.replace('"onPaper": true', '"onPaper": false').replace('"struck":["c02","c03"]', '"struck":["c03"]');
    expect(tampered).not.toBe(text);
    expect(failure(openTestApp().api.importCongressFile({ content: tampered })).message).toContain(sealed);
    expect(unwrap(other.api.exportCongressFile({ congressId: imported.congressId })).text).toBe(text);
  });
});

describe('reprinting: "In lại phiếu: lần in mới"', () => {
  it('before any ballot: the old papers are set aside, the list is numbered again without the withdrawn name, the next print is lần in 2', async () => {
    const { app, electionId } = await withdrawnAfterPrinting();
    const first = unwrap(await app.api.ballotPaperPdf({ electionId }));
    unwrap(app.api.reprintBallots({ electionId, operator: 'Thư ký' }));
    let view = unwrap(app.api.getElection({ electionId }));
    expect(view.printing).toBeNull();
    expect(view.format).toBe('B');
    expect(view.candidates.map((c) => [c.number, c.withdrawn, c.onPaper])).toEqual([
      [1, false, false],
      [null, true, false],
      [2, false, false],
    ]);
    const second = unwrap(await app.api.ballotPaperPdf({ electionId, operator: 'Thư ký' }));
    view = unwrap(app.api.getElection({ electionId }));
    expect(view.printing).toMatchObject({ number: 2 });
    expect(flatText(pdfPages(second.data))).not.toContain('Lê Thị Cúc');
    expect(flatText(pdfPages(first.data))).toContain('Lê Thị Cúc');
    expect(app.store.listPrintings(electionId).map((p) => [p.number, p.replacedAt !== null, p.names.map(([key]) => key)])).toEqual([
      [1, true, ['c01', 'c02', 'c03']],
      [2, false, ['c01', 'c03']],
    ]);
  });

  it('is refused once a ballot is entered, saying why', async () => {
    const { app, electionId } = await withdrawnAfterPrinting();
    unwrap(app.api.enterBallot({ electionId, struck: ['c03'] }));
    const error = failure(app.api.reprintBallots({ electionId }));
    expect(error.code).toBe('HAS_BALLOTS');
    expect(error.message).toContain('phiếu trong hòm là phiếu lần in 1, không thể in lại');
  });

  it('after entry, papers printed elsewhere: a withdrawal leaves the name on the paper and the papers entered are counted again', () => {
    const { app, electionId, ids } = delegates();
    unwrap(app.api.enterBallot({ electionId, struck: ['c03'] }));
    unwrap(app.api.enterBallot({ electionId, kept: ['c02'] }));
    expect(unwrap(app.api.tally({ electionId })).candidates.map((c) => c.votes)).toEqual([1, 2, 0]);
    unwrap(app.api.withdrawCandidate({ candidateId: ids[1]!, withdrawn: true }));
    const view = unwrap(app.api.getElection({ electionId }));
    expect(view.printing).toBeNull();
    expect(view.candidates.map((c) => [c.number, c.onPaper])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
    const result = unwrap(app.api.tally({ electionId }));
    expect(result.ballots).toMatchObject({ valid: 1, invalid: 1, invalidByReason: { NONE_KEPT: 1 } });
    expect(result.candidates.map((c) => [c.id, c.votes])).toEqual([
      ['c01', 1],
      ['c03', 0],
    ]);
    // Undone: the name comes back at its number and the papers count as before.
    unwrap(app.api.withdrawCandidate({ candidateId: ids[1]!, withdrawn: false }));
    expect(unwrap(app.api.tally({ electionId })).candidates.map((c) => c.votes)).toEqual([1, 2, 0]);
  });

  it('after entry a name withdrawn before printing cannot come back, and one a team reported votes for cannot withdraw', () => {
    const { app, congressId, electionId, ids } = delegates();
    unwrap(app.api.withdrawCandidate({ candidateId: ids[2]!, withdrawn: true }));
    unwrap(app.api.updateElection({ electionId, seats: 1 }));
    const teamId = unwrap(app.api.getCongress({ congressId })).teams[0]!.id;
    unwrap(app.api.setTeamTotals({ electionId, teamId, returned: 3, valid: 3, invalid: {}, votes: { c01: 2, c02: 1 } }));
    expect(failure(app.api.withdrawCandidate({ candidateId: ids[2]!, withdrawn: false }))).toMatchObject({ code: 'HAS_BALLOTS', path: 'candidateId' });
    const refused = failure(app.api.withdrawCandidate({ candidateId: ids[1]!, withdrawn: true }));
    expect(refused.message).toBe('Tổ "Tổ 1" đã báo 1 phiếu cho đồng chí Lê Thị Cúc: người đã rút không được tính phiếu, hãy sửa số tổng hợp của tổ trước');
  });
});
