import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chiBoCongress } from '../helpers/chi-bo-congress';
import { openTestApp, tempDir, unwrap, type TestApp } from '../helpers/api';
import { recalculatingProfile, sofficePath } from '../helpers/libreoffice';
import { brokenPhrases, paperBlocks, paperLines } from '../helpers/paper-text';
import { renderArtifacts } from '../helpers/pdf';
import { sampleText } from '../helpers/samples';

/**
 * Issue 18, item 8: every paper the program prints as a secretariat would sign it. The heading's
 * "ĐẢNG CỘNG SẢN VIỆT NAM" and every date "ngày … tháng … năm …" stand whole on one line, on
 * every kind of paper, for a chi bộ whose place and đảng bộ have long names.
 */

function loaded(content: string): { app: TestApp; congressId: number; elections: { id: number; title: string }[] } {
  const app = openTestApp();
  const { congressId } = unwrap(app.api.importCongressFile({ content, operator: 'Thư ký' }));
  const elections = unwrap(app.api.getCongress({ congressId })).elections.map((e) => ({ id: e.id, title: e.title }));
  return { app, congressId, elections };
}

/** The same papers for a committee's first meeting electing its Ban Thường vụ (a further round) and its bí thư. */
function committeeMeeting(): string {
  const file = chiBoCongress() as { congress: Record<string, unknown>; elections: Record<string, unknown>[] };
  file.congress = { ...file.congress, name: 'Ban Chấp hành Đảng bộ phường Hòa An, thành phố Cao Bằng khóa III', kind: 'committee', meeting: 1, summoned: 30, present: 28 };
  file.elections = file.elections.map((e) => ({ ...e, ...(e.office === 'cap_uy' ? { office: 'ban_thuong_vu', title: String(e.title).replace('Chi ủy Chi bộ Khu phố 3', 'Ban Thường vụ Đảng ủy phường khóa III') } : { title: 'Bầu Bí thư Đảng ủy phường khóa III' }) }));
  return JSON.stringify(file);
}

const CONGRESSES = [
  { name: 'chi bộ', content: () => JSON.stringify(chiBoCongress()) },
  { name: 'hội nghị Ban Chấp hành', content: committeeMeeting },
  { name: 'chi bộ, chưa chốt', content: () => JSON.stringify(chiBoCongress({ locked: false })) },
  { name: 'đại hội mẫu', content: () => sampleText('dai-hoi-mau.json') },
];

function expectWhole(pdf: Uint8Array, what: string): string[] {
  const pages = paperBlocks(pdf);
  expect(brokenPhrases(pages), what).toEqual([]);
  return paperLines(pages);
}

describe('the papers keep their phrases whole (issue 18, item 8)', () => {
  for (const { name, content } of CONGRESSES) {
    it(`biên bản kiểm phiếu and tổng hợp kết quả: ${name}`, async () => {
      const { app, congressId, elections } = loaded(content());
      const meeting = name.startsWith('hội nghị');
      for (const election of elections) {
        const minutes = unwrap(await app.api.minutesPdf({ electionId: election.id, rehearsal: false, countsInWords: true }));
        const lines = expectWhole(minutes.data, `biên bản ${election.title}`);
        expect(lines.filter((line) => line.includes('ĐẢNG CỘNG SẢN VIỆT NAM')).length, election.title).toBeGreaterThan(0);
        // A meeting is spoken of as a meeting.
        if (meeting) expect(lines.join(' '), election.title).not.toMatch(/đại hội|chủ tịch đoàn/iu);
        if (meeting && election === elections[1]) renderArtifacts(minutes.data, 'giay-bien-ban-hoi-nghi-vong-2');
      }
      const summary = unwrap(await app.api.summaryPdf({ congressId, rehearsal: false }));
      const summaryLines = expectWhole(summary.data, 'tổng hợp');
      expect(summaryLines.some((line) => line.includes('ĐẢNG CỘNG SẢN VIỆT NAM'))).toBe(true);
      if (meeting) expect(summaryLines.join(' ')).not.toMatch(/đại hội|chủ tịch đoàn/iu);
      if (name === 'chi bộ') renderArtifacts(summary.data, 'giay-tong-hop-chi-bo');
      if (meeting) renderArtifacts(summary.data, 'giay-tong-hop-hoi-nghi');
    });

    it(`phiếu bầu, 4, 2 and 1 to a sheet: ${name}`, async () => {
      const { app, elections } = loaded(content());
      for (const election of elections) {
        for (const perPage of [4, 2, 1] as const) {
          const paper = unwrap(await app.api.ballotPaperPdf({ electionId: election.id, perPage }));
          const lines = expectWhole(paper.data, `phiếu bầu ${election.title}, ${perPage} phiếu một tờ`);
          expect(lines.filter((line) => line.includes('ĐẢNG CỘNG SẢN VIỆT NAM')).length, `${election.title}, ${perPage}`).toBe(perPage);
          if (name === 'chi bộ' && election === elections[0]) renderArtifacts(paper.data, `giay-phieu-bau-chi-bo-${perPage}`);
        }
      }
    });
  }

  it('the workbook as LibreOffice prints it: every minutes sheet', async () => {
    const soffice = sofficePath();
    expect(soffice, 'LibreOffice (soffice) is needed for this test: apt-get install libreoffice-calc').not.toBe('');
    const { app, congressId } = loaded(JSON.stringify(chiBoCongress()));
    const workbook = unwrap(await app.api.exportWorkbook({ congressId }));
    const dir = tempDir();
    writeFileSync(join(dir, 'so-lieu.xlsx'), workbook.data);
    execFileSync(soffice, [`-env:UserInstallation=${recalculatingProfile(dir)}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'so-lieu.xlsx')], { timeout: 180_000 });
    const pdf = new Uint8Array(readFileSync(join(dir, 'so-lieu.pdf')));
    renderArtifacts(pdf, 'giay-bang-tinh-chi-bo');
    const lines = expectWhole(pdf, 'bảng tính');
    expect(lines.filter((line) => line.includes('ĐẢNG CỘNG SẢN VIỆT NAM')).length).toBe(3);
  }, 240_000);
});
