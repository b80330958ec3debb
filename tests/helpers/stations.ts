import { join } from 'node:path';
import { deriveTeamKey, type TeamKey } from '../../src-main/services/station-keys';
import { openTestApp, setUpElection, tempDir, unwrap, type TestApp } from './api';
import { randomInt, sample, seededRandom } from './random';

export interface Chair {
  app: TestApp;
  congressId: number;
  electionId: number;
  teams: Record<string, number>;
  /** Each team's setup package, as the chair exported it for that team's station. */
  setups: Record<string, string>;
}

/** The chair's machine: the congress of setUpElection with teams Tổ 1 and Tổ 2, and a setup package for each. */
export function chairWithSetup(options: Parameters<typeof setUpElection>[1] = {}): Chair {
  const app = openTestApp();
  const { congressId, electionId, teamId } = setUpElection(app, options);
  const { teamId: team2 } = unwrap(app.api.createTeam({ congressId, name: 'Tổ 2' }));
  const teams = { 'Tổ 1': teamId, 'Tổ 2': team2 };
  const setups = Object.fromEntries(Object.entries(teams).map(([team, id]) => [team, unwrap(app.api.exportSetupPackage({ congressId, teamId: id, operator: 'Thư ký' })).text]));
  return { app, congressId, electionId, teams, setups };
}

/** A team's key, as the chair derives it and that team's setup package carries it. */
export function teamKeyOf(chair: Chair, team: string): TeamKey {
  const identity = chair.app.store.getCongressIdentity(chair.congressId);
  if (!identity) throw new Error('no congress identity');
  return { identity: identity.identity, team, key: deriveTeamKey(identity, team) };
}

export interface Station {
  app: TestApp;
  congressId: number;
  electionId: number;
  teamId(name: string): number;
  /** Enters `count` format-A ballots for the team, striking random names; returns their numbers. */
  enter(team: string, count: number, seed?: number): number[];
  exportPackage(team: string): string;
}

/** A station's machine: a new file started from a team's setup package, ids prefixed so that machines differ. */
export function stationFrom(setup: string, name: string, idPrefix = name): Station {
  const app = openTestApp(join(tempDir(), `${name}.kiemphieu`), { idPrefix });
  const { congressId } = unwrap(app.api.loadSetupPackage({ label: 'goi-thiet-lap.json', content: setup, stationName: name, operator: name }));
  const electionId = unwrap(app.api.getCongress({ congressId })).elections[0]?.id as number;
  const teamId = (team: string) => {
    const found = unwrap(app.api.getCongress({ congressId })).teams.find((t) => t.name === team);
    if (!found) throw new Error(`station "${name}" has no team "${team}"`);
    return found.id;
  };
  return {
    app, congressId, electionId, teamId,
    enter(team, count, seed = 1) {
      const random = seededRandom(seed);
      const keys = unwrap(app.api.getElection({ electionId })).candidates.filter((c) => !c.withdrawn).map((c) => c.key);
      return Array.from({ length: count }, () => unwrap(app.api.enterBallot({ electionId, teamId: teamId(team), struck: sample(random, keys, randomInt(random, 2, keys.length - 1)), operator: `Người nhập ${name}` })).number);
    },
    exportPackage(team) {
      return unwrap(app.api.exportStationPackage({ congressId, teamId: teamId(team), operator: name })).text;
    },
  };
}
