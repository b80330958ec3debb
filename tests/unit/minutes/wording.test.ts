import { describe, expect, it } from 'vitest';
import { congressFileName, electionPaperFileName } from '../../../shared/minutes/file-name';
import { congressName, electionTitleLine, headingLines, nextRoundTitle, roundNote, termPhrase, titleWithRound } from '../../../shared/minutes/wording';
import { fileNameSlug } from '../../../shared/text/slug';

const NBSP = '\u00a0';

describe('the words of the papers', () => {
  it('writes a term whole, with no place to break a line inside it', () => {
    expect(termPhrase('2025 – 2030')).toBe(`nhiệm${NBSP}kỳ${NBSP}2025-2030`);
    expect(termPhrase('2025-2030', true)).toBe(`Nhiệm${NBSP}kỳ${NBSP}2025-2030`);
  });

  it('takes the term out of a congress name for the heading, and prints it once; keeps "LẦN THỨ II" together', () => {
    const congress = { name: 'Đại hội đại biểu Đảng bộ xã Hòa Phú lần thứ II, nhiệm kỳ 2020-2025', organization: 'Đảng bộ xã Hòa Phú' };
    expect(headingLines(congress)).toEqual([
      { text: 'ĐẢNG BỘ XÃ HÒA PHÚ', role: 'organization' },
      { text: `ĐẠI HỘI ĐẠI BIỂU LẦN${NBSP}THỨ${NBSP}II`, role: 'assembly' },
      { text: `Nhiệm${NBSP}kỳ${NBSP}2020-2025`, role: 'term' },
    ]);
    expect(headingLines({ ...congress, term: '2020 - 2025' }).filter((l) => l.role === 'term')).toHaveLength(1);
    expect(congressName(congress)).toBe(`Đại hội đại biểu Đảng bộ xã Hòa Phú lần thứ II, nhiệm${NBSP}kỳ${NBSP}2020-2025`);
    expect(congressName({ name: 'Đại hội Chi bộ 3 (nhiệm kỳ 2025 - 2027)' })).toBe(`Đại hội Chi bộ 3 (nhiệm${NBSP}kỳ${NBSP}2025-2027)`);
  });

  it('says the round once: in the title of a round it made, or after a title that does not say it', () => {
    const round2 = nextRoundTitle('Bầu Ban Chấp hành khóa IV', 2, 'tie_break');
    expect(round2).toBe('Bầu Ban Chấp hành khóa IV (vòng 2: bầu lại do bằng phiếu)');
    expect(nextRoundTitle(round2, 3, 'further')).toBe('Bầu Ban Chấp hành khóa IV (vòng 3: bầu bổ sung số còn thiếu)');
    expect(titleWithRound({ title: round2, round: 2 })).toBe(round2);
    expect(titleWithRound({ title: 'Bầu lại Ban Chấp hành', round: 2 })).toBe('Bầu lại Ban Chấp hành (vòng 2)');
    expect(titleWithRound({ title: 'Bầu Ban Chấp hành', round: 1 })).toBe('Bầu Ban Chấp hành');
    // The title of the minutes from a title that says its round.
    expect(electionTitleLine({ title: round2, office: 'cap_uy' }, '2025-2030', 2).replace(/\u00a0/g, ' ')).toBe('Bầu Ban Chấp hành khóa IV, nhiệm kỳ 2025-2030 (vòng 2: bầu lại do bằng phiếu)');
    expect(roundNote({ title: 'Bầu Ban Chấp hành' }, 2)).toBe('vòng 2');
    expect(roundNote({ title: round2 }, 1)).toBeNull();
  });
});

describe('file names', () => {
  it('cuts a long name between words, never inside one', () => {
    expect(fileNameSlug('Bầu Ban Chấp hành Đảng bộ phường khóa III nhiệm kỳ', 30)).toBe('bau-ban-chap-hanh-dang-bo');
    expect(fileNameSlug('Bầu Ban Chấp hành', 30)).toBe('bau-ban-chap-hanh');
    expect(fileNameSlug('Đạihộiđạibiểuđảngbộ', 10)).toBe('daihoidaib');
  });

  it('gives each election and round a paper of its own, in Vietnamese words only, cut between words (issue 18, item 8)', () => {
    const title = 'Bầu Ban Chấp hành Đảng bộ phường Hòa An khóa III, nhiệm kỳ 2025-2030, gồm các đồng chí ủy viên chính thức';
    const first = electionPaperFileName('bien-ban-kiem-phieu', { round: 1, title, office: 'cap_uy' }, 'pdf');
    const second = electionPaperFileName('bien-ban-kiem-phieu', { round: 2, title: nextRoundTitle(title, 2, 'tie_break'), office: 'cap_uy' }, 'pdf');
    expect(first).toBe('bien-ban-kiem-phieu-ban-chap-hanh-dang-bo-phuong-hoa-an-khoa-iii-nhiem-ky-2025-2030-gom-cac-dong.pdf');
    expect(second).toBe('bien-ban-kiem-phieu-ban-chap-hanh-dang-bo-phuong-hoa-an-khoa-iii-nhiem-ky-2025-2030-gom-vong-2.pdf');
    expect(electionPaperFileName('phieu-bau', { round: 1, title: '', office: 'bi_thu' }, 'pdf')).toBe('phieu-bau-bi-thu.pdf');
    expect(electionPaperFileName('phieu-bau', { round: 2, title: 'Bầu Chi ủy Chi bộ Khu phố 3 (vòng 2: bầu bổ sung số còn thiếu)', office: 'cap_uy' }, 'pdf')).toBe('phieu-bau-chi-uy-chi-bo-khu-pho-3-vong-2.pdf');
    for (const name of [first, second]) expect(name.length).toBeLessThanOrEqual(100);
  });

  it('names a congress’s papers after it, cut between words', () => {
    const name = 'Đại hội đại biểu Đảng bộ Khối các cơ quan và doanh nghiệp thành phố Hồ Chí Minh lần thứ XVII, nhiệm kỳ 2025 - 2030';
    expect(congressFileName('tong-hop-ket-qua', name, 'pdf')).toBe('tong-hop-ket-qua-dai-hoi-dai-bieu-dang-bo-khoi-cac-co-quan-va-doanh-nghiep-thanh-pho-ho-chi-minh.pdf');
    expect(congressFileName('', 'Hội nghị lần thứ hai Ban Chấp hành', 'xlsx')).toBe('hoi-nghi-lan-thu-hai-ban-chap-hanh.xlsx');
  });
});
