import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import { ballotNumbers } from '../../shared/format/ballot-numbers';
import { openConnection } from '../../src-main/db/connection';
import { migrate, MIGRATIONS } from '../../src-main/db/migrations';
import { failure, openTestApp, setUpElection, tempDir, unwrap } from '../helpers/api';
import { chairWithSetup, stationFrom } from '../helpers/stations';

/** Issue 11, finding 4: every paper has its own number; undone and voided numbers stay taken and say so. */
describe('ballot numbers', () => {
  it('gives a stack of N identical papers N numbers, and finds a paper by any of them', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app);
    const numbers = [
      app.api.enterBallot({ electionId, struck: ['c01', 'c02'] }),
      app.api.enterBallot({ electionId, struck: ['c03', 'c04'], count: 10 }),
      app.api.enterBallot({ electionId, struck: ['c05', 'c04'] }),
    ].map((r) => ballotNumbers(unwrap(r)));
    expect(numbers).toEqual(['1', '2–11', '12']);
    // 12 numbers for 12 papers.
    expect(unwrap(app.api.tally({ electionId })).ballots.counted).toBe(12);
    for (const paper of [2, 7, 11]) expect(unwrap(app.api.listBallots({ electionId, number: paper })).ballots.map(ballotNumbers)).toEqual(['2–11']);
    expect(unwrap(app.api.listBallots({ electionId, number: 12 })).ballots.map(ballotNumbers)).toEqual(['12']);
    const none = unwrap(app.api.listBallots({ electionId, number: 13 }));
    expect(none).toMatchObject({ total: 0, nextNumber: 13 });
  });

  it('keeps an undone (Ctrl+Z) ballot’s number taken, shown as undone, never given again', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app);
    unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'] }));
    const mistaken = unwrap(app.api.enterBallot({ electionId, struck: ['c01'], count: 3 }));
    unwrap(app.api.voidBallot({ ballotId: mistaken.ballotId, undo: true, operator: 'An' }));
    expect(unwrap(app.api.enterBallot({ electionId, struck: ['c02', 'c03'] })).number).toBe(5);
    // Without the voided ones the paper is not among those that count; with them it says what became of it.
    expect(unwrap(app.api.listBallots({ electionId, number: 3 })).total).toBe(0);
    const found = unwrap(app.api.listBallots({ electionId, number: 3, withVoided: true })).ballots;
    expect(found.map((b) => [ballotNumbers(b), b.kind, b.undone, b.note])).toEqual([['2–4', 'void', true, 'Hoàn tác ngay sau khi nhập']]);
    // A void for another reason is not an undo.
    const second = unwrap(app.api.enterBallot({ electionId, struck: ['c04', 'c05'] }));
    unwrap(app.api.voidBallot({ ballotId: second.ballotId, reason: 'Nhập trùng' }));
    const all = unwrap(app.api.listBallots({ electionId, withVoided: true })).ballots;
    expect(all.map((b) => [ballotNumbers(b), b.kind === 'void' ? (b.undone ? 'đã hoàn tác' : 'đã hủy') : 'tính'])).toEqual([
      ['1', 'tính'], ['2–4', 'đã hoàn tác'], ['5', 'tính'], ['6', 'đã hủy'],
    ]);
    expect(unwrap(app.api.verifyAudit({})).sound).toBe(true);
  });

  it('a correction keeps the numbers; it cannot change how many papers a stack holds', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app);
    unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'] }));
    const stack = unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'], count: 10 }));
    const corrected = unwrap(app.api.correctBallot({ ballotId: stack.ballotId, struck: ['c03', 'c02'] }));
    expect([corrected.number, corrected.lastNumber, corrected.roundCorrection]).toEqual([2, 11, null]);
    expect(failure(app.api.correctBallot({ ballotId: corrected.ballotId, struck: ['c03', 'c02'], count: 9 }))).toMatchObject({
      code: 'INVALID_INPUT', path: 'count', message: expect.stringContaining('Phiếu số 2–11 là một chồng 10 tờ giống nhau'),
    });
    expect(unwrap(app.api.enterBallot({ electionId, struck: ['c05'] })).number).toBe(12);
    expect(unwrap(app.api.ballotHistory({ ballotId: corrected.ballotId })).map(ballotNumbers)).toEqual(['2–11', '2–11']);
  });

  it('writes each entry’s first number into the congress file, reads it back, and refuses numbers that overlap', () => {
    const app = openTestApp();
    const { congressId, electionId } = setUpElection(app);
    unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'] }));
    const undone = unwrap(app.api.enterBallot({ electionId, struck: ['c01'], count: 4 }));
    unwrap(app.api.voidBallot({ ballotId: undone.ballotId, undo: true }));
    unwrap(app.api.enterBallot({ electionId, struck: ['c03', 'c04'], count: 5 }));
    const text = unwrap(app.api.exportCongressFile({ congressId })).text;
    const file = readCongressFile(text);
    if (!file.ok) throw new Error(file.error.message);
    expect(file.value.elections[0]?.ballots.map((b) => [b.number, b.count])).toEqual([[1, 1], [6, 5]]);
    const again = openTestApp(join(tempDir(), 'lai.kiemphieu'), { idPrefix: 'lai' });
    const loaded = unwrap(again.api.importCongressFile({ content: text }));
    const electionAgain = unwrap(again.api.getCongress({ congressId: loaded.congressId })).elections[0]!.id;
    expect(unwrap(again.api.listBallots({ electionId: electionAgain })).ballots.map(ballotNumbers)).toEqual(['1', '6–10']);
    expect(unwrap(again.api.enterBallot({ electionId: electionAgain, struck: ['c05'] })).number).toBe(11);

    const json = JSON.parse(text) as { elections: { ballots: { number?: number }[] }[] };
    json.elections[0]!.ballots[1]!.number = 1;
    expect(failure(again.api.importCongressFile({ content: json }))).toMatchObject({ code: 'INVALID_CONGRESS_FILE', message: expect.stringContaining('elections[0].ballots[1].number: số phiếu 1 đã thuộc các tờ trước') });
    // An entry without a number takes the next free one.
    delete json.elections[0]!.ballots[1]!.number;
    const third = openTestApp();
    const numbered = unwrap(third.api.importCongressFile({ content: json }));
    const electionThird = unwrap(third.api.getCongress({ congressId: numbered.congressId })).elections[0]!.id;
    expect(unwrap(third.api.listBallots({ electionId: electionThird })).ballots.map(ballotNumbers)).toEqual(['1', '2–6']);
  });

  it('numbers the papers merged from a station after this file’s own, whatever the station numbered them', () => {
    const chair = chairWithSetup();
    unwrap(chair.app.api.enterBallot({ electionId: chair.electionId, teamId: chair.teams['Tổ 1'], struck: ['c01', 'c02'], count: 3 }));
    const station = stationFrom(chair.setups['Tổ 2'] as string, 'Máy B');
    const teamId = station.teamId('Tổ 2');
    unwrap(station.app.api.enterBallot({ electionId: station.electionId, teamId, struck: ['c03', 'c04'], count: 4 }));
    unwrap(station.app.api.enterBallot({ electionId: station.electionId, teamId, struck: ['c05', 'c04'] }));
    const merged = unwrap(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'may-b.json', content: station.exportPackage('Tổ 2') }], operator: 'Thư ký' }));
    expect(merged.packages[0]?.elections[0]?.numbers).toEqual([4, 8]);
    expect(unwrap(chair.app.api.listBallots({ electionId: chair.electionId })).ballots.map(ballotNumbers)).toEqual(['1–3', '4–7', '8']);
    expect(unwrap(chair.app.api.verifyAudit({})).sound).toBe(true);
  });

  it('keeps the numbering of an election that held a stack before each paper had its own number', () => {
    const path = join(tempDir(), 'cu.kiemphieu');
    const db = openConnection(path);
    migrate(db, MIGRATIONS.filter((m) => m.version <= 4));
    db.prepare("INSERT INTO congresses (name, kind, summoned, created_at) VALUES ('Đại hội cũ', 'delegates', 40, '2025-01-01T00:00:00.000Z')").run();
    db.prepare("INSERT INTO elections (congress_id, key, position, office, seats) VALUES (1, 'bch', 0, 'cap_uy', 2)").run();
    const ballot = db.prepare("INSERT INTO ballots (election_id, uid, number, version, count, kind, selection, entered_at) VALUES (1, ?, ?, 1, ?, 'struck', '[]', 'x')");
    ballot.run('a', 1, 20);
    ballot.run('b', 2, 1);
    db.close();
    const app = openTestApp(path);
    expect(app.store.numbersPerStack(1)).toBe(true);
    expect(app.store.currentBallots(1).map(ballotNumbers)).toEqual(['1', '2']);
    expect(app.store.nextBallotNumber(1)).toBe(3);
    // Its congress file leaves the numbers out: read again, each paper gets its own.
    const file = readCongressFile(unwrap(app.api.exportCongressFile({ congressId: 1 })).text);
    expect(file.ok && file.value.elections[0]?.ballots.map((b) => b.number)).toEqual([undefined, undefined]);
  });
});
