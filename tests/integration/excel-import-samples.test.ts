import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import { tallyCongressFile } from '../../shared/congress-file/tally';
import { SAMPLES_DIR, sampleText } from '../helpers/samples';
import { imported, preview } from '../helpers/workbooks';

const sampleBytes = (name: string) => new Uint8Array(readFileSync(join(SAMPLES_DIR, name)));

function sampleCongress() {
  const read = readCongressFile(sampleText('dai-hoi-mau.json'));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

describe('the sample tally sheet (layout A, one row per ballot)', () => {
  it('says what it understood: the sheet, the names, the ballots, what an x means and where that came from', async () => {
    const { preview: p, file } = await preview(sampleBytes('bang-kiem-phieu-bch.xlsx'));
    expect(p.sheets).toEqual([{ name: 'BCH', hidden: false, read: 'bảng phiếu từng tờ: 41 phiếu, 11 người' }]);
    const [election] = p.elections;
    expect(election?.candidates.map((c) => c.name)).toEqual(sampleCongress().elections[0]?.candidates.map((c) => c.name));
    expect(election?.ballots).toBe(41);
    expect(election?.seats).toEqual({ value: 9, source: 'Sheet "BCH", ô A3: "Số lượng cần bầu: 9 đồng chí. Đánh dấu x vào tên đồng chí bị gạch."' });
    expect(election?.marks).toMatchObject({ meaning: 'struck', source: 'Sheet "BCH", ô A3: "Số lượng cần bầu: 9 đồng chí. Đánh dấu x vào tên đồng chí bị gạch."', symbols: [{ symbol: 'x', count: 123 }] });
    expect(election?.office.value).toBe('cap_uy');
    // The totals row of COUNTIF formulas is skipped; the file saved no results to compare.
    expect(election?.totals).toEqual([{ place: 'Sheet "BCH", dòng 49', label: 'Số lần bị gạch', compared: 0, disagreements: 0, note: 'có công thức nhưng tệp không lưu kết quả: không đối chiếu được' }]);
    // Nothing states the summoned number: the import asks for it by name, and imports nothing.
    expect(p.questions).toEqual([expect.objectContaining({ option: 'summoned', election: null })]);
    expect(p.questions[0]?.message).toContain('--summoned N');
    expect(p.ready).toBe(false);
    expect(file).toBeNull();
  });

  it('imports the same count as the sample congress file, the noted ballot ruled WRITE_IN', async () => {
    const file = await imported(sampleBytes('bang-kiem-phieu-bch.xlsx'), { summoned: 43 });
    const [mine] = tallyCongressFile(file);
    const [expected] = tallyCongressFile(sampleCongress());
    expect(mine?.ballots.valid).toBe(expected?.ballots.valid);
    expect(mine?.ballots.invalidByReason).toEqual(expected?.ballots.invalidByReason);
    expect(mine?.candidates.map((c) => [c.name, c.votes, c.status])).toEqual(expected?.candidates.map((c) => [c.name, c.votes, c.status]));
    expect(mine?.base).toBe(43);
    const noted = file.elections[0]?.ballots.at(-1);
    expect(noted).toEqual({ struck: [], invalid: 'WRITE_IN', note: 'ghi thêm tên', count: 1 });
  });
});

/** The sample's figures, read with exceljs's whole-workbook reader: a second reading to check ours. */
async function teamFigures() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(join(SAMPLES_DIR, 'tong-hop-theo-to.xlsx')) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  const value = (row: number, col: number) => Number(sheet.getCell(row, col).value);
  const teams = [3, 4, 5].map((col) => ({ team: String(sheet.getCell(3, col).value), returned: value(5, col), valid: value(6, col), invalid: value(7, col), issued: value(4, col) }));
  const votes = new Map<string, number>();
  for (let row = 9; row <= 19; row++) votes.set(String(sheet.getCell(row, 2).value), value(row, 3) + value(row, 4) + value(row, 5));
  return { teams, votes };
}

describe('the sample totals per team (layout B)', () => {
  it('asks for the seats, then imports each team as team totals', async () => {
    const asked = await preview(sampleBytes('tong-hop-theo-to.xlsx'), { summoned: 130 });
    expect(asked.preview.sheets[0]?.read).toBe('bảng tổng hợp theo tổ, xoay ngang (mỗi cột một phiếu hoặc một tổ): 3 tổ, 11 người');
    expect(asked.preview.questions.map((q) => q.option)).toEqual(['seats']);

    const file = await imported(sampleBytes('tong-hop-theo-to.xlsx'), { summoned: 130, seats: 9 });
    const { teams, votes } = await teamFigures();
    const election = file.elections[0];
    expect(election?.ballots).toEqual([]);
    expect(election?.teamTotals.map((t) => ({ team: t.team, returned: t.returned, valid: t.valid, invalid: Object.values(t.invalid).reduce((a, b) => a + (b ?? 0), 0) }))).toEqual(teams.map(({ issued: _i, ...t }) => t));
    expect(election?.ballotsIssued).toBe(teams.reduce((n, t) => n + t.issued, 0));
    const [tally] = tallyCongressFile(file);
    expect(new Map(tally?.candidates.map((c) => [c.name, c.votes]))).toEqual(votes);
    // Invalid ballots without a reason are counted as the committee's ruling, and the preview says so.
    expect(asked.preview.problems.filter((p) => p.code === 'TEAM_INVALID_WITHOUT_REASON')).toHaveLength(0);
    const full = await preview(sampleBytes('tong-hop-theo-to.xlsx'), { summoned: 130, seats: 9 });
    expect(full.preview.problems.filter((p) => p.code === 'TEAM_INVALID_WITHOUT_REASON').map((p) => p.place)).toEqual(['Sheet "Tổng hợp", cột C', 'Sheet "Tổng hợp", cột E']);
  });
});

describe('the sample candidate list', () => {
  it('reads names, birth years, genders and positions; an election without ballots once seats and base are given', async () => {
    const { preview: p } = await preview(sampleBytes('danh-sach-ung-cu-vien.xlsx'));
    expect(p.elections[0]?.table).toBe('candidates');
    expect(p.questions.map((q) => q.option).sort()).toEqual(['seats', 'summoned']);
    const file = await imported(sampleBytes('danh-sach-ung-cu-vien.xlsx'), { seats: 9, summoned: 43 });
    const candidates = file.elections[0]?.candidates ?? [];
    expect(candidates).toHaveLength(11);
    expect(candidates[0]).toMatchObject({ name: 'Trần Văn Bảy', birthYear: 1965, gender: 'nam', position: 'Bí thư chi bộ khu dân cư số 1' });
    expect(candidates[1]).toMatchObject({ name: 'Lê Thị Cúc', birthYear: 1967, gender: 'nữ' });
    expect(file.elections[0]?.ballots).toEqual([]);
  });
});
