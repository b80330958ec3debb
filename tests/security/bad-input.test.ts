import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import { toCsv } from '../../shared/format/csv';
import { Workspace } from '../../src-main/app/workspace';
import { failure, openTestApp, setUpElection, tempDir, unwrap } from '../helpers/api';
import { flatText, pdfPages } from '../helpers/pdf';
import { sampleJson } from '../helpers/samples';

/** Findings 7 to 10 of issue 10: bad input gets a clear error, never a crash, and changes nothing. */

describe('CSV exports (finding 8)', () => {
  it('neutralise a cell a spreadsheet would run as a formula', () => {
    const csv = toCsv([['=HYPERLINK("http://x","bấm")', '+1', '-2', '@SUM(A1)', '\tTab', '\rCR', 'Nguyễn Văn An', -3, 12]]);
    expect(csv).toBe('\ufeff"\'=HYPERLINK(""http://x"",""bấm"")","\'+1","\'-2","\'@SUM(A1)","\'\tTab","\'\rCR","Nguyễn Văn An","-3","12"\r\n');
  });

  it('the audit export holds a hostile operator name as text', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app, { seats: 4 });
    unwrap(app.api.enterBallot({ electionId, struck: ['c01'], operator: '=1+1' }));
    const csv = unwrap(app.api.exportAudit({ format: 'csv' })).text;
    expect(csv).toContain('"\'=1+1"');
    expect(csv).not.toMatch(/(^|,)"=1\+1"/m);
  });
});

describe('opening a file that is not a congress file (finding 9)', () => {
  const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

  it('refuses an empty file and another program’s SQLite file without writing a byte', () => {
    const dir = tempDir();
    const workspace = new Workspace({ documentsDir: dir, settingsDir: dir });
    const empty = join(dir, 'rong.kiemphieu');
    writeFileSync(empty, '');
    const foreign = join(dir, 'khac.kiemphieu');
    const db = new Database(foreign);
    db.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('của chương trình khác')");
    db.close();
    for (const path of [empty, foreign]) {
      const before = sha(path);
      const error = failure(workspace.openFile(path));
      expect(error.code).toBe('NOT_A_CONGRESS_FILE');
      expect(error.message).toContain('không phải hồ sơ đại hội');
      expect(sha(path)).toBe(before);
      expect(existsSync(`${path}-wal`)).toBe(false);
    }
  });
});

describe('text at the boundary (finding 10)', () => {
  it('removes invisible and direction characters, so that look-alike names are the same person', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app, { seats: 4 });
    for (const lookalike of ['Trần\u200C Văn Bảy', 'Trần Văn\u00AD Bảy', '\u202ETrần Văn Bảy', 'Trần Văn Bả\u200By', '\u2066Trần Văn Bảy\u2069']) {
      expect(failure(app.api.addCandidate({ electionId, name: lookalike })).code, JSON.stringify(lookalike)).toBe('DUPLICATE');
    }
    unwrap(app.api.addCandidate({ electionId, name: 'Lý\u200D Thị\u200E Oanh' }));
    expect(unwrap(app.api.getElection({ electionId })).candidates.map((c) => c.name)).toContain('Lý Thị Oanh');
  });

  it('takes only real calendar dates, in the api and in a congress file', () => {
    const app = openTestApp();
    for (const date of ['2025-02-30', '2025-13-01', '2023-02-29', '2025-04-31']) {
      expect(failure(app.api.createCongress({ name: 'Đại hội', kind: 'members', summoned: 9, date })).path).toBe('date');
    }
    unwrap(app.api.createCongress({ name: 'Đại hội', kind: 'members', summoned: 9, date: '2024-02-29' }));
    const file = sampleJson<{ congress: Record<string, unknown> }>('dai-hoi-mau.json');
    file.congress.date = '2025-02-30';
    const read = readCongressFile(file);
    expect(read.ok ? null : read.error.message).toMatch(/^congress\.date: /);
  });

  it('checks present ≤ summoned and returned ≤ issued where they are typed, naming the field', () => {
    const app = openTestApp();
    expect(failure(app.api.createCongress({ name: 'Đại hội', kind: 'delegates', summoned: 45, present: 46 })).path).toBe('present');
    const { congressId, electionId } = setUpElection(app, { seats: 4 });
    expect(failure(app.api.updateCongress({ congressId, present: 46 })).path).toBe('present');
    expect(failure(app.api.updateCongress({ congressId, summoned: 30, present: 31, exclusions: [] })).path).toBe('present');
    expect(failure(app.api.createElection({ congressId, office: 'bi_thu', seats: 1, ballotsIssued: 40, ballotsReturned: 41 })).path).toBe('ballotsReturned');
    expect(failure(app.api.updateElection({ electionId, ballotsReturned: 44 })).path).toBe('ballotsReturned'); // issued is 43
  });

  it('bounds a list and refuses a longer one naming the limit; a long list is checked for duplicates in one pass', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app, { seats: 4, names: ['Người Thứ Nhất'] });
    const many = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ name: `Người Số ${from + i + 1}` }));
    const tooMany = failure(app.api.addCandidates({ electionId, candidates: many(1000) }));
    expect(tooMany.message).toContain('999');
    unwrap(app.api.addCandidates({ electionId, candidates: many(999) }));
    expect(failure(app.api.addCandidate({ electionId, name: 'Người Thêm' })).message).toContain('1.000');
    expect(unwrap(app.api.getElection({ electionId })).candidates).toHaveLength(1000);
  });

  it('refuses official minutes with a name the font cannot draw, naming the character; a rehearsal prints it, marked', async () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app, { seats: 4, names: ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn 漢 Duy', 'Phạm Minh Đức', 'Hoàng Thị Giao'] });
    unwrap(app.api.updateElection({ electionId, ballotsIssued: 1, ballotsReturned: 1 }));
    unwrap(app.api.enterBallot({ electionId, struck: ['c01'] }));
    const refused = failure(await app.api.minutesPdf({ electionId }));
    expect(refused.code).toBe('UNPRINTABLE_TEXT');
    expect(refused.message).toContain('"漢" (U+6F22)');
    expect(refused.message).toContain('Nguyễn 漢 Duy');
    const rehearsal = unwrap(await app.api.minutesPdf({ electionId, rehearsal: true }));
    const text = flatText(pdfPages(rehearsal.data));
    expect(text).toContain('Nguyễn [U+6F22] Duy');
    expect(text).toContain('không in được');
  });
});
