import { describe, expect, it } from 'vitest';
import { failure, openTestApp, setUpElection, unwrap } from '../helpers/api';

describe('the audit log', () => {
  it('records every change, who and what, chained to the one before', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app);
    const { ballotId } = unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'], operator: 'Nguyễn An' }));
    unwrap(app.api.correctBallot({ ballotId, struck: ['c01', 'c03'], operator: 'Nguyễn An' }));
    const events = unwrap(app.api.listAudit({}));
    expect(events.map((e) => e.kind)).toEqual(['congress.created', 'election.created', 'candidate.added', 'candidate.added', 'candidate.added', 'candidate.added', 'candidate.added', 'team.created', 'ballot.entered', 'ballot.corrected']);
    expect(events.at(-1)).toMatchObject({ operator: 'Nguyễn An', electionId });
    expect(JSON.parse(events.at(-1)!.payload)).toMatchObject({ number: 1, before: { struck: ['c01', 'c02'] }, after: { struck: ['c01', 'c03'] } });
    events.forEach((e, i) => i > 0 && expect(e.prevHash).toBe(events[i - 1]!.hash));
    expect(unwrap(app.api.verifyAudit({}))).toMatchObject({ intact: true, events: 10, sound: true });
  });

  it('a refused change leaves no event', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app);
    const before = unwrap(app.api.listAudit({})).length;
    failure(app.api.enterBallot({ electionId, struck: ['c99'] }));
    expect(unwrap(app.api.listAudit({})).length).toBe(before);
  });

  it('verify says where the chain breaks: a changed event, a removed one', () => {
    const app = openTestApp();
    setUpElection(app);
    const db = app.store.db;
    db.exec('DROP TRIGGER audit_never_updated; DROP TRIGGER audit_never_deleted;');
    db.prepare("UPDATE audit_events SET payload = json_set(payload, '$.name', 'Nguyễn Văn Giả') WHERE seq = 3").run();
    expect(unwrap(app.api.verifyAudit({}))).toMatchObject({ intact: false, brokenAt: 3, reason: 'nội dung sự kiện số 3 đã bị thay đổi' });

    const other = openTestApp();
    setUpElection(other);
    other.store.db.exec('DROP TRIGGER audit_never_deleted;');
    other.store.db.prepare('DELETE FROM audit_events WHERE seq = 5').run();
    expect(unwrap(other.api.verifyAudit({}))).toMatchObject({ intact: false, brokenAt: 6 });
  });

  it('survives closing and reopening the file', () => {
    const app = openTestApp();
    setUpElection(app);
    const again = app.reopen();
    expect(unwrap(again.api.verifyAudit({}))).toMatchObject({ intact: true, events: 8, sound: true });
  });
});
