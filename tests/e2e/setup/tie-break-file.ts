/**
 * Before the end-to-end test of reopening a file: a congress file in the shell's folder whose
 * election of 14 seats from 16 names ended in a tie for the last seat (round 1, counted, still
 * open), and its tie-break round (vòng 2) created and not yet counted: the evening of issue 11.
 * Run with tsx: `tie-break-file.ts DATA_DIR`; prints the file and the rounds as JSON.
 */
import { join } from 'node:path';
import { buildApi } from '../../../src-main/api/build-api';
import { Store } from '../../../src-main/db/store';
import type { Result } from '../../../shared/result';
import { names } from './names';

const [dataDir] = process.argv.slice(2) as [string];
const ok = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const path = join(dataDir, 'dai-hoi-hoa-an.kiemphieu');
const store = Store.open(path);
const api = buildApi({ store });
const operator = 'Thư ký';
const { congressId } = ok(api.createCongress({ name: 'Đại hội đại biểu Đảng bộ phường Hòa An lần thứ IV, nhiệm kỳ 2025-2030', kind: 'delegates', summoned: 10, chairPin: '246813', operator }));
const { electionId: round1 } = ok(api.createElection({ congressId, office: 'cap_uy', seats: 14, title: 'Bầu Ban Chấp hành Đảng bộ phường Hòa An khóa IV', ballotsIssued: 10, ballotsReturned: 10, operator }));
ok(api.addCandidates({ electionId: round1, candidates: names(16).map((name) => ({ name })), operator }));
const keys = ok(api.getElection({ electionId: round1 })).candidates.map((c) => c.key);
const strike = (more: string) => ok(api.enterBallot({ electionId: round1, struck: [more, keys[15] as string], operator }));
for (let i = 0; i < 2; i++) strike(keys[13] as string);
for (let i = 0; i < 2; i++) strike(keys[14] as string);
for (let i = 0; i < 6; i++) strike(keys[i] as string);
const { electionId: round2 } = ok(api.createNextRound({ pin: '246813', electionId: round1, operator }));
const rounds = ok(api.getCongress({ congressId })).elections.map((e) => ({ id: e.id, title: e.title, round: e.round }));
store.close();
process.stdout.write(`${JSON.stringify({ path, round1, round2, rounds })}\n`);
