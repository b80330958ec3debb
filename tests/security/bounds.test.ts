import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import { MAX_LIST_SIZE, MAX_SEATS, MAX_SUMMONED } from '../../shared/limits';
import { createBackend } from '../../src-main/app/backend';
import { Workspace } from '../../src-main/app/workspace';
import { startWebServer } from '../../src-main/web/server';
import { CHAIR_PIN, failure, openTestApp, setUpElection, tempDir, unwrap } from '../helpers/api';
import { runCli } from '../helpers/cli';
import { sampleJson } from '../helpers/samples';
import { chairWithSetup, stationFrom } from '../helpers/stations';

/**
 * Issue 20, finding 7: a stack of 10^9 ballots when 30 are summoned was accepted (the workbook
 * export then ran 42 s, took 2.5 GB and answered 500); so were 10^12 seats; a name holding U+0000
 * or a lone surrogate answered 500 (it was cleaned after it was validated); `merge` accepted a
 * file of another congress and wrote 85 ballots into one election.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A chi bộ of 30 summoned, one Ban Chấp hành election of 3 seats among 4; `edit` changes it. */
function smallCongress(edit: (file: Json) => void = () => undefined): Json {
  const file: Json = {
    format: 'kiem-phieu.congress',
    version: 1,
    congress: { name: 'Đại hội Chi bộ thôn Hòa Tiến', kind: 'members', summoned: 30 },
    elections: [{ id: 'bch', office: 'cap_uy', title: 'Bầu Ban Chấp hành', seats: 3, candidates: ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy', 'Phạm Minh Đức'].map((name, i) => ({ id: `c${i + 1}`, name })), ballots: [{ struck: ['c1'], count: 12 }] }],
  };
  edit(file);
  return file;
}

function refusedAt(file: Json, path: string): string {
  const read = readCongressFile(file);
  expect(read.ok, `refused at ${path}`).toBe(false);
  const detail = (failure(read).details ?? []).find((d) => d.path === path);
  expect(detail, `a detail at ${path}: ${JSON.stringify(failure(read).details)}`).toBeDefined();
  return detail?.message ?? '';
}

describe('RULES R4 item 6: a stack or a team total larger than the ballots returned (or summoned) is refused where it is typed or read', () => {
  it('in a congress file: a stack of 10^9 when 30 are summoned, a stack above the ballots returned, a team total above them', () => {
    expect(refusedAt(smallCongress((f) => (f.elections[0].ballots[0].count = 1e9)), 'elections[0].ballots[0].count')).toContain('30');
    expect(refusedAt(smallCongress((f) => Object.assign(f.elections[0], { ballotsReturned: 20, ballots: [{ struck: ['c1'], count: 21 }] })), 'elections[0].ballots[0].count')).toContain('số phiếu thu vào (20)');
    expect(refusedAt(smallCongress((f) => Object.assign(f.elections[0], { teamTotals: [{ team: 'Tổ 2', returned: 31, valid: 31, votes: { c1: 31 } }] })), 'elections[0].teamTotals[0].returned')).toContain('số được triệu tập (30)');
    expect(readCongressFile(smallCongress((f) => Object.assign(f.elections[0], { ballotsReturned: 30, ballots: [{ struck: ['c1'], count: 30 }] }))).ok).toBe(true);
  });

  it('the command line refuses the file of 10^9 ballots at once: no workbook of gigabytes is ever written', () => {
    const dir = tempDir();
    const path = join(dir, 'mot-ty.json');
    writeFileSync(path, JSON.stringify(smallCongress((f) => (f.elections[0].ballots[0].count = 1e9))));
    const exported = runCli('export', path, '--xlsx', join(dir, 'so.xlsx'));
    expect(exported.status).toBe(1);
    expect(exported.stderr).toContain('elections[0].ballots[0].count');
    expect(existsSync(join(dir, 'so.xlsx'))).toBe(false);
  });

  it('in the app: a stack or a team total above the ballots returned, or above those summoned while returned is not declared, stores nothing', () => {
    const app = openTestApp();
    const { congressId, electionId, teamId } = setUpElection(app, { seats: 4, ballotsReturned: null }); // 45 summoned
    expect(failure(app.api.enterBallot({ electionId, struck: ['c01'], count: 46 }))).toMatchObject({ code: 'INVALID_INPUT', path: 'count' });
    expect(failure(app.api.enterBallot({ electionId, struck: ['c01'], count: 1e9 }))).toMatchObject({ path: 'count' });
    expect(failure(app.api.setTeamTotals({ electionId, teamId, returned: 46, valid: 46, votes: { c01: 46 } }))).toMatchObject({ code: 'INVALID_INPUT', path: 'returned' });
    unwrap(app.api.updateElection({ electionId, ballotsIssued: 43, ballotsReturned: 40 }));
    const over = failure(app.api.enterBallot({ electionId, struck: ['c01'], count: 41 }));
    expect(over).toMatchObject({ path: 'count' });
    expect(over.message).toContain('40');
    const { ballotId } = unwrap(app.api.enterBallot({ electionId, struck: ['c01'], count: 40 }));
    expect(failure(app.api.correctBallot({ ballotId, struck: ['c02'], count: 41 }))).toMatchObject({ path: 'count' });
    expect(failure(app.api.setTeamTotals({ electionId, teamId, returned: 41, valid: 41 }))).toMatchObject({ path: 'returned' });
    expect(unwrap(app.api.tally({ electionId })).ballots.counted).toBe(40);
    expect(unwrap(app.api.listAudit({ congressId })).filter((e) => e.kind === 'team_totals.set')).toEqual([]);
  });

  it('the workbook export refuses an election of more papers than a sheet can hold, naming it, before writing a row', async () => {
    const app = openTestApp();
    const { congressId } = unwrap(app.api.createCongress({ name: 'Đại hội thử giới hạn', kind: 'delegates', summoned: MAX_SUMMONED, chairPin: CHAIR_PIN }));
    // Papers returned not declared: each stack is bounded by those summoned, the papers together only by the lock's checks.
    const { electionId } = unwrap(app.api.createElection({ congressId, office: 'cap_uy', seats: 1, title: 'Bầu thử' }));
    unwrap(app.api.addCandidates({ electionId, candidates: [{ name: 'Trần Văn Bảy' }, { name: 'Lê Thị Cúc' }] }));
    const stacks = Array.from({ length: 105 }, () => unwrap(app.api.enterBallot({ electionId, struck: ['c01'], count: MAX_SUMMONED })).ballotId);
    const refused = failure(await app.api.exportWorkbook({ congressId }));
    expect(refused.message).toContain('Bầu thử');
    expect(refused.message).toContain('1.050.000');
    // 940,000 and 200,000 papers: each election within a sheet, together more than one workbook is written with.
    for (const ballotId of stacks.slice(0, 11)) unwrap(app.api.voidBallot({ ballotId, reason: 'Nhập thừa' }));
    const second = unwrap(app.api.createElection({ congressId, office: 'ubkt', seats: 1, title: 'Bầu thử lần hai' }));
    unwrap(app.api.addCandidates({ electionId: second.electionId, candidates: [{ name: 'Trần Văn Bảy' }, { name: 'Lê Thị Cúc' }] }));
    for (let i = 0; i < 20; i++) unwrap(app.api.enterBallot({ electionId: second.electionId, struck: ['c01'], count: MAX_SUMMONED }));
    const together = failure(await app.api.exportWorkbook({ congressId }));
    expect(together.message).toContain('tất cả 1.140.000 tờ phiếu');
  });
});

describe('seats, summoned, exclusions, present and lists are bounded (shared/limits.ts)', () => {
  it('a congress file of 10^12 seats, summoned or present, an exclusion above those summoned, or a list too long, is refused naming the place', () => {
    expect(refusedAt(smallCongress((f) => (f.elections[0].seats = 1e12)), 'elections[0].seats')).toContain(String(MAX_SEATS).replace(/\B(?=(\d{3})+$)/g, '.'));
    expect(refusedAt(smallCongress((f) => (f.congress.summoned = 1e12)), 'congress.summoned')).toBeTruthy();
    expect(refusedAt(smallCongress((f) => (f.congress.present = 1e12)), 'congress.present')).toBeTruthy();
    expect(refusedAt(smallCongress((f) => (f.congress.exclusions = [{ reason: 'Vắng mặt', count: 1e12 }])), 'congress.exclusions[0].count')).toBeTruthy();
    expect(refusedAt(smallCongress((f) => (f.elections[0].ballotsIssued = 1e12)), 'elections[0].ballotsIssued')).toBeTruthy();
    const long = smallCongress((f) => (f.elections[0].candidates = Array.from({ length: MAX_LIST_SIZE + 1 }, (_, i) => ({ id: `c${i + 1}`, name: `Người Số ${i + 1}` }))));
    expect(refusedAt(long, 'elections[0].candidates')).toBeTruthy();
  });

  it('the api refuses the same where they are typed', () => {
    const app = openTestApp();
    expect(failure(app.api.createCongress({ name: 'Đại hội', kind: 'members', summoned: 1e12 }))).toMatchObject({ path: 'summoned' });
    const { congressId } = unwrap(app.api.createCongress({ name: 'Đại hội', kind: 'members', summoned: 30 }));
    expect(failure(app.api.updateCongress({ congressId, exclusions: [{ reason: 'Vắng mặt', count: 1e12 }] }))).toMatchObject({ path: 'exclusions[0].count' });
    expect(failure(app.api.createElection({ congressId, office: 'cap_uy', seats: 1e12 }))).toMatchObject({ path: 'seats' });
    expect(failure(app.api.createElection({ congressId, office: 'cap_uy', seats: 3, ballotsIssued: 1e12 }))).toMatchObject({ path: 'ballotsIssued' });
  });
});

describe('text is cleaned before it is validated: no input answers 500 or throws', () => {
  const DIRTY = ['Trần\u0000 Văn Bảy', 'Trần \uD800Văn Bảy', 'Trần Văn\uDC00 Bảy', 'Trần\u0007 Văn\u009b Bảy'];

  it('the api stores the name without U+0000, lone surrogates or control characters; a name of nothing else is refused as empty', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app, { names: ['Lê Thị Cúc', 'Nguyễn Hữu Duy'] });
    unwrap(app.api.addCandidates({ electionId, candidates: DIRTY.map((name, i) => ({ name: `${name} ${i}` })) }));
    const names = unwrap(app.api.getElection({ electionId })).candidates.map((c) => c.name);
    expect(names.slice(2)).toEqual(['Trần Văn Bảy 0', 'Trần Văn Bảy 1', 'Trần Văn Bảy 2', 'Trần Văn Bảy 3']);
    expect(failure(app.api.addCandidate({ electionId, name: '\u0000\uD800\u0007' }))).toMatchObject({ code: 'INVALID_INPUT', path: 'name' });
  });

  it('a congress file with such names reads them cleaned', () => {
    const file = unwrap(readCongressFile(smallCongress((f) => (f.elections[0].candidates[0].name = DIRTY[0]))));
    expect(file.elections[0]?.candidates[0]?.name).toBe('Trần Văn Bảy');
  });

  it('through the browser shell: names and file names with U+0000 or a lone surrogate are answered, never 500', async () => {
    const dir = tempDir();
    const staticDir = tempDir();
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html></html>');
    const workspace = new Workspace({ documentsDir: dir, settingsDir: dir });
    const server = await startWebServer({ backend: createBackend(workspace, 'browser'), staticDir });
    try {
      const opened = await fetch(server.openUrl, { redirect: 'manual' });
      const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] as string;
      const statuses: string[] = [];
      const call = async (method: string, body: string) => {
        const response = await fetch(new URL(`/api/${method}`, server.url), { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body });
        if (response.status >= 500) statuses.push(`${method} ${response.status}: ${await response.text()}`);
      };
      for (const [i, bad] of ['\\u0000', '\\ud800', '\\udc00', '\\u0007\\u009b'].entries()) {
        const name = `"Đại hội ${bad} x"`;
        await call('createCongressFile', `{"fileName":"hs-${i}","congress":{"name":${name},"kind":"members","summoned":5,"exclusions":[{"reason":${name},"count":1}]}}`);
        await call('createElection', `{"congressId":1,"office":"cap_uy","seats":1,"title":${name}}`);
        await call('addCandidates', `{"electionId":1,"candidates":[{"name":${name}},{"name":"B"}]}`);
        await call('saveCongressCopy', `{"fileName":"ban-sao-${i}${bad}"}`);
        await call('createCongressFile', `{"fileName":"moi-${i}${bad}","congress":{"name":"Đại hội","kind":"members","summoned":5}}`);
        for (const method of ['listCongressFiles', 'recentFiles', 'workspaceInfo', 'listBackups']) await call(method, '{}');
        await call('exportWorkbook', '{"congressId":1}');
      }
      expect(statuses).toEqual([]);
    } finally {
      await server.close();
      workspace.close();
    }
  });
});

describe('merge refuses a file of another congress, naming what differs', () => {
  it('another name and summoned: nothing is written, the message names both', () => {
    const dir = tempDir();
    const ours = sampleJson<Json>('dai-hoi-mau.json');
    const theirs = sampleJson<Json>('dai-hoi-mau.json');
    Object.assign(theirs.congress, { name: 'Đại hội đại biểu Đảng bộ phường Hòa Xuân lần thứ III', summoned: 60 });
    for (const election of theirs.elections as Json[]) for (const [k, ballot] of (election.ballots as Json[]).entries()) ballot.id = `khac-${k}`;
    writeFileSync(join(dir, 'a.json'), JSON.stringify(ours));
    writeFileSync(join(dir, 'b.json'), JSON.stringify(theirs));
    const merged = runCli('merge', join(dir, 'a.json'), join(dir, 'b.json'), '-o', join(dir, 'gop.json'));
    expect(merged.status).toBe(1);
    expect(merged.stderr).toContain('đại hội khác');
    expect(merged.stderr).toContain('tên đại hội');
    expect(merged.stderr).toContain('số được triệu tập (ở đây 45, trong tệp 60)');
    expect(existsSync(join(dir, 'gop.json'))).toBe(false);
  });

  it('another kind, or other exclusions (so another base), are named too', () => {
    const dir = tempDir();
    const ours = sampleJson<Json>('dai-hoi-mau.json');
    const theirs = sampleJson<Json>('dai-hoi-mau.json');
    Object.assign(theirs.congress, { kind: 'members', exclusions: [{ reason: 'Vắng mặt', count: 3 }] });
    writeFileSync(join(dir, 'a.json'), JSON.stringify(ours));
    writeFileSync(join(dir, 'b.json'), JSON.stringify(theirs));
    const merged = runCli('merge', join(dir, 'a.json'), join(dir, 'b.json'), '-o', join(dir, 'gop.json'));
    expect(merged.status).toBe(1);
    expect(merged.stderr).toContain('loại đại hội');
    expect(merged.stderr).toContain('các trường hợp loại trừ');
  });
});

describe('merge keeps RULES R4 item 6 where the papers go, and knows its own congress by its identity', () => {
  it('the command line: a stack within the file\'s own figures but above the ballots returned declared in the first file is refused, naming it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), JSON.stringify(smallCongress((f) => Object.assign(f.elections[0], { ballotsReturned: 20, ballots: [] }))));
    writeFileSync(join(dir, 'b.json'), JSON.stringify(smallCongress((f) => (f.elections[0].ballots = [{ id: 'p1', struck: ['c1'], count: 25 }]))));
    const merged = runCli('merge', join(dir, 'a.json'), join(dir, 'b.json'), '-o', join(dir, 'gop.json'));
    expect(merged.status).toBe(1);
    expect(merged.stderr).toContain('"p1"');
    expect(merged.stderr).toContain('một chồng 25 tờ phiếu giống nhau, nhiều hơn số phiếu thu vào (20)');
    expect(existsSync(join(dir, 'gop.json'))).toBe(false);
  });

  it('the app: a station\'s stack above the ballots returned the chair declared since is refused; a package of this congress merges after the chair corrected its name', () => {
    const chair = chairWithSetup();
    const station = stationFrom(chair.setups['Tổ 1'] as string, 'May-1');
    unwrap(station.app.api.enterBallot({ electionId: station.electionId, teamId: station.teamId('Tổ 1'), struck: ['c01'], count: 30 }));
    unwrap(chair.app.api.updateCongress({ congressId: chair.congressId, name: 'Đại hội đại biểu Đảng bộ phường Hòa An lần thứ III' }));
    const packages = [{ label: 'to-1.json', content: station.exportPackage('Tổ 1') }];
    unwrap(chair.app.api.updateElection({ electionId: chair.electionId, ballotsReturned: 20 }));
    const refused = failure(chair.app.api.mergePackages({ congressId: chair.congressId, packages }));
    expect(refused.message).toContain('một chồng 30 tờ phiếu giống nhau, nhiều hơn số phiếu thu vào (20)');
    expect(unwrap(chair.app.api.tally({ electionId: chair.electionId })).ballots.counted).toBe(0);
    unwrap(chair.app.api.updateElection({ electionId: chair.electionId, ballotsReturned: 40 }));
    expect(unwrap(chair.app.api.mergePackages({ congressId: chair.congressId, packages })).packages[0]?.elections[0]?.added).toBe(1);
    expect(unwrap(chair.app.api.tally({ electionId: chair.electionId })).ballots.counted).toBe(30);
  });
});
