/**
 * Before the end-to-end test of the presentation: a congress file in the shell's folder with four
 * elections of 1, 16, 60 and 300 names, their ballots entered through the api (ten delegates; a tie
 * for the last seat in every list but the one-name list), the 1- and 16-name elections locked.
 * Run with tsx: `presentation-lists.ts DATA_DIR`; prints the file and the elections as JSON.
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

const path = join(dataDir, 'trinh-chieu.kiemphieu');
const store = Store.open(path);
const api = buildApi({ store });
const operator = 'Thư ký';
const { congressId } = ok(api.createCongress({ name: 'Đại hội đại biểu Đảng bộ phường Hòa An lần thứ IV', kind: 'delegates', summoned: 10, chairPin: '246813', operator }));

const elections: { count: number; electionId: number; title: string; seats: number; locked: boolean }[] = [];
for (const count of [1, 16, 60, 300]) {
  // At least two names beyond the seats (the tie and a name nobody kept); about 15% for long lists.
  const spare = count === 1 ? 0 : Math.max(2, Math.round(count * 0.15));
  const seats = count - spare;
  const title = `Bầu thử danh sách ${count} người`;
  const { electionId } = ok(api.createElection({ congressId, office: 'khac', seats, title, ballotsIssued: 10, ballotsReturned: 10, operator }));
  ok(api.addCandidates({ electionId, candidates: names(count).map((name) => ({ name })), operator }));
  const keys = ok(api.getElection({ electionId })).candidates.map((c) => c.key);
  if (count === 1) {
    ok(api.enterBallot({ electionId, marks: { [keys[0] as string]: 'agree' }, count: 10, operator }));
  } else {
    // Every ballot strikes the names after the tie, and one more: the last seat's two names get 8 votes each, the first six 9, the rest 10.
    const losers = keys.slice(seats + 1);
    const strike = (more: string) => ok(api.enterBallot({ electionId, struck: [more, ...losers], operator }));
    for (let i = 0; i < 2; i++) strike(keys[seats - 1] as string);
    for (let i = 0; i < 2; i++) strike(keys[seats] as string);
    for (let i = 0; i < 6; i++) strike(keys[i] as string);
  }
  const locked = count <= 16;
  if (locked) ok(api.lockElection({ pin: '246813', electionId, operator }));
  elections.push({ count, electionId, title, seats, locked });
}
store.close();
process.stdout.write(`${JSON.stringify({ path, elections })}\n`);
