import { join } from 'node:path';
import { openTestApp, setUpElection, tempDir, unwrap, type TestApp } from './api';
import { randomInt, sample, seededRandom } from './random';

export interface Chair {
  app: TestApp;
  congressId: number;
  electionId: number;
  teams: Record<string, number>;
  setup: string;
}

/** The chair's machine: the congress of setUpElection with teams Tổ 1 and Tổ 2, and its setup package. */
export function chairWithSetup(options: Parameters<typeof setUpElection>[1] = {}): Chair {
  const app = openTestApp();
  const { congressId, electionId, teamId } = setUpElection(app, options);
  const { teamId: team2 } = unwrap(app.api.createTeam({ congressId, name: 'Tổ 2' }));
  const setup = unwrap(app.api.exportSetupPackage({ congressId, operator: 'Thư ký' })).text;
  return { app, congressId, electionId, teams: { 'Tổ 1': teamId, 'Tổ 2': team2 }, setup };
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

/** A station's machine: a new file started from the setup package, ids prefixed so that machines differ. */
export function stationFrom(setup: string, name: string, idPrefix = name): Station {
  const app = openTestApp(join(tempDir(), `${name}.kiemphieu`), { idPrefix });
  const { congressId } = unwrap(app.api.loadSetupPackage({ label: 'goi-thiet-lap.json', content: setup, stationName: name, operator: name }));
  const electionId = unwrap(app.api.getCongress({ congressId })).elections[0]?.id as number;
  const teamId = (team: string) => unwrap(app.api.getCongress({ congressId })).teams.find((t) => t.name === team)?.id as number;
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
