/**
 * Before an end-to-end test of several teams: the chair's congress file in the shell's folder, and
 * two stations started from their teams' setup packages that counted their teams' boxes and wrote
 * their packages; besides them, a package a station made claiming the other team, signed with the
 * only key it has. Run with tsx: `two-stations.ts DATA_DIR PACKAGES_DIR`; prints what it made as JSON.
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApi } from '../../../src-main/api/build-api';
import { Store } from '../../../src-main/db/store';
import { canonicalJson } from '../../../shared/packages/canonical-json';
import type { Result } from '../../../shared/result';

const [dataDir, packagesDir] = process.argv.slice(2) as [string, string];
const ok = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const chairStore = Store.open(join(dataDir, 'dai-hoi-chu-tich.kiemphieu'));
const chair = buildApi({ store: chairStore });
const { congressId } = ok(chair.createCongress({ name: 'Đại hội đại biểu Đảng bộ phường Hòa An lần thứ IV', kind: 'delegates', summoned: 45, chairPin: '246813', operator: 'Thư ký' }));
const { electionId } = ok(chair.createElection({ congressId, office: 'cap_uy', seats: 4, title: 'Bầu Ban Chấp hành Đảng bộ phường khóa IV', ballotsIssued: 14, ballotsReturned: 14, operator: 'Thư ký' }));
ok(chair.addCandidates({ electionId, candidates: ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy', 'Phạm Minh Đức', 'Hoàng Thị Giao'].map((name) => ({ name })), operator: 'Thư ký' }));
const setups = Object.fromEntries(
  ['Tổ 1', 'Tổ 2'].map((name) => {
    const { teamId } = ok(chair.createTeam({ congressId, name, operator: 'Thư ký' }));
    return [name, ok(chair.exportSetupPackage({ congressId, teamId, operator: 'Thư ký' })).text];
  }),
) as Record<'Tổ 1' | 'Tổ 2', string>;
const congressKey = chairStore.getCongressIdentity(congressId)?.signingKey;
chairStore.close();

const stationDir = mkdtempSync(join(tmpdir(), 'kiem-phieu-tram-'));
function station(name: string, team: 'Tổ 1' | 'Tổ 2', ballots: string[][]): string {
  const store = Store.open(join(stationDir, `${name}.kiemphieu`));
  const api = buildApi({ store });
  const { congressId: id } = ok(api.loadSetupPackage({ label: 'goi-thiet-lap.json', content: setups[team], stationName: name, operator: name }));
  const congress = ok(api.getCongress({ congressId: id }));
  const teamId = congress.teams.find((t) => t.name === team)?.id as number;
  const election = congress.elections[0]?.id as number;
  for (const struck of ballots) ok(api.enterBallot({ electionId: election, teamId, struck, operator: `Người nhập ${name}` }));
  const text = ok(api.exportStationPackage({ congressId: id, teamId, operator: name })).text;
  store.close();
  return text;
}
const team1 = station('Máy tổ 1', 'Tổ 1', [['c01'], ['c02'], ['c03'], ['c04'], ['c05'], ['c01'], ['c02'], ['c01', 'c02']]);
const team2 = station('Máy tổ 2', 'Tổ 2', [['c05'], ['c05'], ['c04'], ['c03'], ['c01'], []]);
/** Tổ 1's package made to claim Tổ 2, signed again with the key of Tổ 1's setup package: what its station could do. */
function claimingTeam2(text: string): string {
  const { signature: _old, ...fields } = JSON.parse(text.replaceAll('"Tổ 1"', '"Tổ 2"')) as Record<string, unknown>;
  const key = (JSON.parse(setups['Tổ 1']) as { teamKey: string }).teamKey;
  return `${canonicalJson({ ...fields, signature: createHmac('sha256', Buffer.from(key, 'hex')).update(canonicalJson(fields)).digest('hex') })}\n`;
}
writeFileSync(join(packagesDir, 'thiet-lap-to-1.json'), setups['Tổ 1']);
writeFileSync(join(packagesDir, 'thiet-lap-to-2.json'), setups['Tổ 2']);
writeFileSync(join(packagesDir, 'to-1.json'), team1);
writeFileSync(join(packagesDir, 'to-2.json'), team2);
writeFileSync(join(packagesDir, 'to-2-bi-sua.json'), team2.replace('Máy tổ 2', 'Máy tổ 3'));
writeFileSync(join(packagesDir, 'to-2-khoa-to-1.json'), claimingTeam2(team1));
process.stdout.write(`${JSON.stringify({ chairFile: join(dataDir, 'dai-hoi-chu-tich.kiemphieu'), packagesDir, congressKey })}\n`);
