import { describe, expect, it } from 'vitest';
import type { CongressInfo } from '../../../shared/congress-file/schema';
import { buildMinutesModel } from '../../../shared/minutes/build';
import type { MinutesModel, MinutesSource } from '../../../shared/minutes/model';
import { plainText } from '../../../shared/minutes/text';
import { assemblyName, headingLines, meetingOrdinal } from '../../../shared/minutes/wording';
import { tallyElection } from '../../../shared/rules/tally';
import { ballotsForVotes, candidates, electionInput } from '../../helpers/elections';

/** Issue 11, item 7: a meeting of a committee (hội nghị cấp ủy) and the size the congress voted. */

function linesOf(model: MinutesModel): string[] {
  const lines = [...model.heading.left.map((l) => l.text), model.heading.party, plainText(model.heading.placeAndDate), model.title, model.subtitle];
  for (const block of model.blocks) {
    if (block.kind === 'paragraph' || block.kind === 'heading') lines.push(plainText(block.text));
    else if (block.kind === 'list') lines.push(...block.items.map((item) => `– ${plainText(item)}`));
    else lines.push(...block.rows.map((row) => row.map(plainText).join(' | ')));
  }
  return lines.map((line) => line.replace(/\u00a0/g, ' '));
}

const LOCK = { at: '2025-06-21T09:30:00+07:00', fingerprint: '1234-5678-9ABC', auditHead: 'cd'.repeat(32) };

const MEETING: CongressInfo = {
  name: 'Ban Chấp hành Đảng bộ phường Hòa An khóa III',
  organization: 'Đảng bộ phường Hòa An',
  term: '2025-2030',
  place: 'Hòa An',
  date: '2025-06-21',
  kind: 'committee',
  meeting: 1,
  summoned: 33,
  present: 32,
  exclusions: [{ reason: 'Ủy viên bị đình chỉ sinh hoạt đảng, bị khởi tố, truy tố, tạm giam', count: 1 }],
};

/** The Ban Thường vụ: 11 of a list of 12, on a base of 32 (33 members, one excluded). */
function standingCommittee(congress: Partial<CongressInfo> = {}): MinutesSource {
  const list = candidates(12);
  const votes = [30, 29, 28, 27, 27, 26, 25, 24, 24, 23, 22, 10];
  const input = electionInput({ office: 'ban_thuong_vu', candidates: list, seats: 11, base: 32, ballots: ballotsForVotes(list.map((c) => c.id), votes, 32), ballotsIssued: 32, ballotsReturned: 32, present: 32 });
  return {
    congress: { ...MEETING, ...congress },
    election: { title: 'Bầu Ban Thường vụ Đảng ủy phường khóa III', office: 'ban_thuong_vu', baseOverridden: false, requireMajority: true, allBothOrNoneInvalid: true, withdrawn: [] },
    tally: tallyElection(input),
    lock: LOCK,
  };
}

describe('the minutes of a committee meeting', () => {
  const lines = linesOf(buildMinutesModel(standingCommittee()));
  const text = lines.join('\n');

  it('heads the paper with the đảng bộ, the meeting and the committee, the term once', () => {
    expect(lines.slice(0, 8)).toEqual([
      'ĐẢNG BỘ PHƯỜNG HÒA AN',
      'HỘI NGHỊ LẦN THỨ NHẤT',
      'BAN CHẤP HÀNH KHÓA III',
      'Nhiệm kỳ 2025-2030',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Hòa An, ngày 21 tháng 6 năm 2025',
      'BIÊN BẢN KIỂM PHIẾU',
      'Bầu Ban Thường vụ Đảng ủy phường khóa III, nhiệm kỳ 2025-2030',
    ]);
  });

  it('opens with "Hội nghị lần thứ nhất Ban Chấp hành …", never "Đại hội"', () => {
    expect(text).toContain('Hôm nay, ngày 21 tháng 6 năm 2025, tại Hòa An, Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ phường Hòa An khóa III tiến hành bầu Ban Thường vụ Đảng ủy phường khóa III theo quy định');
    expect(text).not.toMatch(/đại hội/iu);
    expect(text).not.toMatch(/đại biểu|đảng viên chính thức/u);
  });

  it('counts the members of the committee (ủy viên), their exclusions and the base', () => {
    for (const line of [
      '1. Số lượng cần bầu (hội nghị đã biểu quyết): 11 đồng chí.',
      '4. Số ủy viên Ban Chấp hành và cơ sở tính kết quả:',
      '– Tổng số ủy viên Ban Chấp hành được triệu tập: 33 đồng chí.',
      '– Số ủy viên Ban Chấp hành có mặt lúc bầu cử: 32 đồng chí; vắng mặt: 1 đồng chí.',
      '– Số ủy viên Ban Chấp hành làm cơ sở tính kết quả bầu cử: 32 đồng chí, bằng tổng số được triệu tập trừ:',
      '– Ủy viên bị đình chỉ sinh hoạt đảng, bị khởi tố, truy tố, tạm giam: 1 đồng chí.',
      '– Người trúng cử phải được số phiếu bầu quá một nửa so với 32, tức là ít nhất 17 phiếu.',
    ]) {
      expect(lines, line).toContain(line);
    }
  });

  it('leaves the meeting number to write by hand when it is not known, and takes a name that says "Hội nghị" whole', () => {
    const unnumbered = linesOf(buildMinutesModel(standingCommittee({ meeting: undefined })));
    expect(unnumbered[1]).toBe('HỘI NGHỊ LẦN THỨ ......');
    expect(unnumbered.join('\n')).toContain('Hội nghị lần thứ ...... Ban Chấp hành Đảng bộ phường Hòa An khóa III tiến hành bầu');
    const named = { ...MEETING, name: 'Hội nghị lần thứ hai Ban Chấp hành Đảng bộ phường Hòa An khóa III', meeting: 5 };
    expect(assemblyName(named)).toBe('Hội nghị lần thứ hai Ban Chấp hành Đảng bộ phường Hòa An khóa III');
    expect(headingLines(named).map((l) => l.text.replace(/\u00a0/g, ' '))).toEqual(['ĐẢNG BỘ PHƯỜNG HÒA AN', 'HỘI NGHỊ LẦN THỨ HAI BAN CHẤP HÀNH KHÓA III', 'Nhiệm kỳ 2025-2030']);
  });

  it('numbers meetings as they are said: nhất, hai, … tư, … mười, then figures', () => {
    expect([1, 2, 4, 10, 12].map(meetingOrdinal)).toEqual(['nhất', 'hai', 'tư', 'mười', '12']);
  });

  it('leaves what comes after a shortfall to the chair of the meeting', () => {
    const list = candidates(3);
    const input = electionInput({ office: 'pho_bi_thu', candidates: list, seats: 2, base: 32, ballots: ballotsForVotes(list.map((c) => c.id), [20, 12, 10], 32) });
    const model = buildMinutesModel({ ...standingCommittee(), election: { ...standingCommittee().election, title: 'Bầu Phó Bí thư Đảng ủy phường', office: 'pho_bi_thu' }, tally: tallyElection(input) });
    expect(model.outcome.text).toMatch(/(Đề nghị hội nghị bầu tiếp|Chủ tọa hội nghị xem xét)/u);
    expect(model.outcome.text).not.toMatch(/đại hội|Đoàn chủ tịch/u);
  });
});

describe('the size the congress voted (approvedSeats)', () => {
  const congress: CongressInfo = { name: 'Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVI', organization: 'Đảng bộ thành phố Hà Nội', term: '2015-2020', place: 'Hà Nội', date: '2015-10-28', kind: 'delegates', summoned: 400, present: 400, exclusions: [] };
  const list = candidates(80);
  const votes = list.map((_, i) => 380 - i * 2);
  const input = electionInput({ office: 'cap_uy', candidates: list, seats: 74, base: 400, ballots: ballotsForVotes(list.map((c) => c.id), votes, 400) });
  const election = { title: 'Bầu Ban Chấp hành Đảng bộ thành phố khóa XVI', office: 'cap_uy' as const, baseOverridden: false, requireMajority: true, allBothOrNoneInvalid: true, withdrawn: [] };

  it('prints the size voted apart from the seats voted now: 76 voted, 74 elected at the congress', () => {
    const lines = linesOf(buildMinutesModel({ congress, election: { ...election, approvedSeats: 76 }, tally: tallyElection(input), lock: LOCK }, { countsInWords: true }));
    expect(lines).toContain('1. Số lượng cần bầu: 74 (bảy mươi tư) đồng chí.');
    expect(lines).toContain('– Đại hội đã biểu quyết số lượng Ban Chấp hành Đảng bộ thành phố khóa XVI là 76 (bảy mươi sáu) đồng chí; số lượng cần bầu tại đại hội lần này là 74 (bảy mươi tư) đồng chí.');
  });

  it('says nothing more when it is not set, or the same as the seats', () => {
    for (const approvedSeats of [null, 74]) {
      const lines = linesOf(buildMinutesModel({ congress, election: { ...election, approvedSeats }, tally: tallyElection(input), lock: LOCK }));
      expect(lines).toContain('1. Số lượng cần bầu (đại hội đã biểu quyết): 74 đồng chí.');
      expect(lines.join('\n')).not.toContain('biểu quyết số lượng');
    }
  });

  it('at a committee meeting says the size was voted, without saying the meeting voted it', () => {
    const lines = linesOf(buildMinutesModel({ ...standingCommittee(), election: { ...standingCommittee().election, approvedSeats: 13 } }));
    expect(lines).toContain('– Số lượng Ban Thường vụ Đảng ủy phường khóa III đã được biểu quyết là 13 đồng chí; số lượng cần bầu tại hội nghị lần này là 11 đồng chí.');
  });
});
