import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/api';
import { runCli as run } from '../helpers/cli';
import { flatText, pdfPages } from '../helpers/pdf';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Issue 18, item 1 at the command line (RULES R1, "the paper as printed"): a file whose name 2
 * withdrew after printing (`onPaper`) tallies over the names standing; a mark on a name withdrawn
 * before printing (not on the paper) is refused with its JSON path; `export --ballots` records
 * the printing in the file, and `--reprint` is a new printing, refused once a paper is in use.
 */

function congress(options: { onPaper?: boolean; ballots?: Json[]; printings?: Json[]; teamTotals?: Json[] } = {}): Json {
  return {
    format: 'kiem-phieu.congress',
    version: 1,
    congress: { name: 'Đại hội đại biểu Đảng bộ xã Hòa Tiến lần thứ V', kind: 'delegates', summoned: 45, date: '2025-06-20' },
    elections: [
      {
        id: 'dai_bieu',
        office: 'dai_bieu',
        title: 'Bầu đại biểu dự Đại hội Đảng bộ huyện',
        seats: 2,
        candidates: [
          { id: 'c01', name: 'Trần Văn Bảy' },
          { id: 'c02', name: 'Lê Thị Cúc', withdrawn: true, ...(options.onPaper === false ? {} : { onPaper: true }), withdrawnAt: '2025-06-20T02:15:00.000Z' },
          { id: 'c03', name: 'Nguyễn Hữu Duy' },
        ],
        ballots: options.ballots ?? [],
        ...(options.teamTotals ? { teamTotals: options.teamTotals } : {}),
        ...(options.printings ? { printings: options.printings } : {}),
      },
    ],
  };
}

function write(file: Json, name = 'dai-hoi.json'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, JSON.stringify(file, null, 1));
  return path;
}

describe('tally of a file with a name withdrawn after printing', () => {
  it('counts by the printed paper: "2 3" is valid with a vote for name 1, every standing name struck is NONE_KEPT', () => {
    const path = write(congress({ printings: [{ at: '2025-06-20T01:00:00.000Z' }], ballots: [{ struck: ['c02', 'c03'] }, { struck: ['c01', 'c03'] }, { kept: ['c02'] }, { struck: ['c03'], count: 4 }] }));
    const { status, stdout, stderr } = run('tally', path, '--json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const election = JSON.parse(stdout).elections[0];
    expect(election.ballots).toMatchObject({ valid: 5, invalid: 2, invalidByReason: { NONE_KEPT: 2 } });
    expect(election.candidates.map((c: Json) => [c.id, c.votes])).toEqual([
      ['c01', 5],
      ['c03', 0],
    ]);
    expect(election.paper).toEqual({
      format: 'A',
      names: [
        { number: 1, id: 'c01', name: 'Trần Văn Bảy', withdrawn: false },
        { number: 2, id: 'c02', name: 'Lê Thị Cúc', withdrawn: true },
        { number: 3, id: 'c03', name: 'Nguyễn Hữu Duy', withdrawn: false },
      ],
    });
    const text = run('tally', path).stdout;
    expect(text).toContain('phiếu gạch tên');
    expect(text).toMatch(/2 {2}Lê Thị Cúc +— +— {2}đã rút sau khi in phiếu, không tính phiếu/);
    expect(text).toMatch(/3 {2}Nguyễn Hữu Duy +0 +0,00/);
  });

  it('refuses a mark on a name withdrawn before printing (not on the paper), naming its JSON path', () => {
    const path = write(congress({ onPaper: false, ballots: [{ struck: ['c01'] }, { struck: ['c03', 'c02'] }] }));
    const { status, stdout, stderr } = run('tally', path, '--json');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('elections[0].ballots[1].struck[1]: ứng cử viên "c02" đã rút, không có trên phiếu bầu');
  });

  it('refuses votes a team reports for a name withdrawn after printing, and onPaper false on a name standing', () => {
    const totals = congress({ teamTotals: [{ team: 'Tổ 1', returned: 3, valid: 3, votes: { c01: 2, c02: 1 } }] });
    const refused = run('tally', write(totals), '--json');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('elections[0].teamTotals[0].votes.c02: ứng cử viên "c02" đã rút sau khi in phiếu: tên còn trên phiếu nhưng không được tính phiếu nào (đang ghi 1)');
    const contradiction = congress();
    contradiction.elections[0].candidates[0].onPaper = false;
    const second = run('tally', write(contradiction), '--json');
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('elections[0].candidates[0].onPaper: người chưa rút tên thì có tên trên phiếu bầu');
  });

  it('prints the minutes of the paper as printed from the file', () => {
    const path = write(congress({ printings: [{ at: '2025-06-20T01:00:00.000Z' }], ballots: [{ struck: ['c02', 'c03'] }] }));
    const out = join(tempDir(), 'bien-ban.pdf');
    const { status, stderr } = run('export', path, '--pdf', out, '--draft');
    expect(stderr).toContain('Đã ghi');
    expect(status).toBe(0);
    const text = flatText(pdfPages(readFileSync(out)));
    expect(text).toContain('Phiếu bầu in danh sách 3 đồng chí');
    expect(text).toContain('Sau khi phiếu bầu đã in, đồng chí Lê Thị Cúc (số 2 trên phiếu bầu) xin rút khỏi danh sách bầu cử, được đại hội đồng ý lúc');
  });
});

describe('export --ballots records the printing in the file', () => {
  it('the first print is lần in 1 in the file; printing again changes nothing; the withdrawn name stays on the paper', () => {
    const path = write(congress({ onPaper: false }));
    const out = join(tempDir(), 'phieu.pdf');
    const first = run('export', path, '--ballots', out, '--operator', 'Thư ký');
    expect(first.status).toBe(0);
    expect(first.stderr).toContain(`đã ghi lần in 1 vào ${path}: từ nay danh sách, thứ tự, số thứ tự và số lượng cần bầu giữ nguyên như trên phiếu`);
    const written = JSON.parse(readFileSync(path, 'utf8'));
    expect(written.elections[0].printings).toEqual([{ at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), operator: 'Thư ký' }]);
    // Name 2 withdrew before this printing: not on the paper.
    expect(flatText(pdfPages(readFileSync(out)))).not.toContain('Lê Thị Cúc');
    const again = run('export', path, '--ballots', out);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('phiếu lần in 1, như đã in');
    expect(JSON.parse(readFileSync(path, 'utf8')).elections[0].printings).toHaveLength(1);
  });

  it('prints a name withdrawn after printing on the same paper as before (the same QR hash)', () => {
    const out = join(tempDir(), 'phieu.pdf');
    const printed = write(congress({ printings: [{ at: '2025-06-20T01:00:00.000Z' }] }));
    expect(run('export', printed, '--ballots', out).status).toBe(0);
    expect(flatText(pdfPages(readFileSync(out)))).toContain('Lê Thị Cúc');
    const layout = JSON.parse(readFileSync(out.replace(/\.pdf$/, '.layout.json'), 'utf8'));
    const standing = congress();
    standing.elections[0].candidates[1] = { id: 'c02', name: 'Lê Thị Cúc' };
    const before = join(tempDir(), 'truoc.pdf');
    expect(run('export', write(standing), '--ballots', before).status).toBe(0);
    expect(JSON.parse(readFileSync(before.replace(/\.pdf$/, '.layout.json'), 'utf8')).electionHash).toBe(layout.electionHash);
  });

  it('--reprint: a new printing without the withdrawn name, refused once a paper is in use', () => {
    const out = join(tempDir(), 'phieu.pdf');
    const inUse = write(congress({ printings: [{ at: '2025-06-20T01:00:00.000Z' }], ballots: [{ struck: ['c03'] }] }));
    const refused = run('export', inUse, '--ballots', out, '--reprint');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('phiếu trong hòm là phiếu lần in 1, không thể in lại');
    expect(JSON.parse(readFileSync(inUse, 'utf8')).elections[0].printings).toEqual([{ at: '2025-06-20T01:00:00.000Z' }]);

    const path = write(congress({ printings: [{ at: '2025-06-20T01:00:00.000Z' }] }));
    const layoutBefore = run('export', path, '--ballots', join(tempDir(), 'cu.pdf'));
    expect(layoutBefore.status).toBe(0);
    const reprinted = run('export', path, '--ballots', out, '--reprint');
    expect(reprinted.status).toBe(0);
    expect(reprinted.stderr).toContain('đã ghi lần in 2');
    expect(reprinted.stderr).toContain('phiếu lần in 1 không còn được dùng');
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file.elections[0].printings).toEqual([
      { at: '2025-06-20T01:00:00.000Z', replacedAt: expect.stringMatching(/^\d{4}-/) },
      { at: expect.stringMatching(/^\d{4}-/) },
    ]);
    expect(file.elections[0].candidates[1]).toEqual({ id: 'c02', name: 'Lê Thị Cúc', withdrawn: true, withdrawnAt: '2025-06-20T02:15:00.000Z' });
    expect(flatText(pdfPages(readFileSync(out)))).not.toContain('Lê Thị Cúc');
    // Two names for two seats: the new paper is đồng ý / không đồng ý.
    expect(run('tally', path, '--json').stdout).not.toContain('"paper"');
    expect(JSON.parse(readFileSync(out.replace(/\.pdf$/, '.layout.json'), 'utf8')).election.ballotFormat).toBe('B');
  });
});
