import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import type { CongressFile } from '../../shared/congress-file/schema';
import { electionTallyInputFromFile } from '../../shared/congress-file/tally';
import { INVALID_REASON_LABELS, type InvalidReason } from '../../shared/domain';
import { numberToVietnameseWords } from '../../shared/format/number-words';
import { DRAFT_MARK } from '../../shared/minutes/model';
import { REHEARSAL_BANNER } from '../../src-main/pdf/document';
import { buildMinutesFilePdf, buildMinutesPdf } from '../../src-main/pdf/minutes';
import { minutesInputFromFile } from '../../src-main/pdf/minutes-data';
import { sealOf } from '../../shared/seal/seal';
import { bigCongressFile } from '../helpers/big-election';
import { lockedFile, SOME_AUDIT_HEAD } from '../helpers/locked';
import { flatText, pdfFonts, pdfPages, renderArtifacts } from '../helpers/pdf';
import { sampleText } from '../helpers/samples';

function sample(): CongressFile {
  const read = readCongressFile(sampleText('dai-hoi-mau.json'));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

function withCommittee(file: CongressFile): CongressFile {
  return { ...file, congress: { ...file.congress, countingCommittee: [{ name: 'Phùng Thị Ngọc Ánh' }, { name: 'Lê Văn Tám', role: 'Trưởng ban' }, { name: 'Đoàn Quốc Việt', role: 'Thư ký' }] } };
}

const closedAt = { year: 2025, month: 6, day: 20, hour: 10, minute: 45 };

async function minutes(file: CongressFile, index: number, options: Parameters<typeof buildMinutesPdf>[1] = {}) {
  const input = minutesInputFromFile(file, file.elections[index] as CongressFile['elections'][number]);
  const built = await buildMinutesPdf(input, options);
  if (!built.ok) throw new Error(built.error.message);
  return { input, bytes: built.value, pages: pdfPages(built.value) };
}

/** The rows of the table that follows `heading` (TT, name, votes, percent), with the page each stands on. */
function resultRows(pages: readonly string[], from: string, to: string) {
  const rows: { tt: number; name: string; votes: number; percent: string; page: number }[] = [];
  let inside = false;
  pages.forEach((page, p) => {
    for (const line of page.split('\n')) {
      if (line.includes(from)) inside = true;
      else if (line.includes(to)) inside = false;
      const m = /^\s*(\d+)\s+(\S.*?)\s+(\d+)\s+(\d+,\d\d)\s*$/.exec(line);
      if (inside && m) rows.push({ tt: Number(m[1]), name: m[2] as string, votes: Number(m[3]), percent: m[4] as string, page: p });
    }
  });
  return rows;
}

describe('biên bản kiểm phiếu', () => {
  it('carries every field of RULES R9 with intact Vietnamese, for the sample Ban Chấp hành election', async () => {
    const file = lockedFile(withCommittee(sample()));
    const { input, bytes, pages } = await minutes(file, 0, { countsInWords: true, closedAt });
    renderArtifacts(bytes, 'bien-ban-mau');
    const text = flatText(pages);
    const { tally, congress } = input;
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toMatch(/\uFFFD/);

    // Heading: the Party's, never the state's.
    for (const phrase of ['ĐẢNG BỘ PHƯỜNG HÒA AN', 'ĐẠI HỘI ĐẠI BIỂU LẦN THỨ III', 'Nhiệm kỳ 2025-2030', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Hòa An, ngày 20 tháng 6 năm 2025']) expect(text).toContain(phrase);
    expect(text).not.toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA/i);
    expect(text).toContain('BIÊN BẢN KIỂM PHIẾU');
    expect(text).toContain('Bầu Ban Chấp hành Đảng bộ phường khóa III, nhiệm kỳ 2025-2030');
    expect(text.match(/Nhiệm kỳ/g)?.length).toBe(1);

    expect(text).toContain(`Số lượng cần bầu (đại hội đã biểu quyết): ${tally.seats} (${numberToVietnameseWords(tally.seats)}) đồng chí`);
    expect(text).toContain(`Danh sách bầu cử gồm ${tally.candidates.length} (mười một) đồng chí`);
    expect(text).toContain('hình thức gạch tên');
    // The ban kiểm phiếu, Trưởng ban first whatever the order recorded.
    expect(text).toMatch(/Đồng chí Lê Văn Tám, Trưởng ban\. – Đồng chí Phùng Thị Ngọc Ánh, Ủy viên\. – Đồng chí Đoàn Quốc Việt, Thư ký\./);

    expect(text).toContain(`Tổng số đại biểu chính thức được triệu tập: ${congress.summoned} (bốn mươi lăm) đồng chí`);
    expect(text).toContain('có mặt lúc bầu cử: 43 (bốn mươi ba) đồng chí; vắng mặt: 2 (hai) đồng chí');
    expect(text).toContain(`làm cơ sở tính kết quả bầu cử: ${tally.base} (bốn mươi ba) đồng chí, bằng tổng số được triệu tập trừ:`);
    expect(text).toContain(`${congress.exclusions[0]?.reason}: 2 (hai) đồng chí`);
    expect(text).toContain(`quá một nửa so với ${tally.base}, tức là ít nhất ${tally.votesNeeded} (hai mươi hai) phiếu`);

    expect(text).toContain(`Số phiếu phát ra: ${tally.ballots.issued} (bốn mươi ba); số phiếu thu vào: ${tally.ballots.returned} (bốn mươi mốt)`);
    expect(text).toContain(`Số phiếu hợp lệ: ${tally.ballots.valid} (ba mươi tám)`);
    expect(text).toContain(`Số phiếu không hợp lệ: ${tally.ballots.invalid} (ba), gồm:`);
    const reasons = Object.entries(tally.ballots.invalidByReason) as [InvalidReason, number][];
    expect(reasons.length).toBe(3);
    for (const [reason, n] of reasons) expect(text).toContain(`${INVALID_REASON_LABELS[reason]}: ${n} (${numberToVietnameseWords(n)}) phiếu`);

    // Results in ballot order, each row whole: TT, name, votes, percent of the base.
    const table = resultRows(pages, 'Kết quả kiểm phiếu cụ thể', 'Căn cứ kết quả kiểm phiếu');
    expect(table.map((r) => [r.tt, r.name, r.votes, r.percent])).toEqual(tally.candidates.map((c, i) => [i + 1, c.name, c.votes, c.percent]));
    expect(text).toMatch(new RegExp(`Tỷ lệ %[^.]*so với ${tally.base}`));
    // Those elected in vote order, then the unfilled seat said plainly.
    const elected = resultRows(pages, 'trúng cử Ban Chấp hành', 'Chưa đủ số lượng');
    const byId = new Map(tally.candidates.map((c) => [c.id, c]));
    expect(elected.map((r) => r.name)).toEqual(tally.elected.map((id) => byId.get(id)?.name));
    expect(elected.map((r) => r.votes)).toEqual([...elected.map((r) => r.votes)].sort((a, b) => b - a));
    expect(text).toContain('xếp theo thứ tự số phiếu từ cao xuống thấp');
    expect(tally.unfilledSeats).toBe(1);
    expect(text).toContain(`còn thiếu ${tally.unfilledSeats} đồng chí`);

    expect(text).toContain('Biên bản kết thúc vào hồi 10 giờ 45 phút, ngày 20 tháng 6 năm 2025.');
    expect(text).toMatch(/CÁC THÀNH VIÊN BAN KIỂM PHIẾU TRƯỞNG BAN KIỂM PHIẾU/);
    for (const name of ['Lê Văn Tám', 'Phùng Thị Ngọc Ánh', 'Đoàn Quốc Việt']) expect(text.split(name).length - 1).toBe(2);

    // Every page: its number, the seal in full and the log's head it binds.
    const seal = sealOf(file.congress, file.elections[0] as CongressFile['elections'][number], SOME_AUDIT_HEAD).code;
    expect(input.lock?.fingerprint).toBe(seal);
    pages.forEach((page, i) => {
      expect(page).toContain(`Trang ${i + 1}/${pages.length}`);
      expect(page).toContain(`Con dấu số: ${seal}`);
      expect(page).toContain(`Mã nhật ký: ${SOME_AUDIT_HEAD.slice(0, 16).toUpperCase().replace(/(.{4})(?=.)/g, '$1-')}`);
      expect(page).not.toContain(REHEARSAL_BANNER);
      expect(page).not.toContain(DRAFT_MARK);
    });
    // Official minutes speak of the congress, never of the program that printed them.
    expect(text).not.toMatch(/chương trình|khóa kết quả|đã chốt/iu);
  });

  it('prints the term once in the heading, never broken inside "nhiệm kỳ …", even when the congress name carries it', async () => {
    const file = lockedFile(sample());
    const named: CongressFile = { ...file, congress: { ...file.congress, name: 'Đại hội đại biểu Đảng bộ phường Hòa An lần thứ III, nhiệm kỳ 2025 – 2030', term: '2025-2030' } };
    const election = named.elections[0] as CongressFile['elections'][number];
    // Titles of growing length put the term at every place of the line, so that some would wrap inside it.
    const titled = Array.from({ length: 24 }, (_, k) => ({ ...election, title: `Bầu Ban Chấp hành Đảng bộ phường Hòa An khóa III${' mở rộng'.repeat(k % 8)}${'i'.repeat(Math.floor(k / 8))}` }));
    const built = await buildMinutesFilePdf(titled.map((e) => minutesInputFromFile(named, e)), { closedAt });
    if (!built.ok) throw new Error(built.error.message);
    const pages = pdfPages(built.value);
    const firstPages = pages.filter((page) => page.includes('BIÊN BẢN KIỂM PHIẾU'));
    expect(firstPages.length).toBe(24);
    for (const page of firstPages) {
      const heading = page.slice(0, page.indexOf('BIÊN BẢN KIỂM PHIẾU'));
      expect(heading).toContain('ĐẠI HỘI ĐẠI BIỂU LẦN THỨ III');
      expect(heading).not.toMatch(/NHIỆM|nhiệm kỳ/u);
      expect(heading.match(/Nhiệm kỳ 2025-2030/g)?.length).toBe(1);
      const lines = page.split('\n');
      const withTerm = lines.filter((line) => /nhiệm/iu.test(line));
      expect(withTerm.length).toBeGreaterThanOrEqual(2);
      for (const line of withTerm) expect(line).toMatch(/[Nn]hiệm kỳ 2025-2030/u);
    }
    renderArtifacts(built.value, 'bien-ban-nhiem-ky', { first: 1, last: 1 });
  });

  it('embeds its own fonts and draws every Vietnamese letter', async () => {
    const lower = 'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ';
    const letters = [...lower, ...lower.toLocaleUpperCase('vi')];
    const file = sample();
    const election = file.elections[0] as CongressFile['elections'][number];
    // Eleven names of 17 letters each: every letter, in lower and upper case, lands in a table cell.
    const names = election.candidates.map((_, i) => letters.slice(i * 17, (i + 1) * 17).join(''));
    expect(names.join('')).toBe(letters.join(''));
    const withLetters = { ...file, elections: [{ ...election, candidates: election.candidates.map((c, i) => ({ ...c, name: names[i] as string })) }] };
    const { bytes, pages } = await minutes(withLetters, 0, { closedAt });
    const text = flatText(pages);
    for (const name of names) expect(text).toContain(` ${name} `);
    const fonts = pdfFonts(bytes);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) {
      expect(font.name).toMatch(/LiberationSerif/);
      expect(font.embedded).toBe(true);
    }
  });

  it('leaves dotted lines to write in the ban kiểm phiếu and the closing time by hand when they are not given', async () => {
    const { bytes, pages } = await minutes(lockedFile(sample()), 1);
    renderArtifacts(bytes, 'bien-ban-bi-thu-ghi-tay');
    const text = flatText(pages);
    expect(text).toContain('3. Ban kiểm phiếu gồm các đồng chí: – Đồng chí ........................................, Trưởng ban. – Đồng chí ........................................, Ủy viên. – Đồng chí ........................................, Ủy viên.');
    expect(text).not.toMatch(/chương trình|chưa ghi/iu);
    expect(text).toContain('Biên bản kết thúc vào hồi ...... giờ ...... phút, ngày ...... tháng ...... năm ..........');
    expect(text).toContain('cơ sở riêng (được xác định cho cuộc bầu): 8 người');
    expect(text).toContain('đánh dấu vào ô "Đồng ý" hoặc "Không đồng ý"');
    expect(text).toMatch(/Phạm Minh Đức\s+6\s+75,00/);
    expect(text).toContain('Đã bầu đủ số lượng: 1 đồng chí Bí thư Đảng ủy phường');
    expect(text).not.toContain('(không)');
  });

  it('names a tie and those tied, for the seats left', async () => {
    const file = sample();
    const election = file.elections[0] as CongressFile['elections'][number];
    // Three names for two seats, base 25: A has 20 votes, B and C 15 each (both above half): they tie for the second seat.
    const tied: CongressFile = {
      ...file,
      congress: { ...file.congress, summoned: 25, exclusions: [], present: 25 },
      elections: [{
        ...election, seats: 2, ballotsIssued: 25, ballotsReturned: 25, candidates: election.candidates.slice(0, 3),
        ballots: [{ kept: ['c01', 'c02'], count: 10 }, { kept: ['c01', 'c03'], count: 10 }, { kept: ['c02', 'c03'], count: 5 }],
      }],
    };
    const { input, pages } = await minutes(tied, 0, { closedAt });
    expect(input.tally.outcome).toBe('tie');
    const text = flatText(pages);
    expect(text).toContain('Bằng phiếu: các đồng chí Lê Thị Cúc, Nguyễn Hữu Duy cùng được 15 phiếu cho 1 chỗ còn lại');
    expect(resultRows(pages, 'Căn cứ kết quả', 'Bằng phiếu').map((r) => r.name)).toEqual(['Trần Văn Bảy']);
    expect(text).toContain('Cần bầu lại giữa các đồng chí này');
  });

  it('breaks a list of 300 names across pages: header row on each page, no row split, "Trang i/n" right', async () => {
    const file = lockedFile(bigCongressFile(300));
    const { input, bytes, pages } = await minutes(file, 0, { closedAt, countsInWords: true });
    const { tally } = input;
    expect(tally.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(tally.candidates.length).toBe(300);
    renderArtifacts(bytes, 'bien-ban-300');
    expect(pages.length).toBeGreaterThanOrEqual(15);

    const results = resultRows(pages, 'Kết quả kiểm phiếu cụ thể', 'Căn cứ kết quả kiểm phiếu');
    expect(results.map((r) => [r.tt, r.name, r.votes, r.percent])).toEqual(tally.candidates.map((c, i) => [i + 1, c.name, c.votes, c.percent]));
    const elected = resultRows(pages, 'Căn cứ kết quả kiểm phiếu', 'Kiểm tra, đối chiếu');
    expect(elected.length).toBe(tally.elected.length);
    expect(elected.length).toBeGreaterThan(200);

    const resultPages = [...new Set([...results, ...elected].map((r) => r.page))];
    expect(resultPages.length).toBeGreaterThanOrEqual(8);
    for (const p of resultPages) {
      const page = pages[p] as string;
      const header = page.search(/TT\s+Họ và tên\s+Số phiếu/);
      const firstRow = page.search(/^\s*\d+\s+\S.*?\s+\d+\s+\d+,\d\d\s*$/m);
      expect(header, `page ${p + 1} has the header row`).toBeGreaterThanOrEqual(0);
      expect(header, `page ${p + 1}: header above the first row`).toBeLessThan(firstRow);
    }
    // The election list (TT and name only) also repeats its header on every page it spans.
    const listPages = pages.filter((page) => /^\s*\d+\s+[A-ZĐÀ-Ỹ][^\d]*$/mu.test(page) && !/Số phiếu/.test(page));
    for (const page of listPages) expect(page).toMatch(/TT\s+Họ và tên/);

    pages.forEach((page, i) => expect(page).toContain(`Trang ${i + 1}/${pages.length}`));
  });

  it('marks a rehearsal printout on every page', async () => {
    const { pages } = await minutes(lockedFile(bigCongressFile(60, 80)), 0, { rehearsal: true, closedAt });
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) {
      expect(page).toContain(REHEARSAL_BANNER);
      expect(page).not.toContain(DRAFT_MARK);
    }
  });

  it('marks the minutes of an election not locked yet as a draft on every page, beside the rehearsal mark when both', async () => {
    const draft = await minutes(bigCongressFile(60, 80), 0, { closedAt });
    renderArtifacts(draft.bytes, 'bien-ban-du-thao', { first: 1, last: 2 });
    expect(draft.pages.length).toBeGreaterThan(2);
    for (const page of draft.pages) {
      expect(page).toContain(DRAFT_MARK);
      expect(page).not.toContain(REHEARSAL_BANNER);
    }
    const both = await minutes(bigCongressFile(60, 80), 0, { rehearsal: true, closedAt });
    renderArtifacts(both.bytes, 'bien-ban-du-thao-chay-thu', { first: 1, last: 1 });
    for (const page of both.pages) expect(page).toMatch(new RegExp(`${DRAFT_MARK}\\s+${REHEARSAL_BANNER}`));
  });
});

describe('bad input', () => {
  function blocked(): CongressFile {
    const file = sample();
    const election = file.elections[0] as CongressFile['elections'][number];
    return { ...file, elections: [{ ...election, ballotsIssued: 40, ballotsReturned: 42 }, ...file.elections.slice(1)] };
  }

  it('refuses the minutes while a blocking check fails, with each problem', async () => {
    const file = blocked();
    const input = minutesInputFromFile(file, file.elections[0] as CongressFile['elections'][number]);
    const errors = input.tally.problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBe(2);
    const built = await buildMinutesPdf(input, { closedAt });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.error.code).toBe('BLOCKING_PROBLEMS');
    expect(built.error.details?.map((d) => d.message)).toEqual(errors.map((p) => p.message));
    for (const p of errors) expect(built.error.message).toContain(p.message);
  });

  it('refuses a file of several elections when one is blocked, and prints it as a marked rehearsal', async () => {
    const file = blocked();
    const inputs = file.elections.map((e) => minutesInputFromFile(file, e));
    const refused = await buildMinutesFilePdf(inputs, { closedAt });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.details?.every((d) => d.path === 'bch')).toBe(true);

    const rehearsal = await buildMinutesFilePdf(inputs, { closedAt, rehearsal: true });
    if (!rehearsal.ok) throw new Error(rehearsal.error.message);
    renderArtifacts(rehearsal.value, 'bien-ban-chay-thu');
    const pages = pdfPages(rehearsal.value);
    for (const page of pages) expect(page).toContain(REHEARSAL_BANNER);
    const text = flatText(pages);
    for (const p of inputs[0]?.tally.problems ?? []) expect(text).toContain(`LỖI CHƯA KHẮC PHỤC: ${p.message}`);
    // Each election is its own document: page numbers restart.
    expect(pages.filter((page) => page.includes('Trang 1/')).length).toBe(2);
  });
});
