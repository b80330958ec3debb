import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../../shared/congress-file/read';
import type { CongressFile, CongressInfo } from '../../../shared/congress-file/schema';
import { electionTallyInputFromFile } from '../../../shared/congress-file/tally';
import { buildMinutesModel } from '../../../shared/minutes/build';
import { electionForMinutes, type MinutesModel, type MinutesSource } from '../../../shared/minutes/model';
import { outcomeSentence, outcomeStatement } from '../../../shared/minutes/outcome';
import { plainText } from '../../../shared/minutes/text';
import { tallyElection, type ElectionTallyInput } from '../../../shared/rules/tally';
import { ballotsForVotes, candidates, electionInput } from '../../helpers/elections';
import { sampleText } from '../../helpers/samples';
import { unbreakable } from '../../../shared/text/unbreakable';

/** The model's words in reading order, one block a line (tables a row a line, cells split by " | "). */
function linesOf(model: MinutesModel): string[] {
  const lines = [...model.heading.left.map((l) => l.text), model.heading.party, plainText(model.heading.placeAndDate), model.title, model.subtitle];
  for (const block of model.blocks) {
    if (block.kind === 'paragraph' || block.kind === 'heading') lines.push(plainText(block.text));
    else if (block.kind === 'list') lines.push(...block.items.map((item) => `${block.level === 2 ? '  ' : ''}– ${plainText(item)}`));
    else lines.push(block.columns.map((c) => c.header.replace('\n', ' ')).join(' | '), ...block.rows.map((row) => row.map(plainText).join(' | ')));
  }
  lines.push(plainText(model.closing), ...model.signatures.map((s) => [typeof s.title === 'string' ? s.title : s.title.join(' / '), ...(s.names ?? [])].join(': ')));
  return lines.map((line) => line.replace(/\u00a0/g, ' '));
}

const LOCK = { at: '2025-06-20T10:45:00+07:00', fingerprint: '7739-4D24-9E0C', auditHead: 'ab'.repeat(32) };

function sample(): CongressFile {
  const read = readCongressFile(sampleText('dai-hoi-mau.json'));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

function fromFile(file: CongressFile, index: number, lock: MinutesSource['lock'] = LOCK): MinutesSource {
  const election = file.elections[index] as CongressFile['elections'][number];
  return { congress: file.congress, election: electionForMinutes({ ...election, baseOverride: election.base }, election.candidates), tally: tallyElection(electionTallyInputFromFile(file.congress, election)), lock };
}

const CONGRESS: CongressInfo = { name: 'Đại hội Đảng bộ xã Hòa Phú lần thứ V', organization: 'Đảng bộ xã Hòa Phú', term: '2025-2030', place: 'Hòa Phú', date: '2025-05-12', kind: 'members', summoned: 45, present: 42, exclusions: [] };

function source(input: ElectionTallyInput, congress: Partial<CongressInfo> = {}, title = 'Bầu Ban Chấp hành Đảng bộ xã khóa V'): MinutesSource {
  return { congress: { ...CONGRESS, ...congress }, election: { title, office: input.office, baseOverridden: false, requireMajority: input.requireMajority, allBothOrNoneInvalid: input.allBothOrNoneInvalid, withdrawn: [] }, tally: tallyElection(input), lock: LOCK };
}

describe('the minutes model: RULES R9, every field', () => {
  const file = sample();
  const withCommittee = { ...file, congress: { ...file.congress, countingCommittee: [{ name: 'Phùng Thị Ngọc Ánh' }, { name: 'Lê Văn Tám', role: 'Trưởng ban' }] } };
  const lines = linesOf(buildMinutesModel(fromFile(withCommittee, 0), { countsInWords: true }));

  it('heads the paper as the Party does: the đảng bộ, the congress, the term once; place and date', () => {
    expect(lines.slice(0, 7)).toEqual(['ĐẢNG BỘ PHƯỜNG HÒA AN', 'ĐẠI HỘI ĐẠI BIỂU LẦN THỨ III', 'Nhiệm kỳ 2025-2030', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Hòa An, ngày 20 tháng 6 năm 2025', 'BIÊN BẢN KIỂM PHIẾU', 'Bầu Ban Chấp hành Đảng bộ phường khóa III, nhiệm kỳ 2025-2030']);
  });

  it('says each figure in order: seats, list, committee, attendance and base, ballots, results, those elected, the shortfall, the closing, the signatures', () => {
    const text = lines.join('\n');
    const expected = [
      'Hôm nay, ngày 20 tháng 6 năm 2025, tại Hòa An, Đại hội đại biểu Đảng bộ phường Hòa An lần thứ III tiến hành bầu Ban Chấp hành Đảng bộ phường khóa III theo quy định của Điều lệ Đảng và Quy chế bầu cử trong Đảng (ban hành kèm theo Quyết định số 190-QĐ/TW ngày 10/10/2024).',
      '1. Số lượng cần bầu (đại hội đã biểu quyết): 9 (chín) đồng chí.',
      '2. Danh sách bầu cử gồm 11 (mười một) đồng chí (xếp theo thứ tự trên phiếu bầu, theo vần A, B, C); phiếu bầu theo hình thức gạch tên (danh sách nhiều hơn số lượng cần bầu):',
      'TT | Họ và tên',
      '1 | Trần Văn Bảy',
      '3. Ban kiểm phiếu gồm các đồng chí:\n– Đồng chí Lê Văn Tám, Trưởng ban.\n– Đồng chí Phùng Thị Ngọc Ánh, Ủy viên.',
      '4. Số đại biểu chính thức và cơ sở tính kết quả:',
      '– Tổng số đại biểu chính thức được triệu tập: 45 (bốn mươi lăm) đồng chí.',
      '– Số đại biểu chính thức có mặt lúc bầu cử: 43 (bốn mươi ba) đồng chí; vắng mặt: 2 (hai) đồng chí.',
      '– Số đại biểu chính thức làm cơ sở tính kết quả bầu cử: 43 (bốn mươi ba) đồng chí, bằng tổng số được triệu tập trừ:',
      '  – Đại biểu vắng mặt suốt thời gian đại hội, không có đại biểu dự khuyết thay thế: 2 (hai) đồng chí.',
      '– Người trúng cử phải được số phiếu bầu quá một nửa so với 43, tức là ít nhất 22 (hai mươi hai) phiếu.',
      '5. Phiếu bầu:\n– Số phiếu phát ra: 43 (bốn mươi ba); số phiếu thu vào: 41 (bốn mươi mốt).\n– Số phiếu hợp lệ: 38 (ba mươi tám).\n– Số phiếu không hợp lệ: 3 (ba), gồm:',
      '6. Kết quả kiểm phiếu cụ thể như sau (xếp theo thứ tự như trong phiếu bầu):\nTT | Họ và tên | Số phiếu | Tỷ lệ % so với 43\n1 | Trần Văn Bảy | 30 | 69,77',
      '7. Căn cứ kết quả kiểm phiếu, các đồng chí sau đây trúng cử Ban Chấp hành Đảng bộ phường khóa III, xếp theo thứ tự số phiếu từ cao xuống thấp:\nTT | Họ và tên | Số phiếu | Tỷ lệ % so với 43\n1 | Hoàng Thị Giao | 36 | 83,72\n2 | Đỗ Thị Hoa | 35 | 81,40',
      'Chưa đủ số lượng: số người trúng cử (8) ít hơn số lượng cần bầu (9), còn thiếu 1 đồng chí. Đoàn chủ tịch xem xét, quyết định việc có bầu tiếp hay không.',
      '8. Kiểm tra, đối chiếu số liệu:',
      'Biên bản kết thúc vào hồi ...... giờ ...... phút, ngày ...... tháng ...... năm ..........\nCÁC THÀNH VIÊN BAN KIỂM PHIẾU: Phùng Thị Ngọc Ánh\nTRƯỞNG BAN KIỂM PHIẾU: Lê Văn Tám',
    ];
    let from = 0;
    for (const piece of expected) {
      const at = text.indexOf(piece, from);
      expect(at, piece).toBeGreaterThanOrEqual(from);
      from = at + piece.length;
    }
    // Each reason of an invalid ballot, with its count.
    expect(lines).toContain('  – Phiếu ghi thêm tên người ngoài danh sách: 1 (một) phiếu.');
  });

  it('is official only with a lock; without one it is a draft', () => {
    expect(buildMinutesModel(fromFile(file, 0)).draft).toBe(false);
    expect(buildMinutesModel(fromFile(file, 0, null)).draft).toBe(true);
  });

  it('leaves dotted lines to fill by hand for what is not known, and never speaks of the program', () => {
    const bare = { ...file, congress: { ...file.congress, present: null, date: undefined, countingCommittee: undefined } };
    const election = bare.elections[0] as CongressFile['elections'][number];
    const model = buildMinutesModel(fromFile({ ...bare, elections: [{ ...election, ballotsIssued: null }] }, 0));
    const text = linesOf(model).join('\n');
    expect(text).toContain('Hòa An, ngày ..... tháng ..... năm ..........');
    expect(text).toContain('Hôm nay, ngày ..... tháng ..... năm .........., tại Hòa An,');
    expect(text).toContain('– Đồng chí ........................................, Trưởng ban.\n– Đồng chí ........................................, Ủy viên.\n– Đồng chí ........................................, Ủy viên.');
    expect(text).toContain('– Số đại biểu chính thức có mặt lúc bầu cử: ...... đồng chí; vắng mặt: ...... đồng chí.');
    expect(text).toContain('– Số phiếu phát ra: ........; số phiếu thu vào: 41.');
    expect(text).toContain('Biên bản kết thúc vào hồi ...... giờ ...... phút, ngày ...... tháng ...... năm ..........');
    expect(text).not.toMatch(/chương trình|chưa ghi|chưa nhập/iu);
  });

  it('writes the closing time only as given', () => {
    const model = buildMinutesModel(fromFile(file, 0), { closedAt: { year: 2025, month: 6, day: 20, hour: 10, minute: 5 } });
    expect(plainText(model.closing)).toBe(`Biên bản kết thúc vào hồi ${unbreakable('10 giờ 05 phút')}, ${unbreakable('ngày 20 tháng 6 năm 2025')}.`);
  });
});

describe('the minutes model on the worked examples of RULES.md', () => {
  it('E1: a members’ congress of 45 with three exclusions has base 41; 21 votes reach it, 20 do not', () => {
    const exclusions = [
      { reason: 'Đảng viên được giới thiệu sinh hoạt tạm thời ở đảng bộ khác', count: 2 },
      { reason: 'Đảng viên miễn công tác và sinh hoạt đảng vắng mặt', count: 1 },
      { reason: 'Đảng viên chính thức vắng mặt suốt thời gian đại hội có lý do', count: 1 },
    ];
    const list = candidates(3).map((c, i) => ({ ...c, name: ['Trần Văn An', 'Lê Thị Bình', 'Phạm Văn Cường'][i] as string }));
    const input = electionInput({ candidates: list, seats: 2, base: 41, ballots: ballotsForVotes(['c01', 'c02', 'c03'], [21, 20, 5], 25), present: 41 });
    const text = linesOf(buildMinutesModel(source(input, { exclusions, present: 41 }))).join('\n');
    expect(text).toContain('– Tổng số đảng viên chính thức được triệu tập: 45 đồng chí.');
    expect(text).toContain('– Số đảng viên chính thức có mặt lúc bầu cử: 41 đồng chí; vắng mặt: 4 đồng chí.');
    expect(text).toContain('– Số đảng viên chính thức làm cơ sở tính kết quả bầu cử: 41 đồng chí, bằng tổng số được triệu tập trừ:\n  – Đảng viên được giới thiệu sinh hoạt tạm thời ở đảng bộ khác: 2 đồng chí.\n  – Đảng viên miễn công tác và sinh hoạt đảng vắng mặt: 1 đồng chí.\n  – Đảng viên chính thức vắng mặt suốt thời gian đại hội có lý do: 1 đồng chí.');
    expect(text).toContain('quá một nửa so với 41, tức là ít nhất 21 phiếu.');
    expect(text).toContain('1 | Trần Văn An | 21 | 51,22\n2 | Lê Thị Bình | 20 | 48,78');
    expect(text).toContain('đồng chí sau đây trúng cử Ban Chấp hành Đảng bộ xã khóa V:\nTT | Họ và tên | Số phiếu | Tỷ lệ % so với 41\n1 | Trần Văn An | 21 | 51,22\nChưa đủ số lượng');
  });

  it('E4: the bí thư, 35 of 41 agree: valid 37, invalid 1 for both boxes, elected with 85,37%, seats filled', () => {
    const marks = (mark: 'agree' | 'disagree' | 'both', count: number) => ({ choice: { kind: 'marks' as const, marks: { c01: mark } }, count, ruling: null, team: null });
    const input = electionInput({ office: 'bi_thu', candidates: [{ id: 'c01', name: 'Nguyễn Văn Bình', withdrawn: false }], seats: 1, base: 41, ballotsIssued: 41, ballotsReturned: 38, ballots: [marks('agree', 35), marks('disagree', 2), marks('both', 1)] });
    const text = linesOf(buildMinutesModel(source(input, { summoned: 41, present: 41 }, 'Bầu Bí thư Đảng ủy xã'))).join('\n');
    expect(text).toContain('phiếu bầu theo hình thức đánh dấu vào ô "Đồng ý" hoặc "Không đồng ý":');
    expect(text).toContain('– Số phiếu phát ra: 41; số phiếu thu vào: 38.\n– Số phiếu hợp lệ: 37.\n– Số phiếu không hợp lệ: 1, gồm:\n  – Phiếu đánh dấu cả hai ô hoặc không đánh dấu ô nào: 1 phiếu.');
    expect(text).toContain('1 | Nguyễn Văn Bình | 35 | 85,37');
    expect(text).toContain('Đã bầu đủ số lượng: 1 đồng chí Bí thư Đảng ủy xã.');
  });

  it('E6: 14 elected, the two with 80 votes tied for the last seat, to be voted again', () => {
    const ids = candidates(17).map((c) => c.id);
    const votes = [...Array.from({ length: 14 }, (_, i) => 140 - i * 3 - (i === 13 ? 11 : 0)), 80, 80, 60];
    const input = electionInput({ candidates: candidates(17), seats: 15, base: 146, ballots: ballotsForVotes(ids, votes, 146) });
    const model = buildMinutesModel(source(input, { kind: 'delegates', summoned: 146, present: 146 }));
    expect(model.outcome).toEqual({ kind: 'tie', headline: 'Bằng phiếu', text: 'các đồng chí Người 15, Người 16 cùng được 80 phiếu cho 1 chỗ còn lại, nên chưa đồng chí nào trong số này trúng cử. Cần bầu lại giữa các đồng chí này để chọn 1 người (không chọn theo tuổi hay theo thứ tự tên).' });
    const text = linesOf(model).join('\n');
    expect(text).toContain('14 | Người 14 | 90 | 61,64\nBằng phiếu: các đồng chí Người 15, Người 16');
    expect(text).not.toMatch(/hòa phiếu/iu);
  });

  it('E7: four of five delegates elected; the shortfall proposes to vote again for the seat left', () => {
    const ids = candidates(6).map((c) => c.id);
    const input = electionInput({ office: 'dai_bieu', candidates: candidates(6), seats: 5, base: 41, ballots: ballotsForVotes(ids, [30, 28, 25, 22, 20, 19], 41) });
    const model = buildMinutesModel(source(input, { summoned: 41, present: 41 }, 'Bầu đại biểu dự Đại hội Đảng bộ huyện'));
    expect(outcomeSentence(model.outcome)).toBe('Chưa đủ số lượng: số người trúng cử (4) ít hơn số lượng cần bầu (5), còn thiếu 1 đồng chí. Đề nghị đại hội bầu tiếp số còn thiếu.');
    expect(linesOf(model).filter((line) => /^\d+ \| Người \d \| \d+ \| /.test(line)).slice(6)).toEqual(['1 | Người 1 | 30 | 73,17', '2 | Người 2 | 28 | 68,29', '3 | Người 3 | 25 | 60,98', '4 | Người 4 | 22 | 53,66']);
  });

  it('says the outcome in the same words the results screen shows', () => {
    const tally = fromFile(sample(), 0).tally;
    const model = buildMinutesModel(fromFile(sample(), 0));
    expect(model.outcome).toEqual(outcomeStatement(tally, 'Ban Chấp hành Đảng bộ phường khóa III'));
    expect(linesOf(model)).toContain(outcomeSentence(model.outcome));
  });
});
