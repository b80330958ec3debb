import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import type { CongressFile } from '../../shared/congress-file/schema';
import { writeCongressFile } from '../../shared/congress-file/write';
import { CHAIR_PIN, openTestApp, tempDir, unwrap } from '../helpers/api';
import { runCli } from '../helpers/cli';
import { lockedFile } from '../helpers/locked';
import { pdfPages } from '../helpers/pdf';
import { sampleText } from '../helpers/samples';

/** Issue 20, item 5: the seal printed in full and as a QR code on every page of the official papers, the log's head beside it. */
function sample(): CongressFile {
  const read = readCongressFile(sampleText('dai-hoi-mau.json'));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

/** The text of the QR code of each page, read from the page as pdftoppm draws it. */
async function qrTexts(pdf: Uint8Array): Promise<(string | null)[]> {
  const dir = tempDir();
  writeFileSync(join(dir, 'p.pdf'), pdf);
  execFileSync('pdftoppm', ['-r', '150', '-gray', '-png', join(dir, 'p.pdf'), join(dir, 'trang')]);
  const pages = readdirSync(dir).filter((f) => f.startsWith('trang-')).sort();
  return Promise.all(
    pages.map(async (page) => {
      const image = sharp(join(dir, page));
      const { width, height } = await image.metadata();
      // The footer's right corner, where the code stands.
      const crop = await image.extract({ left: Math.round((width as number) * 0.75), top: Math.round((height as number) * 0.88), width: Math.round((width as number) * 0.25), height: Math.round((height as number) * 0.12) }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      return jsQR(new Uint8ClampedArray(crop.data), crop.info.width, crop.info.height)?.data ?? null;
    }),
  );
}

describe('the seal on the paper', () => {
  it('is on every page of the official minutes from a file, in full, with the log head and a QR code that verify reads', async () => {
    const dir = tempDir();
    const file = lockedFile(sample(), ['bch']);
    const lock = file.elections[0]?.lock as NonNullable<CongressFile['elections'][number]['lock']>;
    const only = { ...file, elections: [file.elections[0] as CongressFile['elections'][number]] };
    const path = join(dir, 'da-chot.json');
    writeFileSync(path, writeCongressFile(only));
    const run = runCli('export', path, '--pdf', join(dir, 'bb.pdf'), '--closed-at', '2025-06-20T10:45');
    expect(run.status, run.stderr).toBe(0);
    const pdf = new Uint8Array(execFileSync('cat', [join(dir, 'bb.pdf')]));
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page).toContain(`Con dấu số: ${lock.fingerprint}`);
      expect(page).toContain(`Mã nhật ký: ${lock.auditHead.slice(0, 16).toUpperCase().replace(/(.{4})(?=.)/g, '$1-')}`);
    }
    const texts = await qrTexts(pdf);
    expect(texts).toEqual(pages.map(() => `KIEM-PHIEU CON-DAU ${lock.fingerprint} NHAT-KY ${lock.auditHead}`));
    const verified = runCli('verify', path, '--code', texts[0] as string);
    expect(verified.status, verified.stdout).toBe(0);
    expect(verified.stdout).toContain('KHỚP');
    // The short code matches too, saying what it is worth.
    const short = runCli('verify', path, '--code', lock.fingerprint.split('-').slice(0, 4).join(''));
    expect(short.status).toBe(0);
    expect(short.stdout).toContain('Mã ngắn chỉ gồm 80 bit đầu');
    expect(runCli('verify', path, '--code', 'khong-phai-ma').status).toBe(2);
  });

  it('is on every page of the official summary from the app as a QR code; a draft carries none', async () => {
    const app = openTestApp();
    const { congressId } = unwrap(app.api.importCongressFile({ content: writeCongressFile(sample()) }));
    unwrap(app.api.setChairPin({ congressId, pin: CHAIR_PIN }));
    const results = unwrap(app.api.tallyCongress({ congressId }));
    const draft = unwrap(await app.api.summaryPdf({ congressId })).data;
    expect((await qrTexts(draft)).every((t) => t === null)).toBe(true);
    for (const r of results) unwrap(app.api.lockElection({ pin: CHAIR_PIN, electionId: r.electionId, operator: 'Chủ tịch' }));
    const official = unwrap(await app.api.summaryPdf({ congressId })).data;
    const texts = await qrTexts(official);
    expect(texts.length).toBe(pdfPages(official).length);
    for (const text of texts) expect(text).toMatch(/^KIEM-PHIEU CON-DAU [A-Z2-7]{4}(-[A-Z2-7]{4}){12} NHAT-KY [0-9a-f]{64}$/);
    expect(new Set(texts).size).toBe(1);
  });
});
