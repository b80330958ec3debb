import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import type { CongressFile } from '../../shared/congress-file/schema';
import { buildMinutesModel } from '../../shared/minutes/build';
import type { MinutesBlock } from '../../shared/minutes/model';
import { scansAnnex, shortHash, type ScanForMinutes } from '../../shared/minutes/scans-annex';
import { plainText } from '../../shared/minutes/text';
import { buildMinutesPdf } from '../../src-main/pdf/minutes';
import { minutesInputFromFile } from '../../src-main/pdf/minutes-data';
import { lockedFile } from '../helpers/locked';
import { pdfPages, renderArtifacts } from '../helpers/pdf';
import { sampleText } from '../helpers/samples';

const sha = (n: number) => createHash('sha256').update(`anh-${n}`).digest('hex');

/** 348 scanned images as a day's count leaves them (the figure): most counted, some confirmed, set aside, refused, one waiting. */
function dayOfScans(): ScanForMinutes[] {
  return Array.from({ length: 348 }, (_, i): ScanForMinutes => {
    const image = `IMG_20250620_${String(100000 + i * 7)}.jpg`;
    if (i % 50 === 7) return { image, sha256: sha(i), decision: 'refused', ballotNumber: null, reason: i % 100 === 7 ? 'Không tìm thấy bốn ô vuông góc phiếu: ảnh không phải phiếu bầu hoặc bị cắt mất góc' : 'Ảnh quét quá nhiễu (độ nhiễu 0.071, tối đa 0.055): máy không đọc chắc được, hãy quét lại' };
    if (i % 40 === 11) return { image, sha256: sha(i), decision: 'set_aside', ballotNumber: null, reason: 'Cần người xem: 1 tên máy chưa đọc chắc chắn', note: `Cùng một tờ phiếu với ảnh số ${i - 1}`, decidedBy: 'Trần Thị Xem' };
    if (i % 9 === 4) return { image, sha256: sha(i), decision: 'confirmed', ballotNumber: i + 1, reason: 'Cần người xem: 1 tên máy chưa đọc chắc chắn', decidedBy: 'Trần Thị Xem' };
    if (i === 347) return { image: 'phieu\nĐÃ TÍNH.png', sha256: sha(i), decision: 'pending', ballotNumber: null, reason: 'Cần người xem: có chữ hoặc nét ngoài các dòng tên' };
    return { image, sha256: sha(i), decision: 'counted', ballotNumber: i + 1 };
  });
}

function sample(): CongressFile {
  const read = readCongressFile(sampleText('dai-hoi-mau.json'));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

const table = (blocks: readonly MinutesBlock[]) => blocks.find((b): b is Extract<MinutesBlock, { kind: 'table' }> => b.kind === 'table');

describe('the annex of scanned images (issue 17, item 7)', () => {
  it('one line an image: short hash, paper number, outcome, reason by number, who decided; every reason written once below', () => {
    const scans = dayOfScans();
    const annex = scansAnnex(scans);
    if (!annex) throw new Error('no annex');
    const rows = table(annex.blocks)?.rows.map((row) => row.map(plainText)) ?? [];
    expect(rows).toHaveLength(348);
    expect(table(annex.blocks)?.columns.map((c) => c.header)).toEqual(['TT', 'Tên ảnh', 'Mã', 'Phiếu số', 'Kết quả', 'Lý do', 'Người quyết định']);
    expect(rows[0]).toEqual(['1', 'IMG_20250620_100000.jpg', shortHash(sha(0)), '1', 'Tính (máy đọc)', '', 'máy']);
    expect(shortHash(sha(0))).toBe(sha(0).slice(0, 12));
    const text = annex.blocks.flatMap((b) => (b.kind === 'paragraph' ? [plainText(b.text)] : b.kind === 'list' ? b.items.map(plainText) : [])).join('\n');
    expect(text).toContain('Có 348 ảnh phiếu quét: ');
    // Every reason is kept: the machine's for a refused image, the person's for one set aside, and both refer to the list.
    const refused = rows[7] as string[];
    expect(refused.slice(3, 7)).toEqual(['', 'Không đọc được', expect.stringMatching(/^\(\d+\)$/), 'máy']);
    expect(text).toContain(`${refused[5]} Không tìm thấy bốn ô vuông góc phiếu`);
    const aside = rows[11] as string[];
    expect(aside.slice(4, 7)).toEqual(['Không tính', expect.stringMatching(/^\(\d+\) \(\d+\)$/), 'Trần Thị Xem']);
    expect(text).toContain('Cùng một tờ phiếu với ảnh số 10');
    for (const scan of scans) for (const words of [scan.reason, scan.note].filter((w): w is string => !!w)) expect(text).toContain(words);
    // Each reason once: 4 machine reasons and one note per image set aside.
    const legend = annex.blocks.find((b): b is Extract<MinutesBlock, { kind: 'list' }> => b.kind === 'list');
    expect(legend?.items.length).toBe(4 + scans.filter((s) => s.note).length);
    // A name cannot forge a row.
    expect(rows[347]?.[1]).toBe('phieu\\nĐÃ TÍNH.png');
  });

  it('the printed annex holds about 40 images a page (348 images: 10 pages with the reasons, where 8 a page took 44)', async () => {
    const file = lockedFile(sample());
    const input = { ...minutesInputFromFile(file, file.elections[0] as CongressFile['elections'][number]), scans: dayOfScans() };
    const model = buildMinutesModel(input);
    expect(model.annex).not.toBeNull();
    const built = await buildMinutesPdf(input);
    if (!built.ok) throw new Error(built.error.message);
    const pages = pdfPages(built.value);
    const first = pages.findIndex((p) => p.includes('PHỤ LỤC: DANH SÁCH ẢNH PHIẾU QUÉT'));
    const annexPages = pages.slice(first);
    renderArtifacts(built.value, 'bien-ban-phu-luc-gon', { first: first + 1, last: first + 2 });
    expect(annexPages.length).toBeLessThanOrEqual(10);
    // Every image on one line of its own, with its short hash.
    for (const scan of dayOfScans().slice(0, 346)) expect(annexPages.join('\n')).toMatch(new RegExp(`${scan.image}\\s+${shortHash(scan.sha256)}`));
    const perPage = annexPages.map((p) => p.split('\n').filter((l) => /IMG_20250620_/.test(l)).length).filter((n) => n > 0);
    // Every page between the first (under the title) and the last holds about 40.
    for (const n of perPage.slice(1, -1)) expect(n).toBeGreaterThanOrEqual(38);
  });
});
