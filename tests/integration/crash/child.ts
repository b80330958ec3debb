/**
 * The program as the crash test kills it: it opens the congress file, does its work through the
 * api, and says on stdout what the api acknowledged, only after the api returned. Run as
 * `node child.mjs ballots|import|merge DB [INPUT] [CUT]`.
 *
 * With CUT, the child kills itself with SIGKILL just before its CUT-th SQL statement runs: a power
 * cut in the middle of the work, at a point the test chooses, however fast or slow the machine.
 * Without CUT an import or merge finishes and prints how many statements it ran (`STATEMENTS n`).
 */
import { readdirSync, readFileSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { ballotApi } from '../../../src-main/api/ballot-api';
import { createContext } from '../../../src-main/api/context';
import { fileApi } from '../../../src-main/api/file-api';
import { stationApi } from '../../../src-main/api/station-api';
import { Store } from '../../../src-main/db/store';

const say = (line: string) => writeSync(1, `${line}\n`);
const [mode, dbPath, input, cutAt] = process.argv.slice(2);

/** Counts the statements run (every write of the store goes through Statement.run). */
let statements = 0;
function countStatements(cut: number | null): void {
  const probe = new Database(':memory:');
  const prototype = Object.getPrototypeOf(probe.prepare('SELECT 1')) as { run: (...args: unknown[]) => unknown };
  probe.close();
  const run = prototype.run;
  prototype.run = function (this: unknown, ...args: unknown[]) {
    statements++;
    if (cut !== null && statements >= cut) process.kill(process.pid, 'SIGKILL');
    return run.apply(this, args);
  };
}
const store = Store.open(dbPath as string);
// The api's own groups of methods (buildApi also loads the PDF library, which only slows the start).
const ctx = createContext({ store });
const api = { ...ballotApi(ctx), ...fileApi(ctx), ...stationApi(ctx) };
const congress = store.listCongresses()[0];
const election = congress ? store.listElections(congress.id)[0] : undefined;

if (mode === 'ballots') {
  if (!election) throw new Error('no election');
  const keys = store.listCandidates(election.id).map((c) => c.key);
  const team = store.listTeams(election.congressId)[0]?.id ?? null;
  say('READY');
  for (let i = 0; ; i++) {
    const struck = keys.filter((_, k) => (i + k) % 3 === 0);
    const result = api.enterBallot({ electionId: election.id, teamId: team, struck, ...(i % 7 === 0 ? { count: 3 } : {}), operator: 'Máy bị cắt điện' });
    if (!result.ok) throw new Error(result.error.message);
    say(`ACK ${result.value.uid}`);
  }
} else if (mode === 'import') {
  const content = readFileSync(input as string, 'utf8');
  countStatements(cutAt === undefined ? null : Number(cutAt));
  say('START');
  const result = api.importCongressFile({ content, operator: 'Máy bị cắt điện' });
  if (!result.ok) throw new Error(result.error.message);
  say(`DONE ${result.value.congressId}`);
  say(`STATEMENTS ${statements}`);
} else if (mode === 'merge') {
  if (!congress) throw new Error('no congress');
  const packages = readdirSync(input as string).sort().map((name) => ({ label: name, content: readFileSync(join(input as string, name), 'utf8') }));
  countStatements(cutAt === undefined ? null : Number(cutAt));
  say('START');
  const result = api.mergePackages({ congressId: congress.id, packages, operator: 'Máy bị cắt điện' });
  if (!result.ok) throw new Error(result.error.message);
  say('DONE');
  say(`STATEMENTS ${statements}`);
}
store.close();
