import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../src-main/audit/hash-chain';
import { openTestApp, setUpElection, unwrap } from '../helpers/api';

function busyCongress() {
  const app = openTestApp();
  const { congressId, electionId, teamId } = setUpElection(app);
  const { teamId: team2 } = unwrap(app.api.createTeam({ congressId, name: 'Tổ 2', operator: 'Thư ký' }));
  unwrap(app.api.enterBallot({ electionId, teamId, struck: ['c01'], operator: 'An' }));
  unwrap(app.api.enterBallot({ electionId, teamId: team2, struck: ['c02'], operator: 'Bình' }));
  unwrap(app.api.setTeamReceived({ electionId, teamId: team2, received: 1, operator: 'Thư ký' }));
  unwrap(app.api.enterBallot({ electionId, teamId, struck: ['c03'], operator: 'An' }));
  return { app, congressId, electionId, teamId, team2 };
}

describe('the audit log in the app: filters, export, verify', () => {
  it('filters by operator, team, kind and time, newest first when asked', () => {
    const { app, teamId, team2 } = busyCongress();
    const { api } = app;
    expect(unwrap(api.listAudit({ operator: 'An' })).map((e) => e.kind)).toEqual(['ballot.entered', 'ballot.entered']);
    expect(unwrap(api.listAudit({ teamId })).map((e) => `${e.kind}:${e.operator}`)).toEqual(['team.created:', 'ballot.entered:An', 'ballot.entered:An']);
    expect(unwrap(api.listAudit({ teamId: team2 })).map((e) => e.kind)).toEqual(['team.created', 'ballot.entered', 'team_received.set']);
    expect(unwrap(api.listAudit({ kind: 'ballot.entered', newestFirst: true })).map((e) => e.operator)).toEqual(['An', 'Bình', 'An']);
    const all = unwrap(api.listAudit({}));
    const middle = all[Math.floor(all.length / 2)];
    if (!middle) throw new Error('no events');
    const fromMiddle = unwrap(api.listAudit({ from: middle.at }));
    expect(fromMiddle[0]?.seq).toBe(middle.seq);
    expect(unwrap(api.listAudit({ to: middle.at })).at(-1)?.seq).toBe(middle.seq);
  });

  it('exports JSON whose chain can be checked away from the program, and CSV to read', () => {
    const { app } = busyCongress();
    const exported = unwrap(app.api.exportAudit({ format: 'json' }));
    expect(exported.fileName).toMatch(/^nhat-ky-.*\.json$/);
    const json = JSON.parse(exported.text);
    expect(json).toMatchObject({ format: 'kiem-phieu.audit', version: 1, wholeLog: { intact: true } });
    expect(json.congressIdentity).toMatch(/^[0-9a-f]{32}$/);
    expect(verifyChain(json.events)).toEqual({ intact: true, events: json.events.length });
    json.events[3].operator = 'Người khác';
    expect(verifyChain(json.events)).toMatchObject({ intact: false, brokenAt: json.events[3].seq });

    const csv = unwrap(app.api.exportAudit({ format: 'csv', operator: 'Bình' })).text.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(csv[0]).toBe('"Số","Thời gian","Người thực hiện","Loại","Mã loại","Cuộc bầu","Nội dung","Mã băm"');
    expect(csv).toHaveLength(2);
    // The kind in words from the registry, beside its code.
    expect(csv[1]).toContain('"Bình","Nhập phiếu","ballot.entered","Bầu Ban Chấp hành"');
  });
});
