import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/api';
import { runCli as run } from '../helpers/cli';
import { SAMPLES_DIR } from '../helpers/samples';

const sample = join(SAMPLES_DIR, 'dai-hoi-mau.json');

/** Nothing of the parser's English may reach a user: the words of Node's own messages. */
const ENGLISH = /Unknown option|argument missing|positional|ambiguous|does not take|Option '/;

/**
 * The command line speaks Vietnamese to the last byte (issue 19, item 6): an option it does not
 * know, one missing its value, one given a value it cannot take, each is named in Vietnamese, and
 * each is a usage error (exit 2, INTERCHANGE.md), with the usage text after it.
 */
describe('errors in the options of bin/kiem-phieu', () => {
  it('names an unknown option in Vietnamese, suggests the near one, and exits 2', () => {
    const { status, stdout, stderr } = run('tally', sample, '--jsn');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("Không có tùy chọn '--jsn' cho lệnh tally. Có phải là '--json'?");
    expect(stderr).toContain('Cách dùng:');
    expect(stderr).not.toMatch(ENGLISH);
  });

  it('names an unknown short option', () => {
    const { status, stderr } = run('tally', sample, '-x');
    expect(status).toBe(2);
    expect(stderr).toContain("Không có tùy chọn '-x' cho lệnh tally.");
    expect(stderr).not.toMatch(ENGLISH);
  });

  it('names an option that needs a value and was given none, at the end or before another option', () => {
    const atEnd = run('export', sample, '--pdf');
    expect(atEnd.status).toBe(2);
    expect(atEnd.stderr).toContain("Tùy chọn '--pdf' cần một giá trị ngay sau nó (--pdf RA.pdf).");
    expect(atEnd.stderr).not.toMatch(ENGLISH);
    const beforeAnother = run('export', sample, '--pdf', '--draft');
    expect(beforeAnother.status).toBe(2);
    expect(beforeAnother.stderr).toContain("Tùy chọn '--pdf' cần một giá trị ngay sau nó (--pdf RA.pdf).");
    expect(beforeAnother.stderr).not.toMatch(ENGLISH);
    const short = run('import', 'x.xlsx', '-o');
    expect(short.status).toBe(2);
    expect(short.stderr).toContain("Tùy chọn '-o' cần một giá trị ngay sau nó (-o TỆP.json).");
  });

  it('names a switch given a value', () => {
    const { status, stderr } = run('tally', sample, '--json=yes');
    expect(status).toBe(2);
    expect(stderr).toContain("Tùy chọn '--json' không nhận giá trị (chỉ cần ghi --json).");
    expect(stderr).not.toMatch(ENGLISH);
  });

  it('answers a value the option cannot take with exit 2, before anything is read or written', () => {
    const dir = tempDir();
    const perSheet = run('export', sample, '--ballots', join(dir, 'phieu.pdf'), '--election', 'bch', '--per-sheet', '3');
    expect(perSheet.status).toBe(2);
    expect(perSheet.stderr).toContain('--per-sheet "3": chỉ in được 1, 2 hoặc 4 phiếu trên một tờ');
    const closedAt = run('export', sample, '--pdf', join(dir, 'bien-ban.pdf'), '--closed-at', '11:30');
    expect(closedAt.status).toBe(2);
    expect(closedAt.stderr).toContain('--closed-at "11:30"');
    const missingFile = run('export', join(dir, 'khong-co.json'), '--ballots', join(dir, 'phieu.pdf'), '--per-sheet', '3');
    expect(missingFile.status, 'the options are checked before the file is read').toBe(2);
  });
});
