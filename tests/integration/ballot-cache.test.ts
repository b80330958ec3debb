import { describe, expect, it } from 'vitest';
import { Store } from '../../src-main/db/store';
import { BallotCache } from '../../src-main/services/ballot-cache';
import { ballotContext, tallyCounted, tallyElection } from '../../shared/rules/tally';
import { ballotRecordOfRow, electionSetup, electionTallyInput } from '../../src-main/services/election-data';
import { seededRandom } from '../helpers/random';
import { openTestApp, setUpElection, unwrap } from '../helpers/api';

describe('the ballot cache behind live results', () => {
  it('always equals the ballots that count in the database, through entries, corrections, voids and renames', () => {
    const app = openTestApp();
    const { electionId, teamId } = setUpElection(app, { seats: 4 });
    const cache = new BallotCache(app.store);
    const random = seededRandom(11);
    const ids: number[] = [];
    const fromDatabase = () => app.store.currentBallots(electionId).map(ballotRecordOfRow);
    const sorted = (records: unknown[]) => records.map((r) => JSON.stringify(r)).sort();
    for (let step = 0; step < 120; step++) {
      const roll = random();
      if (roll < 0.6 || ids.length === 0) {
        ids.push(unwrap(app.api.enterBallot({ electionId, teamId: random() < 0.5 ? teamId : null, struck: [`c0${1 + Math.floor(random() * 5)}`], count: random() < 0.2 ? 2 : 1 })).ballotId);
      } else if (roll < 0.8) {
        const index = Math.floor(random() * ids.length);
        // A correction keeps the papers (and numbers) of the ballot: its count, left out, stays.
        ids[index] = unwrap(app.api.correctBallot({ ballotId: ids[index]!, struck: ['c05'] })).ballotId;
      } else if (roll < 0.95) {
        const [voided] = ids.splice(Math.floor(random() * ids.length), 1);
        unwrap(app.api.voidBallot({ ballotId: voided! }));
      } else {
        unwrap(app.api.renameTeam({ teamId, name: `Tổ ${step}` }));
      }
      if (step % 10 === 0) expect(sorted(cache.currentBallots(electionId))).toEqual(sorted(fromDatabase()));
    }
    expect(sorted(cache.currentBallots(electionId))).toEqual(sorted(fromDatabase()));
  });

  it('keeps the live count equal to counting the database afresh, through entries, stacks, corrections, rulings, voids and renames', () => {
    const app = openTestApp();
    const { electionId, teamId } = setUpElection(app, { seats: 3 });
    const cache = new BallotCache(app.store);
    const congress = app.store.getCongress(1)!;
    const random = seededRandom(12);
    const ids: number[] = [];
    const live = () => {
      const setup = electionSetup(app.store, congress, app.store.getElection(electionId)!);
      return tallyCounted(setup, cache.counted(electionId, ballotContext(setup)).counter);
    };
    const afresh = () => tallyElection(electionTallyInput(app.store, congress, app.store.getElection(electionId)!));
    for (let step = 0; step < 150; step++) {
      const roll = random();
      if (roll < 0.55 || ids.length === 0) {
        ids.push(unwrap(app.api.enterBallot({ electionId, teamId: random() < 0.5 ? teamId : null, struck: [`c0${1 + Math.floor(random() * 4)}`], ...(random() < 0.2 ? { count: 3 } : {}) })).ballotId);
      } else if (roll < 0.75) {
        const index = Math.floor(random() * ids.length);
        ids[index] = unwrap(app.api.correctBallot({ ballotId: ids[index]!, teamId: random() < 0.5 ? teamId : null, struck: ['c04'], ...(random() < 0.3 ? { invalid: 'WRITE_IN' as const } : {}) })).ballotId;
      } else if (roll < 0.93) {
        const [voided] = ids.splice(Math.floor(random() * ids.length), 1);
        unwrap(app.api.voidBallot({ ballotId: voided! }));
      } else {
        unwrap(app.api.renameTeam({ teamId, name: `Tổ ${step}` }));
      }
      expect(live()).toEqual(afresh());
    }
  });

  it('sees ballots another connection wrote', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app, { seats: 4 });
    const cache = new BallotCache(app.store);
    expect(cache.currentBallots(electionId)).toHaveLength(0);
    const other = Store.open(app.path);
    other.insertBallot({ electionId, uid: 'tu-may-khac', version: 1, supersedes: null, teamId: null, count: 3, kind: 'struck', selection: ['c01'], ruling: null, note: null, operator: '', enteredAt: 'now' });
    other.close();
    expect(cache.currentBallots(electionId)).toEqual([{ choice: { kind: 'struck', ids: ['c01'] }, count: 3, ruling: null, team: null }]);
  });
});

describe('the papers per team behind the check at Enter (RULES R4.3)', () => {
  it('equal the database’s, outside a transaction and inside one with rows not yet committed, through entries, stacks, corrections moving teams and voids', () => {
    const app = openTestApp();
    const { congressId, electionId, teamId } = setUpElection(app, { seats: 4 });
    const { teamId: other } = unwrap(app.api.createTeam({ congressId, name: 'Tổ 2' }));
    const cache = new BallotCache(app.store);
    const random = seededRandom(23);
    const ids: number[] = [];
    const team = () => [teamId, other, null][Math.floor(random() * 3)] ?? null;
    const fromDatabase = () => new Map(app.store.papersByTeam(electionId).map((r) => [r.teamId, r.papers]));
    const nonZero = (papers: ReadonlyMap<number | null, number> | null) => new Map([...(papers ?? [])].filter(([, n]) => n !== 0));
    const step = () => {
      const roll = random();
      if (roll < 0.6 || ids.length === 0) ids.push(unwrap(app.api.enterBallot({ electionId, teamId: team(), struck: ['c01'], count: random() < 0.3 ? 3 : 1 })).ballotId);
      else if (roll < 0.8) {
        const index = Math.floor(random() * ids.length);
        ids[index] = unwrap(app.api.correctBallot({ ballotId: ids[index]!, teamId: team(), struck: ['c02'] })).ballotId;
      } else unwrap(app.api.voidBallot({ ballotId: ids.splice(Math.floor(random() * ids.length), 1)[0]! }));
    };
    for (let i = 0; i < 60; i++) {
      step();
      if (i % 7 === 0) expect(nonZero(cache.papersByTeam(electionId))).toEqual(fromDatabase());
      if (i % 11 === 5) {
        // Inside a transaction: rows written there are counted, and the cache itself is left as it was.
        app.store.transaction(() => {
          step();
          step();
          expect(nonZero(cache.papersByTeam(electionId))).toEqual(fromDatabase());
        });
      }
    }
    expect(nonZero(cache.papersByTeam(electionId))).toEqual(fromDatabase());
  });
});
