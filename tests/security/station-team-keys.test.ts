import { createHmac, hkdfSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/packages/canonical-json';
import { main } from '../../src-main/cli/main';
import { failure, openTestApp, setUpElection, tempDir, unwrap, type TestApp } from '../helpers/api';
import { randomInt, sample, seededRandom } from '../helpers/random';
import { ERROR_CODES } from '../../shared/api/errors';

/**
 * Issue 10, finding 5: a station speaks only for its team. Each team's setup package carries that
 * team's key, derived from the congress key, which never leaves the chair's machine; a station
 * package is accepted only when signed with the key of the team it claims.
 */

type Json = Record<string, unknown>;

function chair() {
  const app = openTestApp();
  const { congressId, electionId, teamId } = setUpElection(app);
  const { teamId: team2 } = unwrap(app.api.createTeam({ congressId, name: 'Tổ 2' }));
  const teams: Record<string, number> = { 'Tổ 1': teamId, 'Tổ 2': team2 };
  const identity = app.store.getCongressIdentity(congressId);
  if (!identity) throw new Error('no congress identity');
  const setupFor = (team: string) => unwrap(app.api.exportSetupPackage({ congressId, teamId: teams[team] as number, operator: 'Thư ký' })).text;
  return { app, congressId, electionId, teams, congressKey: identity.signingKey, identity: identity.identity, setupFor };
}

function station(setup: string, name: string) {
  const app = openTestApp(join(tempDir(), `${name}.kiemphieu`), { idPrefix: name });
  const { congressId } = unwrap(app.api.loadSetupPackage({ label: 'goi-thiet-lap.json', content: setup, stationName: name, operator: name }));
  const congress = () => unwrap(app.api.getCongress({ congressId }));
  const electionId = congress().elections[0]?.id as number;
  const teamId = (team: string) => congress().teams.find((t) => t.name === team)?.id;
  const enter = (team: string, count: number, seed = 1) => {
    const random = seededRandom(seed);
    const keys = unwrap(app.api.getElection({ electionId })).candidates.map((c) => c.key);
    for (let i = 0; i < count; i++) unwrap(app.api.enterBallot({ electionId, teamId: teamId(team) as number, struck: sample(random, keys, randomInt(random, 1, keys.length - 1)), operator: name }));
  };
  return { app, congressId, electionId, congress, teamId, enter, exportPackage: (team: string) => unwrap(app.api.exportStationPackage({ congressId, teamId: teamId(team) as number, operator: name })).text };
}

/** The key a setup package carries, whatever its field is called: every 64-digit hexadecimal value but the signature. */
function keyCarried(setup: string): string {
  const parsed = JSON.parse(setup) as Json;
  const keys = Object.entries(parsed).filter(([field, value]) => field !== 'signature' && typeof value === 'string' && /^[0-9a-f]{64}$/.test(value));
  expect(keys).toHaveLength(1);
  return keys[0]?.[1] as string;
}

/** What a station that wants to speak for another team would do: change the package and sign it again with the key it holds. */
function resigned(fields: Json, key: string): string {
  const { signature: _old, ...signed } = fields;
  const signature = createHmac('sha256', Buffer.from(key, 'hex')).update(canonicalJson(signed), 'utf8').digest('hex');
  return `${canonicalJson({ ...signed, signature })}\n`;
}

/** The package with every "Tổ 1" (its header and its ballots) made "Tổ 2". */
function asTeam2(text: string): Json {
  return JSON.parse(text.replaceAll('"Tổ 1"', '"Tổ 2"')) as Json;
}

/** The readable content of an exported file: its bytes as text, every entry of a zip (a workbook), every compressed stream of a PDF. */
async function readableParts(bytes: Uint8Array): Promise<string[]> {
  const buffer = Buffer.from(bytes);
  const parts = [buffer.toString('latin1'), buffer.toString('utf8')];
  if (buffer.subarray(0, 2).toString('latin1') === 'PK') {
    const zip = await JSZip.loadAsync(buffer);
    for (const entry of Object.values(zip.files)) if (!entry.dir) parts.push(await entry.async('string'));
  }
  if (buffer.subarray(0, 5).toString('latin1') === '%PDF-') {
    const text = buffer.toString('latin1');
    for (const match of text.matchAll(/stream\r?\n/g)) {
      const start = (match.index ?? 0) + match[0].length;
      const end = text.indexOf('endstream', start);
      try {
        parts.push(inflateSync(buffer.subarray(start, end)).toString('latin1'));
      } catch {
        parts.push(buffer.subarray(start, end).toString('latin1'));
      }
    }
  }
  return parts;
}

/** The key in every form a file could hold it: hexadecimal either case, base64, and its raw bytes. */
function keyForms(key: string): string[] {
  const bytes = Buffer.from(key, 'hex');
  return [key, key.toUpperCase(), bytes.toString('base64'), bytes.toString('base64url'), bytes.toString('latin1')];
}

async function expectNoKey(what: string, content: string | Uint8Array, key: string) {
  const parts = typeof content === 'string' ? [content] : await readableParts(content);
  for (const part of parts) for (const form of keyForms(key)) expect(part.includes(form), `${what} holds the congress key`).toBe(false);
}

async function cliMerge(...args: string[]) {
  let stderr = '';
  const status = await main(['merge', ...args], { out: () => undefined, err: (t) => (stderr += t) });
  return { status, stderr };
}

describe('a station speaks only for its team (issue 10, finding 5)', () => {
  it('each team’s setup package carries its own key, derived from the congress key, never the congress key', () => {
    const c = chair();
    const key1 = keyCarried(c.setupFor('Tổ 1'));
    const key2 = keyCarried(c.setupFor('Tổ 2'));
    expect(key1).not.toBe(key2);
    expect(key1).not.toBe(c.congressKey);
    expect(key2).not.toBe(c.congressKey);
    // HKDF-SHA-256: the congress key, the identity as salt, the purpose and the team as info (docs/dev/architecture.md, "Packages").
    const derived = (team: string) => Buffer.from(hkdfSync('sha256', Buffer.from(c.congressKey, 'hex'), Buffer.from(c.identity, 'hex'), Buffer.from(`kiem-phieu station key v1\u0000${team}`, 'utf8'), 32)).toString('hex');
    expect([key1, key2]).toEqual([derived('Tổ 1'), derived('Tổ 2')]);
    // The same team's package exported again carries the same key: a station can be set up again.
    expect(keyCarried(c.setupFor('Tổ 1'))).toBe(key1);
    const setup = JSON.parse(c.setupFor('Tổ 2')) as Json;
    expect([setup.version, setup.team]).toEqual([2, 'Tổ 2']);
  });

  it('a team whose name is too long for HKDF’s info (over 1024 bytes) still gets a key of its own', () => {
    const c = chair();
    const long = (letter: string) => `Tổ ${letter.repeat(495)}`;
    const keys = ['ệ', 'ễ'].map((letter) => {
      const { teamId } = unwrap(c.app.api.createTeam({ congressId: c.congressId, name: long(letter) }));
      return keyCarried(unwrap(c.app.api.exportSetupPackage({ congressId: c.congressId, teamId })).text);
    });
    expect(Buffer.byteLength(long('ệ'), 'utf8')).toBeGreaterThan(1024);
    expect(new Set([...keys, c.congressKey, keyCarried(c.setupFor('Tổ 1'))]).size).toBe(4);
  });

  it('a station holding team 1’s setup package cannot produce a package that merges as team 2', async () => {
    const c = chair();
    const setup1 = c.setupFor('Tổ 1');
    const a = station(setup1, 'Máy tổ 1');
    a.enter('Tổ 1', 4);
    const genuine = a.exportPackage('Tổ 1');
    const key1 = keyCarried(setup1);

    // Everything made to say Tổ 2 (header and ballots), signed again with the only key the station has.
    const forged = resigned(asTeam2(genuine), key1);
    // Only the header made to say Tổ 2, the ballots left as Tổ 1's, signed with Tổ 1's key.
    const relabelled = resigned({ ...(JSON.parse(genuine) as Json), team: 'Tổ 2' }, key1);
    for (const [label, content] of [['gia-to-2.json', forged], ['doi-nhan-to-2.json', relabelled]] as const) {
      const preview = unwrap(c.app.api.previewPackages({ congressId: c.congressId, packages: [{ label, content }] }));
      expect(preview.canMerge, label).toBe(false);
      const shown = preview.packages[0];
      if (!shown || shown.ok) throw new Error(`${label} was not refused`);
      expect(shown.error.code, label).toBe(ERROR_CODES.packageWrongTeam);
      expect(shown.error.message, label).toContain(`Gói "${label}"`);
      expect(shown.error.message, label).toContain('"Tổ 2"');
      expect(shown.error.message, label).toContain('khóa của "Tổ 1"');
      const refused = failure(c.app.api.mergePackages({ congressId: c.congressId, packages: [{ label, content }] }));
      expect(refused.code, label).toBe(ERROR_CODES.packageWrongTeam);
    }
    // A key of no team at all: the signature does not match the key of the team the package claims.
    const random = resigned(asTeam2(genuine), 'ab'.repeat(32));
    const unknown = failure(c.app.api.mergePackages({ congressId: c.congressId, packages: [{ label: 'khoa-la.json', content: random }] }));
    expect(unknown.code).toBe(ERROR_CODES.packageTampered);
    expect(unknown.message).toContain('khóa của "Tổ 2"');
    expect(unwrap(c.app.api.tally({ electionId: c.electionId })).ballots.counted).toBe(0);

    // The command line, given both teams' setup packages, refuses it as well.
    const dir = tempDir();
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const setups = ['--setup', file('to-1.goi-thiet-lap.json', setup1), '--setup', file('to-2.goi-thiet-lap.json', c.setupFor('Tổ 2'))];
    const base = file('chu-tich.json', unwrap(c.app.api.exportCongressFile({ congressId: c.congressId })).text);
    const cli = await cliMerge(...setups, base, file('gia-to-2.json', forged), '-o', join(dir, 'gop.json'));
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('gia-to-2.json');
    expect(cli.stderr).toContain('khóa của "Tổ 1"');
    // The genuine package still merges, in the app and on the command line.
    expect((await cliMerge(...setups, base, file('to-1.json', genuine), '-o', join(dir, 'gop.json'))).status).toBe(0);
    unwrap(c.app.api.mergePackages({ congressId: c.congressId, packages: [{ label: 'to-1.json', content: genuine }] }));
    expect(unwrap(c.app.api.tally({ electionId: c.electionId })).ballots.counted).toBe(4);
  });

  it('a setup package of one team, loaded at a station, can count only for that team', () => {
    const c = chair();
    const a = station(c.setupFor('Tổ 1'), 'Máy tổ 1');
    expect(a.congress().teams.map((t) => t.name)).toEqual(['Tổ 1']);
    expect(unwrap(a.app.api.stationInfo({ congressId: a.congressId })).team).toBe('Tổ 1');
    // No other team can be made here, nor the station's own renamed (its key is the team's).
    expect(failure(a.app.api.createTeam({ congressId: a.congressId, name: 'Tổ 2' })).message).toContain('Tổ 1');
    expect(failure(a.app.api.renameTeam({ teamId: a.teamId('Tổ 1') as number, name: 'Tổ 2' })).message).toContain('Tổ 1');
    expect(a.teamId('Tổ 2')).toBeUndefined();
    // A station neither hands out setup packages nor merges other stations' packages: it cannot check them.
    expect(failure(a.app.api.exportSetupPackage({ congressId: a.congressId, teamId: a.teamId('Tổ 1') as number })).message).toContain('máy chủ tịch');
    const b = station(c.setupFor('Tổ 2'), 'Máy tổ 2');
    b.enter('Tổ 2', 2);
    expect(failure(a.app.api.previewPackages({ congressId: a.congressId, packages: [{ label: 'to-2.json', content: b.exportPackage('Tổ 2') }] })).message).toContain('máy chủ tịch');
    // What it counts for its team merges at the chair as that team's.
    a.enter('Tổ 1', 3);
    const merged = unwrap(c.app.api.mergePackages({ congressId: c.congressId, packages: [{ label: 'to-1.json', content: a.exportPackage('Tổ 1') }, { label: 'to-2.json', content: b.exportPackage('Tổ 2') }] }));
    expect(merged.packages.map((p) => p.team)).toEqual(['Tổ 1', 'Tổ 2']);
  });

  it('no export of the chair or of a station holds the congress key, nor does a station’s file', async () => {
    const c = chair();
    const { api } = c.app;
    const setups = Object.keys(c.teams).map((team) => c.setupFor(team));
    const a = station(setups[0] as string, 'Máy tổ 1');
    a.enter('Tổ 1', 5);
    unwrap(c.app.api.mergePackages({ congressId: c.congressId, packages: [{ label: 'to-1.json', content: a.exportPackage('Tổ 1') }] }));
    const exports: [string, string | Uint8Array][] = [
      ...setups.map((text, i): [string, string] => [`setup package ${i + 1}`, text]),
      ['station package', a.exportPackage('Tổ 1')],
      ['station package made at the chair', unwrap(api.exportStationPackage({ congressId: c.congressId, teamId: c.teams['Tổ 2'] as number })).text],
      ['congress file', unwrap(api.exportCongressFile({ congressId: c.congressId })).text],
      ['station’s congress file', unwrap(a.app.api.exportCongressFile({ congressId: a.congressId })).text],
      ['audit JSON', unwrap(api.exportAudit({ format: 'json' })).text],
      ['audit CSV', unwrap(api.exportAudit({ format: 'csv' })).text],
      ['station’s audit JSON', unwrap(a.app.api.exportAudit({ format: 'json' })).text],
      ['audit log as listed', JSON.stringify(unwrap(api.listAudit({})))],
      ['station info', JSON.stringify(unwrap(api.stationInfo({ congressId: c.congressId })))],
      ['congress as shown', JSON.stringify(unwrap(api.getCongress({ congressId: c.congressId })))],
      ['double-entry report', JSON.stringify(unwrap(api.doubleEntryReport({ electionId: c.electionId })))],
      ['workbook', unwrap(await api.exportWorkbook({ congressId: c.congressId })).data],
      ['minutes PDF', unwrap(await api.minutesPdf({ electionId: c.electionId, rehearsal: true })).data],
      ['summary PDF', unwrap(await api.summaryPdf({ congressId: c.congressId, rehearsal: true })).data],
    ];
    for (const [what, content] of exports) await expectNoKey(what, content, c.congressKey);
    a.app.store.db.pragma('wal_checkpoint(TRUNCATE)');
    await expectNoKey('the station’s file', readFileSync(a.app.path), c.congressKey);
    // The chair's own file does hold it: the search would find it.
    c.app.store.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(c.app.path).includes(Buffer.from(c.congressKey, 'latin1'))).toBe(true);
  });

  it('refuses version 1 packages, which carried or were signed with the congress key, saying to export them again', () => {
    const c = chair();
    const current = JSON.parse(c.setupFor('Tổ 1')) as Json;
    const { team: _team, teamKey: _key, ...rest } = current;
    const oldSetup = resigned({ ...rest, version: 1, key: c.congressKey, teams: ['Tổ 1', 'Tổ 2'] }, c.congressKey);
    const fresh = openTestApp();
    const refused = failure(fresh.api.loadSetupPackage({ label: 'cu.json', content: oldSetup, stationName: 'Máy cũ' }));
    expect(refused.code).toBe(ERROR_CODES.packageOldVersion);
    expect(refused.message).toContain('Gói "cu.json"');
    expect(refused.message).toContain('xuất lại');
    expect(unwrap(fresh.api.listCongresses())).toEqual([]);

    const a = station(c.setupFor('Tổ 1'), 'Máy tổ 1');
    a.enter('Tổ 1', 2);
    const oldStation = resigned({ ...(JSON.parse(a.exportPackage('Tổ 1')) as Json), version: 1 }, c.congressKey);
    const old = failure(c.app.api.mergePackages({ congressId: c.congressId, packages: [{ label: 'to-1-cu.json', content: oldStation }] }));
    expect(old.code).toBe(ERROR_CODES.packageOldVersion);
    expect(old.message).toContain('xuất lại');
  });
});
