/**
 * The program as the crash test kills it: it opens the congress file, does its work through the
 * api, and says on stdout what the api acknowledged, only after the api returned. Run as
 * `node child.mjs ballots|import|merge DB [INPUT]`.
 */
import { readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ballotApi } from '../../../src-main/api/ballot-api';
import { createContext } from '../../../src-main/api/context';
import { fileApi } from '../../../src-main/api/file-api';
import { stationApi } from '../../../src-main/api/station-api';
import { Store } from '../../../src-main/db/store';

const say = (line: string) => writeSync(1, `${line}\n`);
const [mode, dbPath, input] = process.argv.slice(2);
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
  say('START');
  const result = api.importCongressFile({ content, operator: 'Máy bị cắt điện' });
  if (!result.ok) throw new Error(result.error.message);
  say(`DONE ${result.value.congressId}`);
} else if (mode === 'merge') {
  if (!congress) throw new Error('no congress');
  const packages = readdirSync(input as string).sort().map((name) => ({ label: name, content: readFileSync(join(input as string, name), 'utf8') }));
  say('START');
  const result = api.mergePackages({ congressId: congress.id, packages, operator: 'Máy bị cắt điện' });
  if (!result.ok) throw new Error(result.error.message);
  say('DONE');
}
store.close();
