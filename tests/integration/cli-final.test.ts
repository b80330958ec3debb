import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import { writeCongressWorkbook } from '../../src-main/excel/own-workbook/write-workbook';
import { tempDir } from '../helpers/api';
import { runCli as run } from '../helpers/cli';
import { TIE_NAMES, tieCongress, type TieCongressOptions } from '../helpers/tie-congress';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function fileOf(options: TieCongressOptions = {}): string {
  const path = join(tempDir(), 'dai-hoi.json');
  writeFileSync(path, JSON.stringify(tieCongress(options)));
  return path;
}

function tallyJson(path: string): Json {
  const { status, stdout, stderr } = run('tally', path, '--json');
  expect([status, stderr]).toEqual([0, '']);
  return JSON.parse(stdout) as Json;
}

const ROUND1_ELECTED = TIE_NAMES.slice(0, 13);

describe('tally: the final result of each office (INTERCHANGE.md "Additions", `final`)', () => {
  it('--json prints all 14 elected across round 1 and the tie-break, exactly the fields of the contract', () => {
    const report = tallyJson(fileOf());
    expect(Object.keys(report)).toEqual(['format', 'version', 'elections', 'final']);
    expect(report.elections.map((e: Json) => [e.id, e.outcome])).toEqual([['bch', 'tie'], ['bch-2', 'complete']]);
    expect(report.final).toHaveLength(1);
    const [final] = report.final;
    expect(Object.keys(final)).toEqual(['office', 'title', 'seats', 'rounds', 'elected', 'unfilledSeats']);
    expect(final).toMatchObject({ office: 'cap_uy', title: 'Bầu Ban Chấp hành Đảng bộ phường Hòa An khóa III', seats: 14, rounds: ['bch', 'bch-2'], unfilledSeats: 0 });
    expect(final.elected.map((e: Json) => e.name)).toEqual([...ROUND1_ELECTED, TIE_NAMES[13]]);
    expect(final.elected[0]).toEqual({ id: 'c01', name: TIE_NAMES[0], votes: 95, round: 'bch' });
    expect(final.elected[13]).toEqual({ id: 'c14', name: TIE_NAMES[13], votes: 80, round: 'bch-2' });
  });

  it('a tie-break electing nobody leaves one seat unfilled; a voided one leaves round 1 alone', () => {
    const none = tallyJson(fileOf({ tieBreak: { c14: 50, c15: 45 } })).final[0];
    expect([none.elected.length, none.unfilledSeats, none.rounds]).toEqual([13, 1, ['bch', 'bch-2']]);
    const voided = tallyJson(fileOf({ tieBreakVoided: true })).final[0];
    expect([voided.elected.length, voided.unfilledSeats, voided.rounds]).toEqual([13, 0, ['bch']]);
  });

  it('the workbook path prints the same final array as the congress file read as it streams', async () => {
    const path = fileOf();
    const read = readCongressFile(JSON.stringify(tieCongress()));
    if (!read.ok) throw new Error(read.error.message);
    const workbook = join(tempDir(), 'dai-hoi.xlsx');
    writeFileSync(workbook, await writeCongressWorkbook(read.value));
    expect(tallyJson(workbook).final).toEqual(tallyJson(path).final);
  });

  it('the readable output ends with the final result in Vietnamese, provisional while a round is open', () => {
    const done = run('tally', fileOf());
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('KẾT QUẢ CUỐI CÙNG: BẦU BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG HÒA AN KHÓA III');
    expect(done.stdout).toContain('Đã bầu đủ 14 đồng chí Ban Chấp hành Đảng bộ phường Hòa An khóa III, qua 2 vòng bầu.');
    expect(done.stdout).toMatch(/14 +Mai Thị Quyên +80 +vòng 2/);
    expect(done.stdout).not.toContain('TẠM THỜI');
    const open = run('tally', fileOf({ tieBreakLocked: false }));
    expect(open.stdout).toContain('KẾT QUẢ TẠM THỜI: vòng 2 chưa chốt kết quả.');
    const voided = run('tally', fileOf({ tieBreakVoided: true }));
    expect(voided.stdout).toContain('Đã bầu được 13 trong số 14 đồng chí Ban Chấp hành Đảng bộ phường Hòa An khóa III.');
    expect(voided.stdout).toContain('Còn 1 chỗ chưa có kết quả: các đồng chí Mai Thị Quyên, Trịnh Văn Sơn cùng được 70 phiếu (bằng phiếu), phải bầu lại giữa các đồng chí này để chọn 1 người.');
    expect(voided.stdout).toContain('KẾT QUẢ TẠM THỜI: còn phải bầu lại do bằng phiếu.');
  });
});
