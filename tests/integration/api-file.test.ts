import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import { failure, openTestApp, setUpElection, unwrap } from '../helpers/api';
import { sampleJson, sampleText } from '../helpers/samples';
import { tallyReport } from '../../shared/tally-report';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('loading a congress file into a database', () => {
  it('gives the expected results for the sample, through the database', () => {
    const app = openTestApp();
    const summary = unwrap(app.api.importCongressFile({ content: sampleText('dai-hoi-mau.json'), operator: 'Thư ký' }));
    expect(summary).toMatchObject({ elections: 2, candidates: 12, ballots: 44, teamTotals: 0 });
    const results = unwrap(app.api.tallyCongress({ congressId: summary.congressId }));
    const expected = sampleJson<Json>('dai-hoi-mau.expected.json');
    expect(tallyReport(results, unwrap(app.api.finalResults({ congressId: summary.congressId }))).elections.map(({ problems: _p, ...rest }) => rest)).toEqual(expected.elections);
    const teams = unwrap(app.api.getCongress({ congressId: summary.congressId })).teams.map((t) => t.name);
    expect(teams).toEqual(['T1', 'T2']);
    expect(unwrap(app.api.listAudit({})).map((e) => e.kind)).toEqual(['congress.imported']);
  });

  it('refuses a malformed file, naming the JSON path, and writes nothing', () => {
    const app = openTestApp();
    const file = sampleJson<Json>('dai-hoi-mau.json');
    file.elections[0].ballots[17].struck.push('c99');
    const error = failure(app.api.importCongressFile({ content: file }));
    expect(error).toMatchObject({ code: 'INVALID_CONGRESS_FILE', message: 'elections[0].ballots[17].struck[2]: không có ứng cử viên "c99"' });
    expect(unwrap(app.api.listCongresses())).toEqual([]);
    expect(unwrap(app.api.listAudit({}))).toEqual([]);
  });

  it('writes the congress back out losslessly: the file reads the same and loads the same', () => {
    const app = openTestApp();
    const { congressId } = unwrap(app.api.importCongressFile({ content: sampleText('dai-hoi-mau.json') }));
    const exported = unwrap(app.api.exportCongressFile({ congressId })).text;
    const original = readCongressFile(sampleText('dai-hoi-mau.json'));
    const written = readCongressFile(exported);
    if (!original.ok || !written.ok) throw new Error('unreadable');
    // What the file said comes back. The database adds when each ballot was entered, an id for
    // each ballot that had none (station packages need them to merge without counting twice), and
    // the number of its first paper (each paper its own number, in the file's order).
    const added = structuredClone(written.value);
    added.elections.forEach((e) => {
      let next = 1;
      for (const b of e.ballots) {
        expect(b.number).toBe(next);
        next += b.count;
      }
    });
    added.elections.forEach((e, i) =>
      e.ballots.forEach((b, j) => {
        delete b.at;
        delete b.number;
        if (original.value.elections[i]!.ballots[j]!.id === undefined) {
          expect(b.id).toMatch(/^phieu-\d+$/);
          delete b.id;
        }
      }),
    );
    expect(added).toEqual(original.value);
    const again = openTestApp();
    const second = unwrap(again.api.importCongressFile({ content: exported }));
    expect(unwrap(again.api.exportCongressFile({ congressId: second.congressId })).text).toBe(exported);
  });

  it('exports what was built in the app: corrections, voids, withdrawals, rounds and locks', () => {
    const app = openTestApp();
    const { congressId, electionId, teamId } = setUpElection(app, { seats: 4 });
    const { ballotId } = unwrap(app.api.enterBallot({ electionId, teamId, struck: ['c01'], operator: 'An' }));
    unwrap(app.api.correctBallot({ ballotId, teamId, struck: ['c02'], operator: 'An' }));
    const voided = unwrap(app.api.enterBallot({ electionId, struck: ['c03'] }));
    unwrap(app.api.voidBallot({ ballotId: voided.ballotId }));
    unwrap(app.api.enterBallot({ electionId, invalid: 'COMMITTEE_RULED', note: 'Rách mất nửa phiếu' }));
    const { text } = unwrap(app.api.exportCongressFile({ congressId }));
    const file = JSON.parse(text);
    expect(file.elections[0].ballots.map((b: Json) => [b.team ?? null, b.struck ?? null, b.invalid ?? null, b.operator ?? null])).toEqual([
      ['Tổ 1', ['c02'], null, 'An'],
      [null, null, 'COMMITTEE_RULED', null],
    ]);
    const again = openTestApp();
    const loaded = unwrap(again.api.importCongressFile({ content: text }));
    const [reloaded] = unwrap(again.api.getCongress({ congressId: loaded.congressId })).elections;
    expect(unwrap(again.api.tally({ electionId: reloaded!.id })).candidates).toEqual(unwrap(app.api.tally({ electionId })).candidates);
  });
});
