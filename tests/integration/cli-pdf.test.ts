import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import { tallyCongressFile } from '../../shared/congress-file/tally';
import { writeCongressFile } from '../../shared/congress-file/write';
import { DRAFT_MARK } from '../../shared/minutes/model';
import { REHEARSAL_BANNER } from '../../src-main/pdf/document';
import { tempDir } from '../helpers/api';
import { runCli as run } from '../helpers/cli';
import { lockedFile } from '../helpers/locked';
import { flatText, pdfPages } from '../helpers/pdf';
import { SAMPLES_DIR, sampleJson, sampleText } from '../helpers/samples';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const sample = join(SAMPLES_DIR, 'dai-hoi-mau.json');

/** The sample with its elections locked, written where the command can read it. */
function lockedSample(dir: string): string {
  const read = readCongressFile(sampleText('dai-hoi-mau.json'));
  if (!read.ok) throw new Error(read.error.message);
  const path = join(dir, 'da-chot.json');
  writeFileSync(path, writeCongressFile(lockedFile(read.value)));
  return path;
}

describe('bin/kiem-phieu export --pdf', () => {
  it('writes the official minutes of every locked election in one PDF, each numbered from its first page', () => {
    const dir = tempDir();
    const out = join(dir, 'bien-ban.pdf');
    const { status, stdout, stderr } = run('export', lockedSample(dir), '--pdf', out, '--closed-at', '2025-06-20T11:30', '--words');
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('biên bản kiểm phiếu của 2 cuộc bầu');
    expect(stderr).not.toContain('dự thảo');
    const pages = pdfPages(readFileSync(out));
    const firsts = pages.flatMap((page, i) => (/Trang 1\/\d+/.test(page) ? [i] : []));
    expect(firsts.length).toBe(2);
    const text = flatText(pages);
    const read = readCongressFile(sampleText('dai-hoi-mau.json'));
    if (!read.ok) throw new Error(read.error.message);
    for (const election of read.value.elections) expect(text).toContain(election.title as string);
    for (const tally of tallyCongressFile(read.value)) for (const c of tally.candidates) expect(text).toContain(c.name);
    expect(text.split('Biên bản kết thúc vào hồi 11 giờ 30 phút, ngày 20 tháng 6 năm 2025').length - 1).toBe(2);
    expect(text).toContain('45 (bốn mươi lăm)');
    expect(text).not.toContain(REHEARSAL_BANNER);
    expect(text).not.toContain(DRAFT_MARK);
  });

  it('refuses official minutes of an election not locked, naming it; --draft prints it with the draft mark on every page', () => {
    const dir = tempDir();
    const out = join(dir, 'bien-ban.pdf');
    const refused = run('export', sample, '--pdf', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Chưa in được biên bản chính thức: cuộc bầu "bch" (Bầu Ban Chấp hành Đảng bộ phường khóa III), "bt" (Bầu Bí thư Đảng ủy phường (hội nghị lần thứ nhất Ban Chấp hành)) chưa chốt kết quả. Muốn in bản dự thảo (ghi rõ trên mọi trang), thêm --draft');
    expect(existsSync(out)).toBe(false);

    const draft = run('export', sample, '--pdf', out, '--draft');
    expect(draft.status, draft.stderr).toBe(0);
    expect(draft.stderr).toContain('(tất cả là bản dự thảo: chưa chốt kết quả)');
    const pages = pdfPages(readFileSync(out));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const page of pages) {
      expect(page).toContain(DRAFT_MARK);
      expect(page).not.toContain(REHEARSAL_BANNER);
    }
    // The blank closing time stays blank: no clock fills it in.
    expect(flatText(pages).split('Biên bản kết thúc vào hồi ...... giờ ...... phút').length - 1).toBe(2);
  });

  it('refuses, listing what fails, while a blocking check fails; --rehearsal prints it marked', () => {
    const file = sampleJson<Json>('dai-hoi-mau.json');
    file.elections[0].ballotsIssued = 40;
    file.elections[0].ballotsReturned = 42;
    const dir = tempDir();
    const input = join(dir, 'hong.json');
    writeFileSync(input, JSON.stringify(file));
    const out = join(dir, 'bien-ban.pdf');

    const refused = run('export', input, '--pdf', out, '--draft');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Chưa thể in biên bản (muốn in bản chạy thử, thêm --rehearsal)');
    expect(refused.stderr).toContain('cuộc bầu "bch": Đã nhập 41 phiếu nhưng số phiếu thu vào là 42');
    expect(refused.stderr).toContain('cuộc bầu "bch": Số phiếu thu vào (42) lớn hơn số phiếu phát ra (40)');
    expect(existsSync(out)).toBe(false);

    const rehearsal = run('export', input, '--pdf', out, '--rehearsal');
    expect(rehearsal.status).toBe(0);
    expect(rehearsal.stderr).toContain('BẢN CHẠY THỬ');
    for (const page of pdfPages(readFileSync(out))) {
      expect(page).toContain(REHEARSAL_BANNER);
      expect(page).toContain(DRAFT_MARK);
    }
  });

  it('answers a bad time and a missing output name with a usage error (exit 2)', () => {
    const out = join(tempDir(), 'bien-ban.pdf');
    const bad = run('export', sample, '--pdf', out, '--closed-at', '11:30');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--closed-at "11:30"');
    expect(run('export', sample, '--pdf').status).toBe(2);
    expect(run('help').stdout).toContain('--rehearsal');
    expect(run('help').stdout).toContain('--draft');
  });
});
