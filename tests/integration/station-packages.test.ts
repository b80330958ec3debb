import { describe, expect, it } from 'vitest';
import { CHAIR_PIN, failure, unwrap } from '../helpers/api';
import { resignedAs } from '../helpers/packages';
import { chairWithSetup, stationFrom, teamKeyOf } from '../helpers/stations';
import { ERROR_CODES } from '../../shared/api/errors';

describe('station packages: from the setup package to the chair’s merge', () => {
  it('a station starts from its team’s setup package with the same congress, lists and identity, and that team only', () => {
    const chair = chairWithSetup();
    const station = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
    const here = unwrap(chair.app.api.getElection({ electionId: chair.electionId }));
    const there = unwrap(station.app.api.getElection({ electionId: station.electionId }));
    expect(there.candidates.map((c) => [c.key, c.name])).toEqual(here.candidates.map((c) => [c.key, c.name]));
    expect(unwrap(station.app.api.getCongress({ congressId: station.congressId })).teams.map((t) => t.name)).toEqual(['Tổ 1']);
    const chairInfo = unwrap(chair.app.api.stationInfo({ congressId: chair.congressId }));
    const stationInfo = unwrap(station.app.api.stationInfo({ congressId: station.congressId }));
    expect(stationInfo.congressIdentity).toBe(chairInfo.congressIdentity);
    expect(stationInfo.station.name).toBe('Máy A');
    expect(stationInfo.station.id).not.toBe(chairInfo.station.id);
    expect([chairInfo.team, stationInfo.team]).toEqual([null, 'Tổ 1']);
    expect(unwrap(station.app.api.listAudit({})).map((e) => e.kind)).toEqual(['setup_package.loaded']);
  });

  it('shows what is new before merging, merges in one step with its audit event, and counts nothing twice', () => {
    const chair = chairWithSetup();
    const a = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
    a.enter('Tổ 1', 12);
    const first = a.exportPackage('Tổ 1');

    const preview = unwrap(chair.app.api.previewPackages({ congressId: chair.congressId, packages: [{ label: 'to1-a.json', content: first }] }));
    expect(preview.canMerge).toBe(true);
    const shown = preview.packages[0];
    if (!shown?.ok) throw new Error('expected a readable package');
    expect(shown.team).toBe('Tổ 1');
    expect(shown.station).toBe('Máy A');
    expect(shown.elections[0]).toMatchObject({ add: 12, present: 0, corrections: 0, claimed: 0, missing: 0 });
    expect(unwrap(chair.app.api.tally({ electionId: chair.electionId })).ballots.counted).toBe(0);

    const merged = unwrap(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'to1-a.json', content: first }], operator: 'Chủ tịch' }));
    expect(merged.packages[0]?.elections[0]).toMatchObject({ added: 12, present: 0 });
    const chairTally = unwrap(chair.app.api.tally({ electionId: chair.electionId }));
    const stationTally = unwrap(a.app.api.tally({ electionId: a.electionId }));
    expect(chairTally.candidates.map((c) => c.votes)).toEqual(stationTally.candidates.map((c) => c.votes));
    expect(chairTally.ballots.counted).toBe(12);
    expect(unwrap(chair.app.api.listAudit({ kind: 'packages.merged' }))).toHaveLength(1);

    // The station goes on counting; its next package holds the first 12 again and 5 more.
    a.enter('Tổ 1', 5, 2);
    const second = a.exportPackage('Tổ 1');
    const again = unwrap(chair.app.api.previewPackages({ congressId: chair.congressId, packages: [{ label: 'to1-a-2.json', content: second }] }));
    expect(again.packages[0]).toMatchObject({ ok: true, elections: [{ add: 5, present: 12 }] });
    unwrap(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'to1-a-2.json', content: second }] }));
    expect(unwrap(chair.app.api.tally({ electionId: chair.electionId })).ballots.counted).toBe(17);
    expect(unwrap(chair.app.api.tally({ electionId: chair.electionId })).candidates.map((c) => c.votes)).toEqual(unwrap(a.app.api.tally({ electionId: a.electionId })).candidates.map((c) => c.votes));
  });

  it('the preview says, package by package, what the merge of the same texts then does', () => {
    const chair = chairWithSetup();
    const a = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
    const b = stationFrom(chair.setups['Tổ 2'] as string, 'Máy B');
    a.enter('Tổ 1', 6);
    unwrap(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'a-1.json', content: a.exportPackage('Tổ 1') }] }));
    // Station A corrects one ballot, voids another and enters three more; station B counts its box.
    const [first, second] = unwrap(a.app.api.listBallots({ electionId: a.electionId })).ballots;
    if (!first || !second) throw new Error('no ballots');
    unwrap(a.app.api.correctBallot({ ballotId: first.ballotId, teamId: a.teamId('Tổ 1'), struck: ['c01'], operator: 'A' }));
    unwrap(a.app.api.voidBallot({ ballotId: second.ballotId, reason: 'nhập hai lần', operator: 'A' }));
    a.enter('Tổ 1', 3, 2);
    b.enter('Tổ 2', 4, 3);
    const packages = [{ label: 'a-2.json', content: a.exportPackage('Tổ 1') }, { label: 'b-1.json', content: b.exportPackage('Tổ 2') }];

    const preview = unwrap(chair.app.api.previewPackages({ congressId: chair.congressId, packages, acceptCorrections: true }));
    expect(preview.canMerge).toBe(true);
    const merged = unwrap(chair.app.api.mergePackages({ congressId: chair.congressId, packages, acceptCorrections: true }));
    const previewed = preview.packages.map((p) => {
      if (!p.ok) throw new Error(p.error.message);
      return { label: p.label, team: p.team, elections: p.elections.map((e) => ({ key: e.key, added: e.add, present: e.present, corrected: e.corrections, voided: e.missing })) };
    });
    expect(previewed).toEqual(merged.packages.map((p) => ({ label: p.label, team: p.team, elections: p.elections.map((e) => ({ key: e.key, added: e.added, present: e.present, corrected: e.corrected, voided: e.voided })) })));
    expect(previewed[0]?.elections[0]).toEqual({ key: expect.any(String), added: 3, present: 4, corrected: 1, voided: 1 });
    const recorded = new Map(unwrap(chair.app.api.stationInfo({ congressId: chair.congressId })).packages.map((p) => [p.label, p.sha256]));
    expect(preview.packages.map((p) => (p.ok ? p.sha256 : null))).toEqual(packages.map((p) => recorded.get(p.label)));
  });

  it('refuses the same package twice, naming it and when it was merged, and merges nothing', () => {
    const chair = chairWithSetup();
    const a = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
    a.enter('Tổ 1', 4);
    const text = a.exportPackage('Tổ 1');
    unwrap(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'to1.json', content: text }] }));
    const error = failure(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'to1-ban-sao.json', content: text }] }));
    expect(error.code).toBe(ERROR_CODES.packageDuplicate);
    expect(error.message).toContain('Gói "to1-ban-sao.json"');
    expect(error.message).toContain('đã gộp rồi');
    expect(error.message).toContain('"to1.json"');
    // The same file twice in one merge: the second is the duplicate, and neither is merged.
    const chair2 = chairWithSetup();
    const b = stationFrom(chair2.setups['Tổ 2'] as string, 'Máy B');
    b.enter('Tổ 2', 3);
    const twice = b.exportPackage('Tổ 2');
    const refused = failure(chair2.app.api.mergePackages({ congressId: chair2.congressId, packages: [{ label: 'x.json', content: twice }, { label: 'y.json', content: twice }] }));
    expect(refused.message).toContain('Gói "y.json"');
    expect(unwrap(chair2.app.api.tally({ electionId: chair2.electionId })).ballots.counted).toBe(0);
  });

  it('reports two stations claiming the same team’s box, and the same ballot under two teams', () => {
    const chair = chairWithSetup();
    const a = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
    const b = stationFrom(chair.setups['Tổ 1'] as string, 'Máy B');
    a.enter('Tổ 1', 3);
    b.enter('Tổ 1', 3, 9);
    unwrap(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'a.json', content: a.exportPackage('Tổ 1') }] }));
    const preview = unwrap(chair.app.api.previewPackages({ congressId: chair.congressId, packages: [{ label: 'b.json', content: b.exportPackage('Tổ 1') }] }));
    expect(preview.canMerge).toBe(false);
    const shown = preview.packages[0];
    if (!shown?.ok) throw new Error('expected a readable package');
    expect(shown.problems.map((p) => p.code)).toContain('STATION_CLAIM');
    expect(shown.problems.find((p) => p.code === 'STATION_CLAIM')?.message).toContain('hai máy cùng nhận hòm phiếu của một tổ');

    // A station cannot re-label its ballots to another team; a package of Tổ 2, signed with Tổ 2's
    // key, that brings A's ballots (same ids, as if Tổ 2's station had a copy of them) is blocked.
    const fromA = JSON.parse(a.exportPackage('Tổ 1').replaceAll('"Tổ 1"', '"Tổ 2"')) as Record<string, unknown>;
    const asTeam2 = resignedAs(fromA, teamKeyOf(chair, 'Tổ 2'));
    const claimed = unwrap(chair.app.api.previewPackages({ congressId: chair.congressId, packages: [{ label: 'a-to2.json', content: asTeam2 }] }));
    const claim = claimed.packages[0];
    if (!claim?.ok) throw new Error(`expected a readable package: ${claim?.ok === false ? claim.error.message : ''}`);
    expect(claim.elections[0]?.claimed).toBe(3);
    expect(claim.problems.find((p) => p.code === 'BALLOT_CLAIMED')?.message).toContain('hai tổ cùng nhận một phiếu');
    expect(failure(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'a-to2.json', content: asTeam2 }] })).code).toBe(ERROR_CODES.mergeConflict);
  });

  it('a ballot corrected or voided at the station blocks the next merge until the chair accepts the station’s corrections', () => {
    const chair = chairWithSetup();
    const a = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
    a.enter('Tổ 1', 6);
    unwrap(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: '1.json', content: a.exportPackage('Tổ 1') }] }));
    const [first, second] = unwrap(a.app.api.listBallots({ electionId: a.electionId })).ballots;
    if (!first || !second) throw new Error('no ballots');
    unwrap(a.app.api.correctBallot({ ballotId: first.ballotId, teamId: a.teamId('Tổ 1'), struck: ['c01'], operator: 'A' }));
    unwrap(a.app.api.voidBallot({ ballotId: second.ballotId, reason: 'nhập hai lần', operator: 'A' }));
    const next = a.exportPackage('Tổ 1');

    const error = failure(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: '2.json', content: next }] }));
    expect(error.code).toBe(ERROR_CODES.mergeConflict);
    expect(error.details?.map((d) => d.message).join('\n')).toMatch(/nội dung khác trong gói[\s\S]*gói không còn/);
    expect(unwrap(chair.app.api.tally({ electionId: chair.electionId })).ballots.counted).toBe(6);

    unwrap(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: '2.json', content: next }], acceptCorrections: true }));
    expect(unwrap(chair.app.api.tally({ electionId: chair.electionId })).candidates.map((c) => c.votes)).toEqual(unwrap(a.app.api.tally({ electionId: a.electionId })).candidates.map((c) => c.votes));
    expect(unwrap(chair.app.api.tally({ electionId: chair.electionId })).ballots.counted).toBe(5);
    const history = unwrap(chair.app.api.ballotHistory({ ballotId: unwrap(chair.app.api.listBallots({ electionId: chair.electionId, number: first.number })).ballots[0]?.ballotId as number }));
    expect(history.map((v) => v.version)).toEqual([1, 2]);
  });

  it('an older package of a team after a newer one is refused', () => {
    const chair = chairWithSetup();
    const a = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
    a.enter('Tổ 1', 2);
    const older = a.exportPackage('Tổ 1');
    a.enter('Tổ 1', 2, 3);
    const newer = a.exportPackage('Tổ 1');
    unwrap(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'moi.json', content: newer }] }));
    const preview = unwrap(chair.app.api.previewPackages({ congressId: chair.congressId, packages: [{ label: 'cu.json', content: older }] }));
    const shown = preview.packages[0];
    if (!shown?.ok) throw new Error('expected a readable package');
    expect(shown.problems.map((p) => p.code)).toContain('STALE_PACKAGE');
  });

  it('merges a locked election’s package only when it brings nothing new', () => {
    const chair = chairWithSetup({ ballotsReturned: 3, seats: 4 });
    const a = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
    a.enter('Tổ 1', 3);
    const text = a.exportPackage('Tổ 1');
    unwrap(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'a.json', content: text }] }));
    unwrap(chair.app.api.lockElection({ pin: CHAIR_PIN, electionId: chair.electionId }));
    // The station finds a paper more in its box: its returned figure corrected, the paper entered.
    unwrap(a.app.api.updateElection({ electionId: a.electionId, ballotsReturned: 4, reason: 'Còn một phiếu trong hòm' }));
    a.enter('Tổ 1', 1, 5);
    const later = failure(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'a2.json', content: a.exportPackage('Tổ 1') }] }));
    expect(later.message).toContain('đã chốt kết quả');
  });
});
