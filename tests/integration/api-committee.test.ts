import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import { openConnection } from '../../src-main/db/connection';
import { LATEST_SCHEMA_VERSION, migrate, MIGRATIONS, schemaVersion } from '../../src-main/db/migrations';
import { Store } from '../../src-main/db/store';
import { buildApi } from '../../src-main/api/build-api';
import { readOwnWorkbookFile } from '../../src-main/excel/import-workbook';
import { ballotsForVotes } from '../helpers/elections';
import { CHAIR_PIN, failure, openTestApp, tempDir, unwrap, type TestApp } from '../helpers/api';
import { flatText, pdfPages, renderArtifacts } from '../helpers/pdf';
import { sampleJson } from '../helpers/samples';

/** Issue 11, item 7: a committee meeting (kind "committee", its number) and the size the congress voted (approvedSeats). */

const NAMES = ['Bùi Văn An', 'Đặng Thị Bình', 'Hà Văn Chung', 'Kiều Thị Dung', 'Lâm Văn Em', 'Mai Thị Gấm'];

/** Hội nghị lần thứ nhất of a Ban Chấp hành of 15 (one excluded), electing a Ban Thường vụ of 5 from 6, locked. */
function standingCommitteeMeeting(app: TestApp = openTestApp()) {
  const { congressId } = unwrap(
    app.api.createCongress({
      name: 'Ban Chấp hành Đảng bộ phường Hòa An khóa III', organization: 'Đảng bộ phường Hòa An', term: '2025-2030', place: 'Hòa An', date: '2025-06-21',
      kind: 'committee', meeting: 1, summoned: 15, present: 14, exclusions: [{ reason: 'Ủy viên bị đình chỉ sinh hoạt đảng, bị khởi tố, truy tố, tạm giam', count: 1 }], chairPin: '246813',
    }),
  );
  const { electionId } = unwrap(app.api.createElection({ congressId, office: 'ban_thuong_vu', seats: 5, approvedSeats: 6, title: 'Bầu Ban Thường vụ Đảng ủy phường khóa III', ballotsIssued: 14, ballotsReturned: 14 }));
  unwrap(app.api.addCandidates({ electionId, candidates: NAMES.map((name) => ({ name })) }));
  const ids = NAMES.map((_, i) => `c${String(i + 1).padStart(2, '0')}`);
  for (const record of ballotsForVotes(ids, [13, 12, 12, 11, 10, 5], 14)) {
    if (record.choice.kind === 'kept') unwrap(app.api.enterBallot({ electionId, kept: [...record.choice.ids] }));
  }
  return { app, congressId, electionId };
}

describe('a committee meeting and the size voted, through the api', () => {
  it('records the kind, the meeting and the size voted, and counts on the members of the committee', () => {
    const { app, congressId, electionId } = standingCommitteeMeeting();
    expect(unwrap(app.api.getCongress({ congressId }))).toMatchObject({ kind: 'committee', meeting: 1, summoned: 15, base: 14, votesNeeded: 8 });
    expect(unwrap(app.api.getElection({ electionId }))).toMatchObject({ seats: 5, approvedSeats: 6, base: 14 });
  });

  it('refuses a size voted below the seats or past the bound, naming the field', () => {
    const { app, congressId, electionId } = standingCommitteeMeeting();
    expect(failure(app.api.createElection({ congressId, office: 'ubkt', seats: 5, approvedSeats: 4 }))).toMatchObject({ code: 'INVALID_INPUT', path: 'approvedSeats' });
    expect(failure(app.api.createElection({ congressId, office: 'ubkt', seats: 5, approvedSeats: 1001 }))).toMatchObject({ code: 'INVALID_INPUT', path: 'approvedSeats' });
    expect(failure(app.api.updateElection({ electionId, seats: 7 }))).toMatchObject({ code: 'INVALID_INPUT', path: 'approvedSeats' });
    unwrap(app.api.updateElection({ electionId, approvedSeats: null }));
    expect(unwrap(app.api.getElection({ electionId })).approvedSeats).toBeNull();
  });

  it('once locked, refuses every printed field: the size voted, the kind, the meeting', () => {
    const { app, congressId, electionId } = standingCommitteeMeeting();
    unwrap(app.api.lockElection({ pin: CHAIR_PIN, electionId }));
    for (const attempt of [
      app.api.updateElection({ electionId, approvedSeats: 7 }),
      app.api.updateElection({ electionId, approvedSeats: null }),
      app.api.updateCongress({ congressId, meeting: 2 }),
      app.api.updateCongress({ congressId, kind: 'delegates' }),
    ]) {
      expect(failure(attempt).code).toBe('ELECTION_LOCKED');
    }
    // Saving the form unchanged changes nothing, so is not refused.
    unwrap(app.api.updateCongress({ congressId, kind: 'committee', meeting: 1 }));
    expect(unwrap(app.api.verifyAudit({}))).toMatchObject({ intact: true, sound: true, differences: [] });
  });

  it('carries the kind, the meeting and the size voted through the congress file and the workbook', async () => {
    const { app, congressId, electionId } = standingCommitteeMeeting();
    unwrap(app.api.lockElection({ pin: CHAIR_PIN, electionId }));
    const { text } = unwrap(app.api.exportCongressFile({ congressId }));
    const json = JSON.parse(text) as { congress: Record<string, unknown>; elections: Record<string, unknown>[] };
    expect(json.congress).toMatchObject({ kind: 'committee', meeting: 1, summoned: 15 });
    expect(json.elections[0]).toMatchObject({ seats: 5, approvedSeats: 6 });
    expect(Object.keys(json.elections[0] as object).slice(0, 5)).toEqual(['id', 'office', 'title', 'seats', 'approvedSeats']);

    const other = openTestApp();
    const imported = unwrap(other.api.importCongressFile({ content: text }));
    expect(unwrap(other.api.getCongress({ congressId: imported.congressId }))).toMatchObject({ kind: 'committee', meeting: 1 });
    expect(unwrap(other.api.exportCongressFile({ congressId: imported.congressId })).text).toBe(text);

    const workbook = unwrap(await app.api.exportWorkbook({ congressId }));
    const back = await readOwnWorkbookFile(workbook.data);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.congress).toMatchObject({ kind: 'committee', meeting: 1 });
    expect(back.value.elections[0]).toMatchObject({ seats: 5, approvedSeats: 6 });
  });

  it('prints the minutes of the meeting in its own words', async () => {
    const { app, electionId } = standingCommitteeMeeting();
    unwrap(app.api.updateCongress({ congressId: 1, countingCommittee: [{ name: 'Tô Văn Khải', role: 'Trưởng ban' }, { name: 'Vũ Thị Lan' }] }));
    unwrap(app.api.lockElection({ pin: CHAIR_PIN, electionId }));
    const file = unwrap(await app.api.minutesPdf({ electionId, countsInWords: true }));
    renderArtifacts(file.data, 'committee-meeting-minutes');
    const text = flatText(pdfPages(file.data));
    for (const phrase of [
      'HỘI NGHỊ LẦN THỨ NHẤT',
      'BAN CHẤP HÀNH KHÓA III',
      'Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ phường Hòa An khóa III tiến hành bầu Ban Thường vụ Đảng ủy phường khóa III',
      'Số lượng Ban Thường vụ Đảng ủy phường khóa III đã được biểu quyết là 6 (sáu) đồng chí; số lượng cần bầu tại hội nghị lần này là 5 (năm) đồng chí.',
      'Tổng số ủy viên Ban Chấp hành được triệu tập: 15 (mười lăm) đồng chí.',
      'Số ủy viên Ban Chấp hành làm cơ sở tính kết quả bầu cử: 14 (mười bốn) đồng chí',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(text).not.toMatch(/đại hội|đại biểu/iu);
  });
});

describe('a file of before (schema 5) opened by this version', () => {
  it('keeps its congresses and elections as they were, and accepts committee meetings from then on', () => {
    // A file at schema 5 holding a congress with an election and a team, migrated when opened.
    const path5 = join(tempDir(), 'v5.kiemphieu');
    const db5 = openConnection(path5);
    migrate(db5, MIGRATIONS.filter((m) => m.version <= 5));
    db5.exec(`INSERT INTO congresses (name, kind, summoned, present, created_at) VALUES ('Đại hội cũ', 'members', 40, 38, '2025-01-01T00:00:00.000Z');
      INSERT INTO congress_identity (congress_id, identity, signing_key, created_at) VALUES (1, '${'a'.repeat(32)}', '${'b'.repeat(64)}', '2025-01-01T00:00:00.000Z');
      INSERT INTO teams (congress_id, name) VALUES (1, 'Tổ 1');
      INSERT INTO elections (congress_id, key, position, office, title, seats) VALUES (1, 'bch', 0, 'cap_uy', 'Bầu Ban Chấp hành', 9);`);
    expect(() => db5.exec("INSERT INTO congresses (name, kind, summoned, created_at) VALUES ('Hội nghị', 'committee', 15, 'x')")).toThrow(/CHECK/);
    db5.close();

    const store = Store.open(path5);
    expect(schemaVersion(store.db)).toBe(LATEST_SCHEMA_VERSION);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    const api = buildApi({ store });
    expect(unwrap(api.getCongress({ congressId: 1 }))).toMatchObject({ name: 'Đại hội cũ', kind: 'members', meeting: null, summoned: 40, present: 38, teams: [{ name: 'Tổ 1' }] });
    expect(unwrap(api.getElection({ electionId: 1 }))).toMatchObject({ seats: 9, approvedSeats: null });
    unwrap(api.updateCongress({ congressId: 1, kind: 'committee', meeting: 3 }));
    expect(unwrap(api.getCongress({ congressId: 1 }))).toMatchObject({ kind: 'committee', meeting: 3 });
    store.close();
  });
});

describe('the congress file', () => {
  it('reads a file without the additions as before, and names the path of a size voted below the seats', () => {
    const sample = sampleJson<{ congress: Record<string, unknown>; elections: Record<string, unknown>[] }>('dai-hoi-mau.json');
    const read = readCongressFile(JSON.stringify(sample));
    expect(read.ok && read.value.elections.map((e) => e.approvedSeats)).toEqual([undefined, undefined]);
    expect(read.ok && read.value.congress.meeting).toBeUndefined();
    const below = readCongressFile(JSON.stringify({ ...sample, elections: [{ ...sample.elections[0], approvedSeats: 8 }, sample.elections[1]] }));
    expect(!below.ok && below.error.message).toBe('elections[0].approvedSeats: số lượng đã biểu quyết (8) không thể nhỏ hơn số lượng cần bầu (9)');
    const tooMany = readCongressFile(JSON.stringify({ ...sample, elections: [{ ...sample.elections[0], approvedSeats: 5000 }, sample.elections[1]] }));
    expect(!tooMany.ok && tooMany.error.message).toMatch(/^elections\[0\]\.approvedSeats: /);
    const meeting = readCongressFile(JSON.stringify({ ...sample, congress: { ...sample.congress, kind: 'committee', meeting: 0 } }));
    expect(!meeting.ok && meeting.error.message).toMatch(/^congress\.meeting: /);
  });
});
