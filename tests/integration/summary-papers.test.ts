import { describe, expect, it } from 'vitest';
import { auditHeadCode } from '../../shared/audit/integrity-wording';
import { DRAFT_MARK } from '../../shared/minutes/model';
import { openTestApp, unwrap } from '../helpers/api';
import { chiBoCongress, type ChiBoOptions } from '../helpers/chi-bo-congress';
import { flatText, pdfPages, renderArtifacts } from '../helpers/pdf';

/**
 * Issue 18, items 4 and 7: the summary says what it is on every page (a draft until every round
 * that counts is locked, then the code of those locks), and lists each office's rounds together.
 */
async function summary(options: ChiBoOptions, artifact?: string) {
  const app = openTestApp();
  const { congressId } = unwrap(app.api.importCongressFile({ content: JSON.stringify(chiBoCongress(options)), operator: 'Thư ký' }));
  const file = unwrap(await app.api.summaryPdf({ congressId }));
  if (artifact) renderArtifacts(file.data, artifact);
  return { app, congressId, pages: pdfPages(file.data), file };
}

const CODE = /Con dấu số tổng hợp: ([A-Z2-7]{4}(?:-[A-Z2-7]{4}){12})/;

describe('the summary says what it is on every page', () => {
  it('every round locked: official, no draft mark, the code of the locks and the log on every page', async () => {
    const { app, congressId, pages } = await summary({}, 'tong-hop-chinh-thuc');
    expect(pages.length).toBeGreaterThan(1);
    // The log's head of the latest lock among the rounds, which that lock's seal binds.
    const locks = unwrap(app.api.tallyCongress({ congressId })).flatMap((r) => (r.lock ? [r.lock] : []));
    const latest = locks.sort((a, b) => (a.at < b.at ? -1 : 1)).at(-1)!;
    for (const page of pages) {
      expect(page).not.toContain(DRAFT_MARK);
      expect(page).toMatch(CODE);
      expect(page).toContain(`Mã nhật ký: ${auditHeadCode(latest.auditHead)}`);
    }
    const codes = new Set(pages.map((page) => CODE.exec(page)?.[1]));
    expect(codes.size).toBe(1);
  });

  it('a round not locked: a draft on every page, and no code', async () => {
    const { pages } = await summary({ furtherLocked: false }, 'tong-hop-du-thao');
    for (const page of pages) {
      expect(page).toContain(DRAFT_MARK);
      expect(page).not.toMatch(CODE);
    }
    expect(flatText(pages)).toContain('Chưa chốt kết quả.');
  });

  it('the code follows the locks: a different lock, a different code', async () => {
    const one = await summary({});
    const first = CODE.exec(one.pages[0] ?? '')?.[1];
    expect(first).toBeDefined();
    // The same congress again gives the same code (each round's seal binds the log's head at its lock, the same here).
    expect(CODE.exec((await summary({})).pages[0] ?? '')?.[1]).toBe(first);
    const changed = chiBoCongress();
    ((changed.elections as { ballotsIssued: number }[])[2] as { ballotsIssued: number }).ballotsIssued = 29;
    const app = openTestApp();
    const { congressId } = unwrap(app.api.importCongressFile({ content: JSON.stringify(changed) }));
    const other = pdfPages(unwrap(await app.api.summaryPdf({ congressId })).data);
    expect(CODE.exec(other[0] ?? '')?.[1]).toMatch(/^[A-Z2-7]{4}/);
    expect(CODE.exec(other[0] ?? '')?.[1]).not.toBe(first);
  });
});

describe('the summary orders offices, then rounds within an office (issue 18, item 7)', () => {
  it('round 2 of the chi ủy right after its round 1, before the bí thư, though created after it', async () => {
    const { pages } = await summary({ furtherLast: true }, 'tong-hop-thu-tu-vong');
    const text = flatText(pages);
    const rounds = text.slice(text.indexOf('II. KẾT QUẢ TỪNG VÒNG BẦU'));
    const round1 = rounds.indexOf('1. Bầu Chi ủy Chi bộ Khu phố 3, nhiệm kỳ 2025-2027 –');
    const round2 = rounds.indexOf('2. Bầu Chi ủy Chi bộ Khu phố 3, nhiệm kỳ 2025-2027 (vòng 2: bầu bổ sung số còn thiếu)');
    const biThu = rounds.indexOf('3. Bầu Bí thư Chi bộ, nhiệm kỳ 2025-2027');
    expect(round1).toBeGreaterThanOrEqual(0);
    expect(round2).toBeGreaterThan(round1);
    expect(biThu).toBeGreaterThan(round2);
    expect(rounds).toContain('Số lượng cần bầu ở vòng này: 1;');
    expect(rounds).toMatch(/Đồng chí sau đây trúng cử Bí thư Chi bộ: (Tỷ lệ % )?TT Họ và tên/);
  });
});
