import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import { tempDir } from '../helpers/api';
import { layoutA } from '../helpers/excel-layouts';
import { SAMPLES_DIR } from '../helpers/samples';
import { workbookBytes } from '../helpers/workbooks';

function run(...args: string[]) {
  const result = spawnSync(join(process.cwd(), 'bin', 'kiem-phieu'), args, { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const sampleSheet = join(SAMPLES_DIR, 'bang-kiem-phieu-bch.xlsx');

describe('bin/kiem-phieu import', () => {
  it('asks for what the sheet does not say by the option name (exit 2), then writes a congress file (exit 0)', () => {
    const out = join(tempDir(), 'bch.json');
    const asked = run('import', sampleSheet, '-o', out);
    expect(asked.status).toBe(2);
    expect(asked.stderr).toContain('Cần cho biết: Bảng tính không ghi số đại biểu (đảng viên) được triệu tập');
    expect(asked.stderr).toContain('--summoned N');
    // What was understood is shown either way.
    expect(asked.stderr).toContain('Số lượng cần bầu: 9 (Sheet "BCH", ô A3');
    expect(asked.stderr).toContain('Dấu trong ô tên: "x" (123 ô); nghĩa là: tên bị gạch (không bầu)');

    const done = run('import', sampleSheet, '--summoned', '43', '--kind', 'delegates', '-o', out);
    expect(done.status).toBe(0);
    expect(done.stdout).toBe('');
    expect(done.stderr).toContain(`Đã ghi ${out}: 1 cuộc bầu, 41 phiếu.`);
    const file = readCongressFile(readFileSync(out, 'utf8'));
    expect(file.ok).toBe(true);
  });

  it('refuses a sheet with a bad mark with exit 1, naming the cell and the option to skip the row', async () => {
    const rows = layoutA();
    (rows[9] as unknown[])[3] = 'xx';
    const dir = tempDir();
    const path = join(dir, 'hong.xlsx');
    writeFileSync(path, await workbookBytes([{ name: 'BCH', rows }]));
    const refused = run('import', path, '-o', join(dir, 'x.json'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Lỗi: Sheet "BCH", ô D10: "xx" không phải là dấu hợp lệ');
    expect(refused.stderr).toContain('--skip-row "BCH!10"');
    expect(() => readFileSync(join(dir, 'x.json'))).toThrow();
    expect(run('import', path, '--skip-row', 'BCH!10', '-o', join(dir, 'x.json')).status).toBe(0);
  });

  it('answers usage errors with exit 2 and unreadable files with exit 1', () => {
    const dir = tempDir();
    expect(run('import', sampleSheet).status).toBe(2);
    expect(run('import', sampleSheet, '-o', join(dir, 'a.json'), '--marks', 'maybe').stderr).toContain('--marks cần "struck"');
    expect(run('import', sampleSheet, '-o', join(dir, 'a.json'), '--seats', 'nine').status).toBe(2);
    const sheet = run('import', sampleSheet, '-o', join(dir, 'a.json'), '--sheet', 'Không có');
    expect(sheet.status).toBe(2);
    expect(sheet.stderr).toContain('Các sheet trong tệp: "BCH"');
    const notExcel = join(dir, 'a.xlsx');
    writeFileSync(notExcel, 'not a workbook');
    const bad = run('import', notExcel, '-o', join(dir, 'a.json'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Tệp không phải là bảng tính Excel (.xlsx)');
  });
});

describe('bin/kiem-phieu export --xlsx, and tally of the workbook', () => {
  it('writes the workbook; tally reads it back to exactly the tally of the congress file', () => {
    const out = join(tempDir(), 'dai-hoi.xlsx');
    const exported = run('export', join(SAMPLES_DIR, 'dai-hoi-mau.json'), '--xlsx', out);
    expect(exported.status).toBe(0);
    expect(exported.stderr).toContain(`Đã ghi ${out}: bảng tính Excel, 2 cuộc bầu, 49 phiếu`);
    const fromWorkbook = run('tally', out, '--json');
    const fromFile = run('tally', join(SAMPLES_DIR, 'dai-hoi-mau.json'), '--json');
    expect(fromWorkbook.status).toBe(0);
    expect(fromWorkbook.stdout).toBe(fromFile.stdout);
    expect(run('tally', out).stdout).toBe(run('tally', join(SAMPLES_DIR, 'dai-hoi-mau.json')).stdout);
  });

  it('tally refuses an old tally sheet, pointing to import', () => {
    const refused = run('tally', sampleSheet);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('không phải bảng tính do kiem-phieu xuất; để đọc một bảng kiểm phiếu cũ, dùng "kiem-phieu import TỆP.xlsx -o TỆP.json"');
  });
});
