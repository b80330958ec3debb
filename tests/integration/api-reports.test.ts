import { describe, expect, it } from 'vitest';
import { auditHeadCode } from '../../shared/audit/integrity-wording';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { writeCongressFile } from '../../shared/congress-file/write';
import { DRAFT_MARK } from '../../shared/minutes/model';
import { cornerSquares, slots } from '../../src-main/pdf/ballot-layout';
import { REHEARSAL_BANNER } from '../../src-main/pdf/document';
import { CHAIR_PIN, failure, openTestApp, setUpElection, tempDir, unwrap } from '../helpers/api';
import { bigCongressFile, vietnameseNames } from '../helpers/big-election';
import { flatText, pdfPages, renderArtifacts } from '../helpers/pdf';
import { sampleText } from '../helpers/samples';

function sampleApp() {
  const app = openTestApp();
  const { congressId } = unwrap(app.api.importCongressFile({ content: sampleText('dai-hoi-mau.json') }));
  unwrap(app.api.updateCongress({ congressId, countingCommittee: [{ name: 'Lê Văn Tám', role: 'Trưởng ban' }, { name: 'Phùng Thị Ngọc Ánh' }] }));
  unwrap(app.api.setChairPin({ congressId, pin: CHAIR_PIN }));
  const elections = unwrap(app.api.tallyCongress({ congressId }));
  const [bch, bt] = elections.map((e) => e.electionId) as [number, number];
  return { app, congressId, bch, bt };
}

const isPdf = (data: Uint8Array) => new TextDecoder().decode(data.slice(0, 5)) === '%PDF-';

describe('api: minutesPdf', () => {
  it('returns the official minutes of a locked election, with the seal the app shows and the log head it binds on every page', async () => {
    const { app, bch } = sampleApp();
    unwrap(app.api.lockElection({ pin: CHAIR_PIN, electionId: bch, operator: 'Thư ký' }));
    const file = unwrap(await app.api.minutesPdf({ electionId: bch, closedAt: '2025-06-20T10:45', countsInWords: true }));
    expect(file.mimeType).toBe('application/pdf');
    expect(file.fileName).toBe('bien-ban-kiem-phieu-ban-chap-hanh-dang-bo-phuong-khoa-iii.pdf');
    expect(isPdf(file.data)).toBe(true);
    const { fingerprint, lock } = unwrap(app.api.tally({ electionId: bch }));
    const pages = pdfPages(file.data);
    for (const page of pages) {
      expect(page).toContain(`Con dấu số: ${fingerprint}`);
      expect(page).toContain(`Mã nhật ký: ${auditHeadCode(lock!.auditHead)}`);
      expect(page).not.toContain(DRAFT_MARK);
    }
    const text = flatText(pages);
    expect(text).toContain('Đồng chí Lê Văn Tám, Trưởng ban');
    expect(text).toContain('Biên bản kết thúc vào hồi 10 giờ 45 phút, ngày 20 tháng 6 năm 2025');
    expect(text).toContain('Tổng số đại biểu chính thức được triệu tập: 45 (bốn mươi lăm) đồng chí');
  });

  it('prints the minutes of an open election as a draft, marked on every page, and the closing time only as typed', async () => {
    const app = openTestApp();
    const { congressId } = unwrap(app.api.importCongressFile({ content: writeCongressFile(bigCongressFile(60, 80)) }));
    const [election] = unwrap(app.api.tallyCongress({ congressId }));
    const file = unwrap(await app.api.minutesPdf({ electionId: election?.electionId as number }));
    expect(file.fileName).toMatch(/^du-thao-bien-ban-kiem-phieu-/);
    renderArtifacts(file.data, 'bien-ban-du-thao-app', { first: 1, last: 1 });
    const pages = pdfPages(file.data);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(page).toContain(DRAFT_MARK);
    expect(flatText(pages)).toContain('Biên bản kết thúc vào hồi ...... giờ ...... phút, ngày ...... tháng ...... năm ..........');
  });

  it('takes the signature blocks it is given', async () => {
    const { app, bt } = sampleApp();
    const signatures = [{ title: 'THƯ KÝ', names: ['Đinh Thị Huệ'] }, { title: ['T/M BAN KIỂM PHIẾU', 'TRƯỞNG BAN'], names: ['Lê Văn Tám'] }];
    const file = unwrap(await app.api.minutesPdf({ electionId: bt, closedAt: null, signatures }));
    renderArtifacts(file.data, 'bien-ban-chu-ky');
    const text = flatText(pdfPages(file.data));
    expect(text).toContain('THƯ KÝ');
    expect(text).toContain('Đinh Thị Huệ');
    expect(pdfPages(file.data).join('\n')).toMatch(/T\/M BAN KIỂM PHIẾU *\n.*TRƯỞNG BAN/);
    expect(text).not.toContain('CÁC THÀNH VIÊN BAN KIỂM PHIẾU');
  });

  it('refuses while a blocking check fails, listing each problem, and prints a marked rehearsal', async () => {
    const app = openTestApp();
    const { electionId, teamId } = setUpElection(app, { ballotsReturned: 3 });
    unwrap(app.api.enterBallot({ electionId, teamId, struck: ['c01', 'c02'] }));
    const blocking = unwrap(app.api.tally({ electionId })).problems.filter((p) => p.severity === 'error');
    expect(blocking.length).toBeGreaterThan(0);

    const error = failure(await app.api.minutesPdf({ electionId }));
    expect(error.code).toBe('BLOCKING_PROBLEMS');
    expect(error.details?.map((d) => d.message)).toEqual(blocking.map((p) => p.message));

    const rehearsal = unwrap(await app.api.minutesPdf({ electionId, rehearsal: true }));
    expect(rehearsal.fileName.startsWith('chay-thu-')).toBe(true);
    for (const page of pdfPages(rehearsal.data)) expect(page).toContain(REHEARSAL_BANNER);
  });

  it('checks its input', async () => {
    const { app, bch } = sampleApp();
    expect(failure(await app.api.minutesPdf({ electionId: 'bch' as unknown as number })).code).toBe('INVALID_INPUT');
    expect(failure(await app.api.minutesPdf({ electionId: bch, closedAt: '20/06/2025 10:45' })).code).toBe('INVALID_INPUT');
    expect(failure(await app.api.minutesPdf({ electionId: bch, signatures: [{ title: '  ' }] })).code).toBe('INVALID_INPUT');
    expect(failure(await app.api.minutesPdf({ electionId: 999 })).code).toBe('NOT_FOUND');
  });
});

describe('api: summaryPdf', () => {
  it('gives every election its outcome and those elected in vote order', async () => {
    const { app, congressId } = sampleApp();
    const file = unwrap(await app.api.summaryPdf({ congressId }));
    expect(isPdf(file.data)).toBe(true);
    renderArtifacts(file.data, 'tong-hop');
    const text = flatText(pdfPages(file.data));
    expect(text).toContain('TỔNG HỢP KẾT QUẢ BẦU CỬ');
    const results = unwrap(app.api.tallyCongress({ congressId }));
    for (const result of results) {
      expect(text).toContain(result.title);
      expect(text).toContain('Chưa chốt kết quả.');
      const names = result.elected.map((id) => result.candidates.find((c) => c.id === id)?.name as string);
      const positions = names.map((name) => text.indexOf(` ${name} `));
      expect(positions.every((p) => p > 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
    expect(text).toContain('Chưa đủ số lượng: số người trúng cử (8) ít hơn số lượng cần bầu (9), còn thiếu 1 đồng chí.');
    expect(text).toContain('Đã bầu đủ số lượng: 1 đồng chí');
  });

  it('shows what fails instead of results for a blocked election, unless a rehearsal', async () => {
    const app = openTestApp();
    const { congressId, electionId, teamId } = setUpElection(app, { ballotsReturned: 3 });
    unwrap(app.api.enterBallot({ electionId, teamId, struck: ['c01', 'c02'] }));
    const text = flatText(pdfPages(unwrap(await app.api.summaryPdf({ congressId })).data));
    expect(text).toContain('Chưa có kết quả chính thức');
    expect(text).not.toMatch(/trúng cử Ban Chấp hành/i);
    const rehearsal = pdfPages(unwrap(await app.api.summaryPdf({ congressId, rehearsal: true })).data);
    for (const page of rehearsal) expect(page).toContain(REHEARSAL_BANNER);
    expect(flatText(rehearsal)).toContain('Không có đồng chí nào trúng cử Ban Chấp hành');
  });
});

describe('api: ballotPaperPdf', () => {
  it('prints a format-A ballot of the list, four to a sheet when they fit, with the stamp area', async () => {
    const { app, bch } = sampleApp();
    const file = unwrap(await app.api.ballotPaperPdf({ electionId: bch }));
    expect(file.fileName).toBe('phieu-bau-ban-chap-hanh-dang-bo-phuong-khoa-iii.pdf');
    renderArtifacts(file.data, 'phieu-bau-a');
    const pages = pdfPages(file.data);
    expect(pages.length).toBe(1);
    const text = flatText(pages);
    const { candidates, seats } = unwrap(app.api.tally({ electionId: bch }));
    for (const c of candidates) expect(text.split(c.name).length - 1).toBe(4);
    expect(text.split('PHIẾU BẦU CỬ').length - 1).toBe(4);
    expect(text).toContain(`Số lượng cần bầu: ${seats} đồng chí`);
    expect(text).toContain('gạch ngang cả họ và tên');
    expect(text).toContain('nơi đóng dấu của cấp ủy triệu tập');
    expect(text).not.toContain('Đồng ý');
    // For the scanner: four solid squares 5 mm inside the cut lines of every ballot.
    const pdf = join(tempDir(), 'phieu.pdf');
    writeFileSync(pdf, file.data);
    execFileSync('pdftoppm', ['-png', '-r', '72', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')]);
    const { data, info } = await sharp(pdf.replace(/\.pdf$/, '.png')).greyscale().raw().toBuffer({ resolveWithObject: true });
    const squares = slots(4).flatMap((slot) => cornerSquares(slot));
    expect(squares.length).toBe(16);
    for (const s of squares) expect(data[Math.round(s.y + s.height / 2) * info.width + Math.round(s.x + s.width / 2)]).toBeLessThan(60);
  });

  it('prints a format-B ballot with the boxes "Đồng ý" and "Không đồng ý"', async () => {
    const { app, bt } = sampleApp();
    const file = unwrap(await app.api.ballotPaperPdf({ electionId: bt, perPage: 2 }));
    renderArtifacts(file.data, 'phieu-bau-b');
    const text = flatText(pdfPages(file.data));
    expect(text.split('Phạm Minh Đức').length - 1).toBe(2);
    expect(text).toMatch(/Đồng ý Không đồng ý/);
    expect(text).toContain('đánh dấu X vào ô');
  });

  it('puts a long list on a sheet of its own, and says so when asked for more than fit', async () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app, { seats: 50, names: vietnameseNames(60) });
    const file = unwrap(await app.api.ballotPaperPdf({ electionId }));
    renderArtifacts(file.data, 'phieu-bau-60');
    const text = flatText(pdfPages(file.data));
    for (const name of vietnameseNames(60)) expect(text.split(` ${name} `).length - 1).toBe(1);
    const error = failure(await app.api.ballotPaperPdf({ electionId, perPage: 4 }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: 'perPage' });
    expect(failure(await app.api.ballotPaperPdf({ electionId, perPage: 3 as 4 })).code).toBe('INVALID_INPUT');
  });
});
