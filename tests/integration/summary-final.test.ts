import { describe, expect, it } from 'vitest';
import { openTestApp, unwrap } from '../helpers/api';
import { flatText, pdfPages, renderArtifacts } from '../helpers/pdf';
import { TIE_NAMES, tieCongress, type TieCongressOptions } from '../helpers/tie-congress';

async function summaryText(options: TieCongressOptions, artifact?: string) {
  const app = openTestApp();
  const { congressId } = unwrap(app.api.importCongressFile({ content: JSON.stringify(tieCongress(options)), operator: 'Thư ký' }));
  const file = unwrap(await app.api.summaryPdf({ congressId }));
  if (artifact) renderArtifacts(file.data, artifact);
  return flatText(pdfPages(file.data));
}

describe('the congress summary lists the final result of each office (issue 11, finding 5)', () => {
  it('all 14 elected across round 1 and the tie-break, in order, with the round that elected each; then every round', async () => {
    const text = await summaryText({}, 'tong-hop-ket-qua-cuoi-cung');
    const finalPart = text.slice(text.indexOf('I. KẾT QUẢ CUỐI CÙNG'), text.indexOf('II. KẾT QUẢ TỪNG VÒNG BẦU'));
    expect(finalPart).toContain('1. Bầu Ban Chấp hành Đảng bộ phường Hòa An khóa III, nhiệm kỳ 2025-2030');
    expect(finalPart).toContain('Đã bầu đủ 14 đồng chí Ban Chấp hành Đảng bộ phường Hòa An khóa III, qua 2 vòng bầu.');
    const names = [...TIE_NAMES.slice(0, 14)];
    const positions = names.map((name) => finalPart.indexOf(` ${name} `));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(finalPart).toMatch(/14 Mai Thị Quyên 80 vòng 2/);
    expect(finalPart).toMatch(/13 Lý Văn Phúc 83 vòng 1/);
    expect(finalPart).not.toContain('Trịnh Văn Sơn');
    expect(finalPart).not.toContain('TẠM THỜI');
    const rounds = text.slice(text.indexOf('II. KẾT QUẢ TỪNG VÒNG BẦU'));
    expect(rounds).toContain('Bằng phiếu: các đồng chí Mai Thị Quyên, Trịnh Văn Sơn cùng được 70 phiếu');
    expect(rounds).toContain('(vòng 2: bầu lại do bằng phiếu)');
    expect(text).not.toMatch(/hòa phiếu|chương trình|program/i);
  });

  it('a voided tie-break: round 1 only, the tie pending, marked provisional', async () => {
    const text = await summaryText({ tieBreakVoided: true });
    const finalPart = text.slice(text.indexOf('I. KẾT QUẢ CUỐI CÙNG'), text.indexOf('II. KẾT QUẢ TỪNG VÒNG BẦU'));
    expect(finalPart).toContain('KẾT QUẢ TẠM THỜI: còn phải bầu lại do bằng phiếu.');
    expect(finalPart).toContain('Đã bầu được 13 trong số 14 đồng chí');
    expect(finalPart).toContain('Còn 1 chỗ chưa có kết quả: các đồng chí Mai Thị Quyên, Trịnh Văn Sơn cùng được 70 phiếu (bằng phiếu)');
    expect(finalPart).not.toContain('vòng 2');
  });

  it('a tie-break that elected nobody: 13 elected, one seat unfilled', async () => {
    const text = await summaryText({ tieBreak: { c14: 50, c15: 45 } });
    const finalPart = text.slice(text.indexOf('I. KẾT QUẢ CUỐI CÙNG'), text.indexOf('II. KẾT QUẢ TỪNG VÒNG BẦU'));
    expect(finalPart).toContain('Đã bầu được 13 trong số 14 đồng chí Ban Chấp hành Đảng bộ phường Hòa An khóa III, qua 2 vòng bầu.');
    expect(finalPart).toContain('Còn thiếu 1 đồng chí so với số lượng cần bầu.');
  });
});
