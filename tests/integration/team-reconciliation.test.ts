import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import { CHAIR_PIN, failure, openTestApp, unwrap } from '../helpers/api';
import { chairWithSetup, stationFrom } from '../helpers/stations';

describe('RULES R4.5 in the app: the ballots handed to each team, per team and overall', () => {
  it('blocks the lock until every team’s box has come in, then lets it through', () => {
    const chair = chairWithSetup({ seats: 4, ballotsReturned: 7 });
    const { api } = chair.app;
    unwrap(api.setTeamReceived({ electionId: chair.electionId, teamId: chair.teams['Tổ 1'] as number, received: 4, operator: 'Thư ký' }));
    unwrap(api.setTeamReceived({ electionId: chair.electionId, teamId: chair.teams['Tổ 2'] as number, received: 3, operator: 'Thư ký' }));
    const a = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
    const b = stationFrom(chair.setups['Tổ 2'] as string, 'Máy B');
    a.enter('Tổ 1', 4);
    b.enter('Tổ 2', 3, 4);
    unwrap(api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'a.json', content: a.exportPackage('Tổ 1') }] }));

    const waiting = unwrap(api.teamReconciliation({ electionId: chair.electionId }));
    expect(waiting.rows.map((r) => [r.team, r.received, r.entered, r.valid + r.invalid, r.matches])).toEqual([['Tổ 1', 4, 4, 4, true], ['Tổ 2', 3, 0, 0, false]]);
    expect(waiting.overall).toMatchObject({ declaredReturned: 7, receivedSum: 7, counted: 4 });
    expect(waiting.blocked).toBe(true);
    const refused = failure(api.lockElection({ pin: CHAIR_PIN, electionId: chair.electionId }));
    expect(refused.code).toBe('BLOCKING_PROBLEMS');
    expect(refused.message).toContain('Tổ 2 được giao 3 phiếu nhưng đã nhập hoặc báo cáo 0 phiếu');

    unwrap(api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'b.json', content: b.exportPackage('Tổ 2') }] }));
    const done = unwrap(api.teamReconciliation({ electionId: chair.electionId }));
    expect(done.rows.every((r) => r.matches)).toBe(true);
    expect(done.blocked).toBe(false);
    unwrap(api.lockElection({ pin: CHAIR_PIN, electionId: chair.electionId }));
  });

  it('audits the declared shares and refuses a team of another congress', () => {
    const chair = chairWithSetup();
    const { api } = chair.app;
    unwrap(api.setTeamReceived({ electionId: chair.electionId, teamId: chair.teams['Tổ 1'] as number, received: 10, operator: 'Thư ký' }));
    unwrap(api.setTeamReceived({ electionId: chair.electionId, teamId: chair.teams['Tổ 1'] as number, received: null, operator: 'Thư ký' }));
    expect(unwrap(api.listAudit({ kind: 'team_received.set' })).map((e) => JSON.parse(e.payload))).toEqual([
      { teamId: chair.teams['Tổ 1'], team: 'Tổ 1', before: null, after: 10 },
      { teamId: chair.teams['Tổ 1'], team: 'Tổ 1', before: 10, after: null },
    ]);
    const other = chairWithSetup();
    expect(failure(api.setTeamReceived({ electionId: chair.electionId, teamId: other.teams['Tổ 2'] as number + 100, received: 1 })).code).toBe('NOT_FOUND');
  });

  it('the shares travel in the congress file and come back the same', () => {
    const chair = chairWithSetup();
    const { api } = chair.app;
    unwrap(api.setTeamReceived({ electionId: chair.electionId, teamId: chair.teams['Tổ 2'] as number, received: 21 }));
    const text = unwrap(api.exportCongressFile({ congressId: chair.congressId })).text;
    const file = unwrap(readCongressFile(text));
    expect(file.elections[0]?.teamReceived).toEqual([{ team: 'Tổ 2', received: 21 }]);
    const copy = openTestApp();
    const { congressId } = unwrap(copy.api.importCongressFile({ content: text }));
    expect(unwrap(copy.api.exportCongressFile({ congressId })).text).toBe(text);
  });
});
