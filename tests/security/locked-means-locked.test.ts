import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src-main/app/workspace';
import { CHAIR_PIN, failure, openTestApp, setUpElection, steppingClock, tempDir, unwrap, type TestApp } from '../helpers/api';

/**
 * Finding 1 and 2 of issue 10: once an election is locked, nothing may change what its minutes
 * print or what its fingerprint seals, whatever the path: the congress's fields, its teams, its
 * list, its ballots, a restore of a backup taken before the lock.
 */
function lockedElection(app: TestApp = openTestApp()) {
  const ids = setUpElection(app, { seats: 4 });
  for (let i = 0; i < 6; i++) unwrap(app.api.enterBallot({ electionId: ids.electionId, teamId: ids.teamId, struck: ['c01', 'c02'], operator: 'Lan' }));
  unwrap(app.api.updateElection({ electionId: ids.electionId, ballotsIssued: 6, ballotsReturned: 6 }));
  const { fingerprint } = unwrap(app.api.lockElection({ pin: CHAIR_PIN, electionId: ids.electionId, operator: 'Chủ tịch' }));
  return { ...ids, fingerprint };
}

describe('a locked election cannot be changed around its lock', () => {
  it('refuses every change of the congress fields its minutes print, naming the lock, and the fingerprint stays', () => {
    const app = openTestApp();
    const { congressId, electionId, fingerprint } = lockedElection(app);
    const changes = [
      { name: 'Đại hội khác' },
      { organization: 'Đảng bộ khác' },
      { term: '2030-2035' },
      { place: 'Nơi khác' },
      { date: '2025-07-01' },
      { kind: 'members' as const },
      { present: 40 },
      { summoned: 46, exclusions: [{ reason: 'Vắng mặt suốt thời gian đại hội', count: 3 }] },
      { exclusions: [{ reason: 'Lý do khác', count: 2 }] },
      { countingCommittee: [{ name: 'Người khác', role: 'Trưởng ban' }] },
    ];
    for (const change of changes) {
      const error = failure(app.api.updateCongress({ congressId, ...change, operator: 'Thư ký' }));
      expect(error.code, JSON.stringify(change)).toBe('ELECTION_LOCKED');
      expect(error.message).toContain('Bầu Ban Chấp hành');
    }
    expect(unwrap(app.api.tally({ electionId })).fingerprint).toBe(fingerprint);
  });

  it('refuses to rename a team whose ballots a locked election counts', () => {
    const app = openTestApp();
    const { teamId, electionId, fingerprint } = lockedElection(app);
    expect(failure(app.api.renameTeam({ teamId, name: 'Tổ một' })).code).toBe('ELECTION_LOCKED');
    expect(unwrap(app.api.tally({ electionId })).fingerprint).toBe(fingerprint);
  });

  it('refuses the list, the ballots and the totals of a locked election', () => {
    const app = openTestApp();
    const { electionId, teamId } = lockedElection(app);
    const ballot = unwrap(app.api.listBallots({ electionId })).ballots[0]!;
    const refusals = [
      app.api.addCandidate({ electionId, name: 'Người mới' }),
      app.api.enterBallot({ electionId, struck: ['c01'] }),
      app.api.correctBallot({ ballotId: ballot.ballotId, struck: ['c03'] }),
      app.api.voidBallot({ ballotId: ballot.ballotId }),
      app.api.setTeamTotals({ electionId, teamId, returned: 1, valid: 1, invalid: {}, votes: {} }),
      app.api.updateElection({ electionId, seats: 4 }),
    ];
    for (const refused of refusals) expect(failure(refused).code).toBe('ELECTION_LOCKED');
  });
});

describe('a backup taken before a lock', () => {
  async function lockedFile() {
    const dir = tempDir();
    const workspace = new Workspace({ documentsDir: dir, settingsDir: dir, clock: steppingClock() });
    const file = unwrap(await workspace.createFile('dai-hoi', { name: 'Đại hội thử khôi phục', kind: 'delegates', summoned: 20, chairPin: CHAIR_PIN }));
    const congressId = file.congressId as number;
    const { electionId } = unwrap(file.api.createElection({ congressId, office: 'cap_uy', seats: 2, ballotsIssued: 3, ballotsReturned: 3 }));
    unwrap(file.api.addCandidates({ electionId, candidates: [{ name: 'Trần Văn Bảy' }, { name: 'Lê Thị Cúc' }, { name: 'Phạm Minh Đức' }] }));
    for (let i = 0; i < 3; i++) unwrap(file.api.enterBallot({ electionId, struck: ['c01'], operator: 'An' }));
    const before = file.backups.backupNow('manual');
    unwrap(workspace.current!.api.lockElection({ pin: CHAIR_PIN, electionId, operator: 'Chủ tịch' }));
    return { workspace, electionId, before };
  }

  it('cannot be restored without the chair’s PIN and a reason: the lock stays', async () => {
    const { workspace, electionId, before } = await lockedFile();
    expect(failure(workspace.restoreBackup(before.name, 'Ai đó')).code).toBe('PIN_REQUIRED');
    expect(failure(workspace.restoreBackup(before.name, 'Ai đó', { pin: '999999', reason: 'thử' })).code).toBe('WRONG_PIN');
    expect(failure(workspace.restoreBackup(before.name, 'Ai đó', { pin: CHAIR_PIN, reason: ' ' })).code).toBe('INVALID_INPUT');
    expect(workspace.current!.store.getElection(electionId)?.status).toBe('locked');
    expect(workspace.current!.store.listAudit({ kind: 'election.locked' })).toHaveLength(1);
  });

  it('is restored with the PIN and a reason, and the restored file records what it replaced', async () => {
    const { workspace, before } = await lockedFile();
    const head = workspace.current!.store.lastAuditEvent()!;
    const restored = unwrap(workspace.restoreBackup(before.name, 'Chủ tịch', { pin: CHAIR_PIN, reason: 'Nhập nhầm tổ, cần nhập lại' }));
    const event = workspace.current!.store.lastAuditEvent()!;
    expect(event.kind).toBe('backup.restored');
    const payload = JSON.parse(event.payload) as Record<string, unknown>;
    expect(payload).toMatchObject({ from: before.name, reason: 'Nhập nhầm tổ, cần nhập lại', replaced: { seq: head.seq, hash: head.hash, copy: restored.saved.path }, locksUndone: [expect.objectContaining({ title: expect.any(String) })] });
  });
});
