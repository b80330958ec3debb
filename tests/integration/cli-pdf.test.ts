import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import { tallyCongressFile } from '../../shared/congress-file/tally';
import { REHEARSAL_BANNER } from '../../src-main/pdf/document';
import { tempDir } from '../helpers/api';
import { runCli as run } from '../helpers/cli';
import { flatText, pdfPages } from '../helpers/pdf';
import { SAMPLES_DIR, sampleJson, sampleText } from '../helpers/samples';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const sample = join(SAMPLES_DIR, 'dai-hoi-mau.json');

describe('bin/kiem-phieu export --pdf', () => {
  it('writes the minutes of every election in one PDF, each numbered from its first page', () => {
    const out = join(tempDir(), 'bien-ban.pdf');
    const { status, stdout, stderr } = run('export', sample, '--pdf', out, '--closed-at', '2025-06-20T11:30', '--words');
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('biên bản kiểm phiếu của 2 cuộc bầu');
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
  });

  it('refuses, listing what fails, while a blocking check fails; --rehearsal prints it marked', () => {
    const file = sampleJson<Json>('dai-hoi-mau.json');
    file.elections[0].ballotsIssued = 40;
    file.elections[0].ballotsReturned = 42;
    const dir = tempDir();
    const input = join(dir, 'hong.json');
    writeFileSync(input, JSON.stringify(file));
    const out = join(dir, 'bien-ban.pdf');

    const refused = run('export', input, '--pdf', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Chưa thể in biên bản chính thức (muốn in bản chạy thử, thêm --rehearsal)');
    expect(refused.stderr).toContain('cuộc bầu "bch": Đã nhập 41 phiếu nhưng số phiếu thu vào là 42');
    expect(refused.stderr).toContain('cuộc bầu "bch": Số phiếu thu vào (42) lớn hơn số phiếu phát ra (40)');
    expect(existsSync(out)).toBe(false);

    const rehearsal = run('export', input, '--pdf', out, '--rehearsal');
    expect(rehearsal.status).toBe(0);
    expect(rehearsal.stderr).toContain('BẢN CHẠY THỬ');
    for (const page of pdfPages(readFileSync(out))) expect(page).toContain(REHEARSAL_BANNER);
  });

  it('answers a bad time with exit status 1 and a missing output name with a usage error', () => {
    const out = join(tempDir(), 'bien-ban.pdf');
    const bad = run('export', sample, '--pdf', out, '--closed-at', '11:30');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--closed-at "11:30"');
    expect(run('export', sample, '--pdf').status).toBe(2);
    expect(run('help').stdout).toContain('--rehearsal');
  });
});
