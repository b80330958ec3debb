import fc from 'fast-check';
import { finalResultsOfFile } from '../../../shared/congress-file/final';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../../shared/congress-file/read';
import { tallyCongressFile } from '../../../shared/congress-file/tally';
import { writeCongressFile } from '../../../shared/congress-file/write';
import { tallyReport } from '../../../shared/tally-report';
import { clone, sampleJson, sampleText } from '../../helpers/samples';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const sample = sampleJson<Json>('dai-hoi-mau.json');

function rejection(file: unknown): string {
  const read = readCongressFile(file);
  if (read.ok) throw new Error('expected the file to be rejected');
  return read.error.message;
}

function mutated(change: (file: Json) => void): Json {
  const file = clone(sample);
  change(file);
  return file;
}

describe('the sample congress file', () => {
  it('reads and tallies exactly to dai-hoi-mau.expected.json', () => {
    const read = readCongressFile(sampleText('dai-hoi-mau.json'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const tallies = tallyCongressFile(read.value);
    const report = tallyReport(tallies, finalResultsOfFile(read.value, tallies));
    const expected = sampleJson<Json>('dai-hoi-mau.expected.json');
    expect(report.elections.map(({ problems: _p, ...rest }) => rest)).toEqual(expected.elections);
    expect(report.elections.map((e) => e.problems)).toEqual([[], []]);
  });
});

describe('a malformed congress file is rejected, naming the JSON path', () => {
  it.each<[string, (f: Json) => void, string]>([
    ['an unknown candidate', (f) => (f.elections[0].ballots[17].struck[1] = 'c99'), 'elections[0].ballots[17].struck[1]: không có ứng cử viên "c99"'],
    ['a duplicate election id', (f) => (f.elections[1].id = 'bch'), 'elections[1].id: mã cuộc bầu "bch" bị trùng'],
    ['a duplicate candidate id', (f) => (f.elections[0].candidates[3].id = 'c01'), 'elections[0].candidates[3].id: mã ứng cử viên "c01" bị trùng'],
    ['a duplicate ballot id', (f) => (f.elections[0].ballots[5].id = 'p1'), 'elections[0].ballots[5].id: mã phiếu "p1" bị trùng'],
    ['a name twice on one ballot', (f) => (f.elections[0].ballots[0].struck = ['c01', 'c01']), 'elections[0].ballots[0].struck[1]: ứng cử viên "c01" ghi hai lần trên một phiếu'],
    ['a negative number', (f) => (f.elections[0].ballotsIssued = -1), 'elections[0].ballotsIssued: không được âm (-1)'],
    ['a non-integer number', (f) => (f.elections[0].seats = 9.5), 'elections[0].seats: phải là số nguyên, không phải 9.5'],
    ['seats < 1', (f) => (f.elections[0].seats = 0), 'elections[0].seats: phải ≥ 1 (đang là 0)'],
    ['a base ≤ 0 (override)', (f) => (f.elections[1].base = 0), 'elections[1].base: phải ≥ 1 (đang là 0)'],
    ['a base ≤ 0 (exclusions)', (f) => (f.congress.exclusions[0].count = 45), 'congress.exclusions: số cơ sở tính kết quả (triệu tập 45 trừ các trường hợp loại trừ) phải lớn hơn 0, đang là 0'],
    ['a missing required field', (f) => delete f.congress.name, 'congress.name: thiếu (bắt buộc phải có)'],
    ['an empty name', (f) => (f.elections[0].candidates[0].name = '   '), 'elections[0].candidates[0].name: không được để trống'],
    ['an unknown office', (f) => (f.elections[0].office = 'chu_tich'), 'elections[0].office: phải là một trong: "cap_uy", "ban_thuong_vu", "bi_thu", "pho_bi_thu", "ubkt", "chu_nhiem_ubkt", "dai_bieu", "dai_bieu_du_khuyet", "khac" (đang là "chu_tich")'],
    ['two contents on one ballot', (f) => (f.elections[0].ballots[2].kept = ['c01']), 'elections[0].ballots[2]: chỉ được có một trong kept, struck, marks (đang có kept, struck)'],
    ['a ballot with nothing', (f) => (f.elections[0].ballots[2] = { team: 'T1' }), 'elections[0].ballots[2]: phải có một trong kept, struck, marks hoặc invalid'],
    ['a computed code without content', (f) => (f.elections[0].ballots[2] = { invalid: 'OVER_N' }), 'elections[0].ballots[2].invalid: mã OVER_N do chương trình tự tính từ nội dung phiếu; phiếu không ghi nội dung chỉ nhận NOT_ISSUED, WRITE_IN, MARKED_SIGNED, COMMITTEE_RULED'],
    ['a committee ruling without its note', (f) => (f.elections[0].ballots[2] = { invalid: 'COMMITTEE_RULED' }), 'elections[0].ballots[2].note: phải ghi lý do khi Ban kiểm phiếu kết luận phiếu không hợp lệ (COMMITTEE_RULED)'],
    ['marks on a strike-out ballot', (f) => (f.elections[0].ballots[2] = { marks: { c01: 'agree' } }), 'elections[0].ballots[2].marks: phiếu gạch tên (danh sách nhiều hơn số cần bầu) không có ô đồng ý / không đồng ý: dùng kept hoặc struck'],
    ['a withdrawn candidate on a ballot', (f) => (f.elections[0].candidates[0].withdrawn = true), 'elections[0].ballots[0].struck[0]: ứng cử viên "c01" đã rút, không có trên phiếu bầu'],
    ['an unknown mark', (f) => (f.elections[1].ballots[0].marks.c04 = 'yes'), 'elections[1].ballots[0].marks.c04: phải là một trong: "agree", "disagree", "both", "none" (đang là "yes")'],
    ['continuing an unknown election', (f) => (f.elections[1].continues = 'xyz'), 'elections[1].continues: không có cuộc bầu "xyz"'],
    ['an unknown format', (f) => (f.format = 'kiem-phieu.tally'), 'format: không phải tệp đại hội (cần "kiem-phieu.congress", đang là "kiem-phieu.tally")'],
    ['an unknown version', (f) => (f.version = 2), 'version: phiên bản 2 chưa được hỗ trợ (chương trình đọc phiên bản 1)'],
    ['a bad date', (f) => (f.congress.date = '20/06/2025'), 'congress.date: phải là ngày dạng NNNN-TT-NN, ví dụ 2025-04-14'],
  ])('%s', (_, change, message) => {
    expect(rejection(mutated(change))).toBe(message);
  });

  it('text that is not JSON says where it breaks', () => {
    expect(rejection('{\n "format": "kiem-phieu.congress",\n "version": 1,,\n}')).toMatch(/^Không phải JSON hợp lệ \(dòng 3, cột \d+\)$/);
    expect(rejection('[1, 2]')).toBe('Tệp đại hội phải là một đối tượng JSON');
  });

  it('every problem is listed, not only the first', () => {
    const read = readCongressFile(mutated((f) => {
      f.elections[0].ballots[0].struck = ['c98'];
      f.elections[0].ballots[1].struck = ['c99'];
    }));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.details?.map((d) => d.path)).toEqual(['elections[0].ballots[0].struck[0]', 'elections[0].ballots[1].struck[0]']);
  });
});

describe('text is NFC and clean', () => {
  it('reads NFD names and stray spaces as NFC, and writes NFC', () => {
    const read = readCongressFile(mutated((f) => (f.elections[0].candidates[0].name = '  Trần\u00a0 Văn Bảy'.normalize('NFD'))));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.elections[0]!.candidates[0]!.name).toBe('Trần Văn Bảy'.normalize('NFC'));
    const written = writeCongressFile(read.value);
    expect(written).toBe(written.normalize('NFC'));
  });
});

describe('writing a congress file', () => {
  it('reads back to the same congress (the sample)', () => {
    const once = readCongressFile(sample);
    if (!once.ok) throw new Error(once.error.message);
    const text = writeCongressFile(once.value);
    const twice = readCongressFile(text);
    expect(twice.ok && twice.value).toEqual(once.value);
    expect(writeCongressFile(twice.ok ? twice.value : once.value)).toBe(text);
  });

  it('keeps every field of the contract, one ballot per line', () => {
    const read = readCongressFile(sample);
    if (!read.ok) throw new Error(read.error.message);
    const text = writeCongressFile(read.value);
    expect(text).toContain('{"id":"p41","team":"T2","struck":["c11"],"invalid":"WRITE_IN","note":"ghi thêm tên"}');
    expect(JSON.parse(text)).toEqual(sample);
  });

  it('reads back to the same congress for random congresses', () => {
    const ballotArb = fc.oneof(
      fc.record({ struck: fc.subarray(['c01', 'c02', 'c03', 'c04']), team: fc.constantFrom('T1', 'T2'), count: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ kept: fc.subarray(['c01', 'c02', 'c03', 'c04']), invalid: fc.constantFrom('WRITE_IN', 'NOT_ISSUED', 'MARKED_SIGNED') }),
      fc.record({ invalid: fc.constant('COMMITTEE_RULED'), note: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0).map((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0) }),
    );
    fc.assert(
      fc.property(fc.array(ballotArb, { maxLength: 30 }), fc.integer({ min: 1, max: 3 }), fc.option(fc.integer({ min: 1, max: 200 })), (ballots, seats, issued) => {
        const file = {
          format: 'kiem-phieu.congress', version: 1,
          congress: { name: 'Đại hội thử', kind: 'members', summoned: 50, exclusions: [{ reason: 'Vắng có lý do', count: 3 }] },
          elections: [{ id: 'e1', office: 'ubkt', seats, ballotsIssued: issued, candidates: ['c01', 'c02', 'c03', 'c04'].map((id, i) => ({ id, name: `Nguyễn Văn ${'ABCD'[i]}`, birthYear: 1970 + i })), ballots }],
        };
        const once = readCongressFile(file);
        if (!once.ok) throw new Error(once.error.message);
        const twice = readCongressFile(writeCongressFile(once.value));
        expect(twice.ok && twice.value).toEqual(once.value);
      }),
      { numRuns: 200 },
    );
  });
});
