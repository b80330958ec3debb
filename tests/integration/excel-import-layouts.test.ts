import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import { tallyCongressFile } from '../../shared/congress-file/tally';
import { layoutA } from '../helpers/excel-layouts';
import { BALLOTS, NAMES, SEATS, SUMMONED, expectSameCount, struckCounts } from '../helpers/excel-reference';
import { imported, marksAt, preview, workbookBytes, type CellSpec } from '../helpers/workbooks';

const n = NAMES.length;

describe('layout A: one row per ballot', () => {
  it('reads merged titles, two header rows, team label rows, notes and totals; counts as the reference', async () => {
    const bytes = await workbookBytes([{ name: 'BCH', rows: layoutA(), merges: ['A1:I1', 'A2:I2', 'A3:I3', 'A4:A5', 'H4:H5', 'I4:I5'] }]);
    const { preview: p, file } = await preview(bytes);
    expect(p.questions).toEqual([]);
    expect(p.congress.summoned.value).toBe(SUMMONED);
    const [e] = p.elections;
    expect(e?.candidates.map((c) => c.name)).toEqual(NAMES);
    expect(e?.teams).toEqual(['Tổ 1', 'Tổ 2']);
    expect(e?.ballots).toBe(BALLOTS.length);
    // The totals row's saved values agree with the marks counted.
    expect(e?.totals[0]).toMatchObject({ label: 'Số lần bị gạch', compared: n, disagreements: 0 });
    expect(file).not.toBeNull();
    expectSameCount(file as NonNullable<typeof file>);
    // The notes become the operator's rulings they name (RULES R3).
    const rulings = file?.elections[0]?.ballots.map((b) => b.invalid ?? null);
    expect(rulings?.slice(8)).toEqual(['WRITE_IN', 'COMMITTEE_RULED', null, 'MARKED_SIGNED', 'NOT_ISSUED']);
    expect(file?.elections[0]?.ballots[9]?.note).toBe('KHL');
  });

  it('reports a saved total that disagrees with the marks, naming the cell, and still imports', async () => {
    const bytes = await workbookBytes([{ name: 'BCH', rows: layoutA({ wrongTotal: true }) }]);
    const { preview: p, file } = await preview(bytes);
    const disagreement = p.problems.find((x) => x.code === 'TOTALS_DISAGREE');
    const row = 5 + 2 + BALLOTS.length + 1;
    expect(disagreement?.message).toBe(`Sheet "BCH", ô D${row}: bảng tính ghi ${struckCounts()[2]! + 1} (ô có đánh dấu), chương trình đếm được ${struckCounts()[2]}`);
    expect(disagreement?.severity).toBe('warning');
    expect(file).not.toBeNull();
  });

  it('reads marks meaning kept, every mark symbol, a team column and "1. Name" headers', async () => {
    const symbols = ['X', '1', '✓', 'v', 'g', '/', '-', 'x'];
    const rows: CellSpec[][] = [
      ['KẾT QUẢ KIỂM PHIẾU BẦU BAN CHẤP HÀNH'],
      [`Số lượng cần bầu: ${SEATS}. Số đại biểu được triệu tập: ${SUMMONED}.`],
      ['Ghi chú: đánh dấu x vào tên người được bầu (giữ lại).'],
      ['Phiếu số', 'Tổ', ...NAMES.map((name, i) => `${i + 1}. ${name}`), 'Lý do'],
      ...BALLOTS.map((b, k) => [k + 1, b.team === 'Tổ 1' ? 1 : 2, ...NAMES.map((_, i) => (b.struck.includes(i) ? null : (symbols[(k + i) % symbols.length] as string))), b.note ?? null]),
    ];
    const file = await imported(await workbookBytes([{ name: 'Sheet1', rows }]));
    expectSameCount(file);
    const { preview: p } = await preview(await workbookBytes([{ name: 'Sheet1', rows }]));
    expect(p.elections[0]?.marks.meaning).toBe('kept');
    expect(p.elections[0]?.marks.source).toBe('Sheet "Sheet1", ô A3: "Ghi chú: đánh dấu x vào tên người được bầu (giữ lại)."');
    expect(p.elections[0]?.marks.symbols.map((s) => s.symbol).sort()).toEqual([...symbols].sort());
  });

  it('reads the transposed form: one row per candidate, one column per ballot, teams over the columns', async () => {
    const tổ1 = BALLOTS.filter((b) => b.team === 'Tổ 1');
    const columns = (i: number) => BALLOTS.map((b) => (b.struck.includes(i) ? 'x' : null));
    const last = 2 + BALLOTS.length;
    const rows: CellSpec[][] = [
      [`BẢNG KIỂM PHIẾU BẦU BAN CHẤP HÀNH (mỗi cột một phiếu). Số lượng cần bầu: ${SEATS}. Đánh dấu x vào tên bị gạch.`],
      [null, null, 'Tổ 1', ...Array(tổ1.length - 1).fill(null), 'Tổ 2'],
      ['STT', 'Họ và tên', ...BALLOTS.map((_, k) => `Phiếu ${k + 1}`), 'Số lần bị gạch'],
      ...NAMES.map((name, i) => [i + 1, name, ...columns(i), { formula: `COUNTIF(C${4 + i}:${String.fromCharCode(64 + last)}${4 + i},"x")`, result: struckCounts()[i] }]),
      [null, 'Ghi chú', ...BALLOTS.map((b) => b.note ?? null)],
    ];
    const merges = [`C2:${String.fromCharCode(66 + tổ1.length)}2`, `${String.fromCharCode(67 + tổ1.length)}2:${String.fromCharCode(64 + last)}2`];
    const bytes = await workbookBytes([{ name: 'Kiểm phiếu', rows, merges }]);
    const { preview: p, file } = await preview(bytes, { summoned: SUMMONED });
    expect(p.elections[0]).toMatchObject({ transposed: true, ballots: BALLOTS.length, teams: ['Tổ 1', 'Tổ 2'] });
    expect(p.elections[0]?.totals[0]).toMatchObject({ compared: n, disagreements: 0 });
    expectSameCount(file as NonNullable<typeof file>);
  });

  it('joins invalid ballots kept on a sheet of their own to the election with the same names', async () => {
    const valid = BALLOTS.filter((b) => !b.note);
    const invalid = BALLOTS.filter((b) => b.note);
    const header = ['STT', ...NAMES, 'Ghi chú'];
    const bytes = await workbookBytes([
      { name: 'BCH', rows: [[`Số lượng cần bầu: ${SEATS}. Đánh dấu x vào tên bị gạch`], header, ...valid.map((b, k) => [k + 1, ...marksAt(n, b.struck)])] },
      { name: 'Phiếu không hợp lệ', rows: [['CÁC PHIẾU KHÔNG HỢP LỆ'], header, ...invalid.map((b, k) => [k + 1, ...marksAt(n, b.struck), b.note ?? null])] },
    ]);
    const { preview: p, file } = await preview(bytes, { summoned: SUMMONED });
    expect(p.elections).toHaveLength(1);
    expect(p.elections[0]?.ballots).toBe(BALLOTS.length);
    expectSameCount(file as NonNullable<typeof file>, 0, { teams: false });
  });
});

describe('layout B: totals per counting team', () => {
  const teamRows = [
    { team: 'Tổ 1', issued: 40, returned: 40, valid: 38, over: 1, none: 1, votes: [30, 28, 25, 20, 15, 10] },
    { team: 'Tổ 2', issued: 35, returned: 34, valid: 33, over: 0, none: 1, votes: [25, 20, 22, 18, 12, 8] },
  ];

  it('reads the transpose (one row per team), with invalid ballots broken down by reason', async () => {
    const rows: CellSpec[][] = [
      ['TỔNG HỢP KẾT QUẢ KIỂM PHIẾU THEO TỔ - BẦU BAN CHẤP HÀNH'],
      [`Số lượng cần bầu: ${SEATS}`],
      ['Tổ', 'Phiếu phát ra', 'Phiếu thu vào', 'Phiếu hợp lệ', 'Phiếu không hợp lệ', 'Bầu quá số lượng', 'Gạch hết tên', ...NAMES],
      ...teamRows.map((t) => [t.team, t.issued, t.returned, t.valid, t.over + t.none, t.over, t.none, ...t.votes]),
      ['Cộng', ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((i) => ({ formula: `SUM(X${i})`, result: i >= 7 ? (teamRows[0]?.votes[i - 7] ?? 0) + (teamRows[1]?.votes[i - 7] ?? 0) : 0 }))],
    ];
    const { preview: p, file } = await preview(await workbookBytes([{ name: 'Tổng hợp', rows }]), { summoned: 80 });
    expect(p.elections[0]).toMatchObject({ table: 'teams', transposed: false, teams: ['Tổ 1', 'Tổ 2'] });
    expect(p.elections[0]?.totals[0]).toMatchObject({ compared: 6, disagreements: 0 });
    const election = file?.elections[0];
    expect(election?.teamTotals).toEqual(
      teamRows.map((t) => ({ team: t.team, returned: t.returned, valid: t.valid, invalid: { OVER_N: t.over, NONE_KEPT: t.none }, votes: Object.fromEntries(t.votes.map((v, i) => [`c0${i + 1}`, v])) })).map((t) => ({ ...t, invalid: Object.fromEntries(Object.entries(t.invalid).filter(([, v]) => v > 0)) })),
    );
    expect(election?.ballotsIssued).toBe(75);
  });

  it('refuses a team without the figures to count it, naming the line', async () => {
    const rows: CellSpec[][] = [[`Số lượng cần bầu: ${SEATS}`], ['Tổ', 'Phiếu hợp lệ', ...NAMES], ['Tổ 1', null, 3, 2, 1, 0, 0, 0]];
    const { preview: p, file } = await preview(await workbookBytes([{ name: 'TH', rows }]), { summoned: 10 });
    expect(file).toBeNull();
    expect(p.problems.filter((x) => x.severity === 'error').map((x) => x.message)).toEqual(['Sheet "TH", dòng 3: Tổ 1 thiếu số phiếu: cần ít nhất hai trong ba số "Phiếu thu vào", "Phiếu hợp lệ", "Phiếu không hợp lệ"']);
  });
});

describe('candidate lists', () => {
  it('joins "Họ đệm" and "Tên", reads the birth year from "Nam"/"Nữ" columns, and enriches the tally sheet', async () => {
    const family = NAMES.map((name) => name.split(' ').slice(0, -1).join(' '));
    const given = NAMES.map((name) => name.split(' ').at(-1));
    const list: CellSpec[][] = [
      ['DANH SÁCH ỨNG CỬ VIÊN'],
      ['STT', 'Họ đệm', 'Tên', 'Năm sinh', null, 'Chức vụ, đơn vị công tác'],
      [null, null, null, 'Nam', 'Nữ', null],
      ...NAMES.map((_, i) => [i + 1, family[i], given[i], i % 2 === 0 ? 1970 + i : null, i % 2 === 1 ? 1970 + i : null, `Bí thư chi bộ số ${i + 1}`]),
    ];
    const tally: CellSpec[][] = [[`Số lượng cần bầu: ${SEATS}. Đánh dấu x vào tên bị gạch`], ['STT', ...NAMES], ...BALLOTS.slice(0, 3).map((b, k) => [k + 1, ...marksAt(n, b.struck)])];
    const bytes = await workbookBytes([
      { name: 'Danh sách', rows: list, merges: ['D2:E2'] },
      { name: 'BCH', rows: tally },
    ]);
    const { preview: p, file } = await preview(bytes, { summoned: SUMMONED });
    expect(p.elections).toHaveLength(1);
    expect(p.elections[0]?.candidateDetailsFrom).toBe('Sheet "Danh sách", ô B4');
    expect(file?.elections[0]?.candidates.map((c) => [c.name, c.birthYear, c.gender, c.position])).toEqual(NAMES.map((name, i) => [name, 1970 + i, i % 2 === 0 ? 'nam' : 'nữ', `Bí thư chi bộ số ${i + 1}`]));
  });
});

describe('several elections in one workbook', () => {
  const bchRows: CellSpec[][] = [['BẦU BAN CHẤP HÀNH'], [`Số lượng cần bầu: ${SEATS}. Đánh dấu x vào tên bị gạch`], ['STT', ...NAMES, 'Ghi chú'], ...BALLOTS.map((b, k) => [k + 1, ...marksAt(n, b.struck), b.note ?? null])];
  const delegates = ['Đinh Văn Khoa', 'Mai Thị Lan', 'Tạ Quang Minh'];
  const delegateRows: CellSpec[][] = [['BẦU ĐẠI BIỂU ĐI DỰ ĐẠI HỘI CẤP TRÊN'], ['Số lượng cần bầu: 2. Đánh dấu x vào tên bị gạch'], ['STT', ...delegates], [1, 'x', null, null], [2, null, 'x', null], [3, null, null, 'x']];

  it('one sheet each: both listed and imported, each with its own seats and office', async () => {
    const bytes = await workbookBytes([
      { name: 'BCH', rows: bchRows },
      { name: 'Đại biểu', rows: delegateRows },
    ]);
    const { preview: p, file } = await preview(bytes, { summoned: SUMMONED });
    expect(p.elections.map((e) => [e.key, e.office.value, e.seats.value])).toEqual([
      ['BCH', 'cap_uy', SEATS],
      ['Đại biểu', 'dai_bieu', 2],
    ]);
    expect(file?.elections.map((e) => e.id)).toEqual(['bch', 'dai-bieu']);
    expectSameCount(file as NonNullable<typeof file>, 0, { teams: false });
    // --sheet picks one; a correction leaves one out.
    expect((await imported(bytes, { summoned: SUMMONED, sheet: 'Đại biểu' })).elections.map((e) => e.id)).toEqual(['dai-bieu']);
    expect((await imported(bytes, { summoned: SUMMONED, elections: { BCH: { include: false } } })).elections.map((e) => e.id)).toEqual(['dai-bieu']);
  });

  it('blocks one under the other on one sheet, the titles between them going to the block below', async () => {
    const bytes = await workbookBytes([{ name: 'Kết quả', rows: [...bchRows, [], [], ...delegateRows] }]);
    const { preview: p, file } = await preview(bytes, { summoned: SUMMONED });
    expect(p.elections.map((e) => [e.key, e.office.value, e.seats.value, e.ballots])).toEqual([
      ['Kết quả', 'cap_uy', SEATS, BALLOTS.length],
      ['Kết quả#2', 'dai_bieu', 2, 3],
    ]);
    expectSameCount(file as NonNullable<typeof file>, 0, { teams: false });
  });
});

describe('a single-name ballot (format B): an x agrees, an empty cell disagrees', () => {
  it('reads "both boxes" and "no box" notes as what the paper shows, for the rules to judge', async () => {
    const rows: CellSpec[][] = [
      ['BẦU BÍ THƯ ĐẢNG ỦY'],
      ['Số lượng cần bầu: 1. Đánh dấu x vào ô đồng ý.'],
      ['Phiếu số', 'Phạm Minh Đức', 'Ghi chú'],
      [1, 'x'],
      [2, 'x'],
      [3, null],
      [4, null, 'đánh cả hai ô'],
      [5, null, 'không đánh dấu ô nào'],
      [6, 'x', 'ghi thêm tên'],
    ];
    const file = await imported(await workbookBytes([{ name: 'BT', rows }]), { summoned: 8 });
    expect(file.elections[0]?.office).toBe('bi_thu');
    const expected = readCongressFile({
      format: 'kiem-phieu.congress',
      version: 1,
      congress: { name: 'x', summoned: 8 },
      elections: [
        {
          id: 'bt',
          office: 'bi_thu',
          seats: 1,
          candidates: [{ id: 'c01', name: 'Phạm Minh Đức' }],
          ballots: [{ marks: { c01: 'agree' }, count: 2 }, { marks: { c01: 'disagree' } }, { marks: { c01: 'both' } }, { marks: { c01: 'none' } }, { marks: { c01: 'agree' }, invalid: 'WRITE_IN', note: 'ghi thêm tên' }],
        },
      ],
    });
    if (!expected.ok) throw new Error(expected.error.message);
    const [mine] = tallyCongressFile(file);
    const [theirs] = tallyCongressFile(expected.value);
    expect(mine?.ballots).toEqual(theirs?.ballots);
    expect(mine?.candidates.map((c) => [c.votes, c.status])).toEqual(theirs?.candidates.map((c) => [c.votes, c.status]));
    expect(mine?.ballots.invalidByReason).toEqual({ B_SINGLE_BOTH_OR_NONE: 2, WRITE_IN: 1 });
  });
});
