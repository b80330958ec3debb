import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REHEARSAL_BALLOT_WORDS } from '../../shared/rules/surplus';
import { openTestApp, setUpElection, tempDir, unwrap } from '../helpers/api';
import { runCli } from '../helpers/cli';
import { flatText, pdfPages, renderArtifacts } from '../helpers/pdf';
import { scanCongress } from '../helpers/scan-congress';

const occurrences = (text: string, words: string) => text.split(words).length - 1;

/**
 * Issue 17, item 7 (finding 8): `export --ballots` printed official papers for a list the lock
 * later refuses (R7). Official ballot papers only for a list that passes R7's blocking checks;
 * otherwise the print is a rehearsal, said so by the command and the dialog, and marked on every ballot.
 */
describe('ballot papers for a list that fails R7 are a rehearsal print', () => {
  it('the app: a committee of 3 with 5 names (surplus 2, at most 1) prints rehearsal ballots, each marked twice; a list that passes prints official ones', async () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app, { seats: 3, names: ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy', 'Phạm Minh Đức', 'Hoàng Thị Giao'] });
    expect(unwrap(app.api.tally({ electionId })).problems).toContainEqual(expect.objectContaining({ code: 'SURPLUS_TOO_LARGE', severity: 'error' }));
    const file = unwrap(await app.api.ballotPaperPdf({ electionId, perPage: 4 }));
    expect(file.fileName).toMatch(/^phieu-bau-in-thu-/);
    renderArtifacts(file.data, 'phieu-bau-in-thu');
    const text = flatText(pdfPages(file.data));
    expect(occurrences(text, REHEARSAL_BALLOT_WORDS)).toBe(8);

    const fine = openTestApp();
    const ok = setUpElection(fine, { seats: 4, names: ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy', 'Phạm Minh Đức', 'Hoàng Thị Giao'] });
    const official = unwrap(await fine.api.ballotPaperPdf({ electionId: ok.electionId, perPage: 4 }));
    expect(official.fileName).toMatch(/^phieu-bau-ban-chap-hanh/);
    expect(flatText(pdfPages(official.data))).not.toContain('IN THỬ');
  });

  it('the command line: export --ballots says it printed a rehearsal and why; each ballot carries the mark', () => {
    const dir = tempDir();
    const file = join(dir, 'dai-hoi.json');
    // The sample's committee election with two names more than 30 % allows.
    writeFileSync(file, JSON.stringify(scanCongress((json) => {
      const bch = json.elections.find((e: { id: string }) => e.id === 'bch');
      bch.seats = 5;
    })));
    const pdf = join(dir, 'phieu.pdf');
    const run = runCli('export', file, '--ballots', pdf, '--election', 'bch', '--per-sheet', '2');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('PHIẾU IN THỬ, KHÔNG DÙNG ĐỂ BẦU');
    expect(run.stderr).toContain('Số dư 6 quá lớn: với 5 người trở xuống, số dư tối đa là 1');
    expect(occurrences(flatText(pdfPages(readFileSync(pdf))), REHEARSAL_BALLOT_WORDS)).toBe(4);

    const fine = join(dir, 'phieu-dung.pdf');
    const good = runCli('export', file, '--ballots', fine, '--election', 'bt', '--per-sheet', '2');
    expect(good.status).toBe(0);
    expect(good.stderr).not.toContain('IN THỬ');
    expect(flatText(pdfPages(readFileSync(fine)))).not.toContain('IN THỬ');
  });
});
