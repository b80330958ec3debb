import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CORNER_SQUARE_SIZE, parseBallotQrText, type BallotLayout, type Rect } from '../../shared/scan/layout';
import { tempDir } from '../helpers/api';
import { runCli } from '../helpers/cli';
import { ballotInputFromFile } from '../../src-main/pdf/ballot-file-input';
import { ballotLayout } from '../../src-main/pdf/ballot-layout';
import { scanCongress } from '../helpers/scan-congress';

const MM = 72 / 25.4;
const near = (a: Rect, b: Rect, gap: number) => a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
const inside = (a: Rect, b: Rect) => a.x >= b.x - 0.01 && a.y >= b.y - 0.01 && a.x + a.width <= b.x + b.width + 0.01 && a.y + a.height <= b.y + b.height + 0.01;

function exportBallots(electionId: string, perSheet: 1 | 2 | 4): { layout: BallotLayout; pdf: string } {
  const dir = tempDir();
  const congress = join(dir, 'dai-hoi.json');
  writeFileSync(congress, JSON.stringify(scanCongress()));
  const pdf = join(dir, `phieu-${electionId}-${perSheet}.pdf`);
  const { status, stderr } = runCli('export', congress, '--ballots', pdf, '--election', electionId, '--per-sheet', String(perSheet));
  expect(stderr).toContain('bố cục cho máy quét');
  expect(status).toBe(0);
  return { layout: JSON.parse(readFileSync(pdf.replace(/\.pdf$/, '.layout.json'), 'utf8')), pdf };
}

describe('the printed ballot a machine can read (export --ballots)', () => {
  for (const [electionId, format] of [['bch', 'A'], ['btv', 'B']] as const) {
    for (const perSheet of [1, 2, 4] as const) {
      it(`format ${format}, ${perSheet} to a sheet: squares 5 mm inside the cut lines with nothing near, one QR for all, every name placed`, async () => {
        const { layout, pdf } = exportBallots(electionId, perSheet);
        expect(layout).toMatchObject({ format: 'kiem-phieu.ballot-layout', version: 1, perSheet, election: { id: electionId, ballotFormat: format } });
        expect(layout.ballots.length).toBe(perSheet);
        expect(parseBallotQrText(layout.qrText)?.hashPrefix).toBe(layout.electionHash.slice(0, 24));
        for (const ballot of layout.ballots) {
          for (const square of ballot.corners) {
            expect(square.width).toBeCloseTo(5 * MM, 2);
            expect(square.width).toBeCloseTo(CORNER_SQUARE_SIZE, 5);
            expect(inside({ x: square.x - 4 * MM, y: square.y - 4 * MM, width: square.width + 8 * MM, height: square.height + 8 * MM }, ballot.slot)).toBe(true);
            for (const other of [...ballot.printed, ballot.table, ballot.qr, ...ballot.names.map((n) => n.rowRect)]) expect(near(square, other, 2.9 * MM)).toBe(false);
          }
          for (const text of [...ballot.printed, ballot.table]) expect(near(ballot.qr, text, 2)).toBe(false);
          expect(ballot.names.map((n) => n.number)).toEqual(ballot.names.map((_, i) => i + 1));
          for (const name of ballot.names) {
            expect(inside(name.nameRect, name.rowRect)).toBe(true);
            expect(inside(name.rowRect, ballot.table)).toBe(true);
            if (format === 'B') for (const box of [name.agreeBox, name.disagreeBox]) expect(inside(box as Rect, name.rowRect)).toBe(true);
            else expect(name.agreeBox).toBeUndefined();
          }
        }
        // The page as printed: the squares are solid black, and the QR code reads back the layout's text on every ballot.
        const png = join(tempDir(), 'page');
        execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', pdf, png]);
        const { data, info } = await sharp(`${png}.png`).greyscale().raw().toBuffer({ resolveWithObject: true });
        const px = 150 / 72;
        for (const ballot of layout.ballots) {
          for (const s of ballot.corners) expect(data[Math.round((s.y + s.height / 2) * px) * info.width + Math.round((s.x + s.width / 2) * px)]).toBeLessThan(40);
          const q = ballot.qr;
          const crop = await sharp(`${png}.png`).extract({ left: Math.floor(q.x * px) - 4, top: Math.floor(q.y * px) - 4, width: Math.ceil(q.width * px) + 8, height: Math.ceil(q.height * px) + 8 }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
          expect(jsQR(new Uint8ClampedArray(crop.data), crop.info.width, crop.info.height)?.data).toBe(layout.qrText);
        }
      });
    }
  }

  it('the QR text is the same on every print of the election and changes with the list; no serial number', () => {
    const a = exportBallots('bch', 4).layout;
    const b = exportBallots('bch', 4).layout;
    expect(b.qrText).toBe(a.qrText);
    expect(new Set(a.ballots.map(() => a.qrText)).size).toBe(1);
    expect(exportBallots('btv', 4).layout.electionHash).not.toBe(a.electionHash);
  });

  it('refuses an unknown election and a count of ballots per sheet that is not 1, 2 or 4', () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const congress = join(dir, 'dai-hoi.json');
    writeFileSync(congress, JSON.stringify(scanCongress()));
    const unknown = runCli('export', congress, '--ballots', join(dir, 'x.pdf'), '--election', 'khong-co');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Không có cuộc bầu "khong-co"');
    const three = runCli('export', congress, '--ballots', join(dir, 'x.pdf'), '--election', 'bch', '--per-sheet', '3');
    expect(three.status, 'a count per sheet that cannot be is a usage error').toBe(2);
    expect(three.stderr).toContain('chỉ in được 1, 2 hoặc 4 phiếu');
    const several = runCli('export', congress, '--ballots', join(dir, 'x.pdf'));
    expect(several.stderr).toContain('--election');
  });

  it('prints every name on one line (issue 17): smaller type, a wider name column, fewer ballots a sheet, or a refusal that names the name', () => {
    const LONG = 'Công Tằng Tôn Nữ Thị Hồng Nhung';
    const file = scanCongress((f) => {
      f.elections[0].candidates[2].name = LONG;
      f.elections.find((e: { id: string }) => e.id === 'btv').candidates[1].name = LONG;
    });
    for (const electionId of ['bch', 'btv']) {
      const input = ballotInputFromFile(file, electionId);
      if (!input.ok) throw new Error(input.error.message);
      for (const perPage of [undefined, 1, 2, 4] as const) {
        const planned = ballotLayout(input.value, perPage ? { perPage } : {});
        if (!planned.ok) {
          expect({ electionId, perPage, message: planned.error.message }).toEqual({ electionId, perPage, message: expect.stringContaining(`Tên "${LONG}" quá dài để in trên một dòng`) });
          expect(perPage).toBeDefined();
          continue;
        }
        const { layout } = planned.value;
        for (const name of layout.ballots[0]?.names ?? []) expect({ electionId, perPage, name: name.name, lines: Math.round(name.nameRect.height / layout.lineHeight) }).toEqual({ electionId, perPage, name: name.name, lines: 1 });
      }
    }
    // Format B at 4 a sheet keeps the long name on one line with a wider name column; format A, two columns at 4 a sheet cannot: it is refused, and the most that fit is 2.
    expect(ballotLayout((ballotInputFromFile(file, 'btv') as { ok: true; value: Parameters<typeof ballotLayout>[0] }).value, { perPage: 4 }).ok).toBe(true);
    const a = ballotInputFromFile(file, 'bch') as { ok: true; value: Parameters<typeof ballotLayout>[0] };
    expect(ballotLayout(a.value, { perPage: 4 }).ok).toBe(false);
    expect((ballotLayout(a.value) as { ok: true; value: { setting: { perPage: number } } }).value.setting.perPage).toBe(2);
    // The command line says so, naming the name.
    const dir = tempDir();
    const congress = join(dir, 'dai-hoi.json');
    writeFileSync(congress, JSON.stringify(file));
    const refused = runCli('export', congress, '--ballots', join(dir, 'x.pdf'), '--election', 'bch', '--per-sheet', '4');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`Tên "${LONG}" quá dài để in trên một dòng khi in 4 phiếu trên một tờ A4`);
    expect(refused.stderr).toContain('hãy chọn ít phiếu hơn trên một tờ');
  });
});
