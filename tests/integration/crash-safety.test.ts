import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCongressFile } from '../../shared/congress-file/write';
import { Store } from '../../src-main/db/store';
import { openTestApp, setUpElection, tempDir, unwrap } from '../helpers/api';
import { bigCongressFile } from '../helpers/big-election';
import { MAX_SUMMONED } from '../../shared/limits';
import { syntheticStationPackages } from '../helpers/packages';
import { seededRandom } from '../helpers/random';

/**
 * Nothing acknowledged is lost and nothing is half-written when the program dies at any moment:
 * a child process works through the api and is killed with SIGKILL after a random number of
 * acknowledged ballots, or cuts itself off before a random statement of an import or a merge;
 * each time the file is opened again and checked. Nothing here depends on the machine's speed.
 * The child is bundled once so that it starts in a blink.
 */
const CHILD = join(process.cwd(), 'node_modules', '.cache', 'kiem-phieu-tests', 'crash-child.mjs');
const random = seededRandom(20250620);

beforeAll(() => {
  mkdirSync(join(CHILD, '..'), { recursive: true });
  buildSync({ entryPoints: [join(process.cwd(), 'tests', 'integration', 'crash', 'child.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: CHILD, logLevel: 'error' });
});

interface Run {
  lines: string[];
  killed: boolean;
}

/**
 * Runs the child. With `killAfterAcks`, it is killed with SIGKILL as soon as it has acknowledged
 * that many ballots (it goes on working until the signal lands, so the moment of death is
 * anywhere in the next ballot); otherwise it runs to its end or to the cut it was given.
 */
function runChild(args: string[], killAfterAcks: number | null = null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let acks = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      out += text;
      if (killAfterAcks === null) return;
      acks += text.split('\n').filter((line) => line.startsWith('ACK ')).length;
      if (acks >= killAfterAcks) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, killedBy) => {
      if (killedBy !== 'SIGKILL' && code !== 0) reject(new Error(`child failed (${code}): ${err}`));
      else resolve({ lines: out.split('\n').filter(Boolean), killed: killedBy === 'SIGKILL' });
    });
  });
}

/** How many SQL statements a whole run took, as the child reports it. */
function statementsOf(run: Run): number {
  const line = run.lines.find((l) => l.startsWith('STATEMENTS '));
  if (!line) throw new Error(`the child did not report its statements: ${run.lines.join(' | ')}`);
  return Number(line.slice('STATEMENTS '.length));
}

/** A statement strictly inside the work (never the first, never the commit). */
function cutInside(total: number): number {
  return 2 + Math.floor(random() * (total - 3));
}

/** Opens the file as the program does after a crash, and checks it is whole. */
function reopened<T>(path: string, check: (store: Store) => T): T {
  const store = Store.open(path);
  try {
    expect(store.integrityCheck()).toBe('ok');
    expect(store.verifyAuditChain()).toMatchObject({ intact: true });
    return check(store);
  } finally {
    store.close();
  }
}

describe('crash safety: killed at any moment, nothing acknowledged is lost and nothing is half-written', () => {
  it('ballots entered through the api survive 50 SIGKILLs, each with its audit event', async () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app);
    const path = app.path;
    app.store.close();
    const acknowledged = new Set<string>();
    let kills = 0;
    for (let round = 0; round < 50; round++) {
      const acks = 1 + Math.floor(random() * 12);
      const run = await runChild(['ballots', path], acks);
      expect(run.killed).toBe(true);
      kills++;
      const acknowledgedNow = run.lines.filter((line) => line.startsWith('ACK ')).map((line) => line.slice(4));
      expect(acknowledgedNow.length).toBeGreaterThanOrEqual(acks);
      for (const uid of acknowledgedNow) acknowledged.add(uid);
      reopened(path, (store) => {
        const uids = store.currentBallots(electionId).map((b) => b.uid).sort();
        const audited = store.listAudit({ kind: 'ballot.entered', limit: 1_000_000 }).map((e) => (JSON.parse(e.payload) as { id: string }).id).sort();
        expect(audited).toEqual(uids);
        const present = new Set(uids);
        const lost = [...acknowledged].filter((uid) => !present.has(uid));
        expect(lost).toEqual([]);
      });
    }
    expect(kills).toBe(50);
    expect(acknowledged.size).toBeGreaterThanOrEqual(50);
  }, 600_000);

  it('an import cut off halfway leaves nothing of it; one that finished is whole', async () => {
    const dir = tempDir();
    const ballots = MAX_SUMMONED - 20; // the largest election a congress file may hold (shared/limits.ts)
    const file = join(dir, 'lon.json');
    writeFileSync(file, writeCongressFile(bigCongressFile(50, ballots, 3)));
    const base = join(dir, 'goc.kiemphieu');
    Store.open(base).close();
    const fresh = (n: number) => {
      const path = join(dir, `thu-${n}.kiemphieu`);
      const store = Store.open(base);
      store.copyTo(path);
      store.close();
      return path;
    };
    const whole = await runChild(['import', fresh(0), file]);
    expect(whole.lines).toContain('DONE 1');
    const statements = statementsOf(whole);
    let cut = 0;
    for (let n = 1; n <= 6; n++) {
      const path = fresh(n);
      const run = await runChild(['import', path, file, String(cutInside(statements))]);
      expect(run.killed).toBe(true);
      const acknowledged = run.lines.some((l) => l.startsWith('DONE'));
      reopened(path, (store) => {
        const congresses = store.listCongresses();
        if (acknowledged) expect(congresses).toHaveLength(1);
        if (congresses.length === 0) {
          cut++;
          expect(store.listAudit({})).toEqual([]);
        } else {
          const election = store.listElections(congresses[0]!.id)[0]!;
          expect(store.countCurrentBallots(election.id)).toBe(ballots);
          expect(store.listAudit({}).map((e) => e.kind)).toEqual(['congress.imported']);
        }
      });
    }
    expect(cut).toBe(6);
  }, 600_000);

  it('a merge of station packages cut off halfway leaves nothing of it; one that finished is whole', async () => {
    const dir = tempDir();
    const chair = openTestApp(join(dir, 'chu-tich.kiemphieu'));
    setUpElection(chair);
    const congressId = unwrap(chair.api.listCongresses())[0]!.id;
    const packagesDir = join(dir, 'goi');
    mkdirSync(packagesDir);
    const teams = Array.from({ length: 8 }, (_, i) => `Tổ ${i + 1}`);
    for (const [i, p] of syntheticStationPackages(chair.store, congressId, teams, 2500, 4).entries()) writeFileSync(join(packagesDir, `goi-${i + 1}.json`), p.text);
    const before = chair.store.listAudit({ limit: 1_000_000 }).length;
    const fresh = (n: number) => {
      const path = join(dir, `thu-${n}.kiemphieu`);
      chair.store.copyTo(path);
      return path;
    };
    const whole = await runChild(['merge', fresh(0), packagesDir]);
    expect(whole.lines).toContain('DONE');
    const statements = statementsOf(whole);
    let cut = 0;
    for (let n = 1; n <= 6; n++) {
      const path = fresh(n);
      const run = await runChild(['merge', path, packagesDir, String(cutInside(statements))]);
      expect(run.killed).toBe(true);
      const acknowledged = run.lines.includes('DONE');
      reopened(path, (store) => {
        const election = store.listElections(congressId)[0]!;
        const counted = store.countCurrentBallots(election.id);
        const merged = store.listStationPackages(congressId).length;
        const events = store.listAudit({ limit: 1_000_000 });
        if (acknowledged) expect(counted).toBe(teams.length * 2500);
        if (counted === 0) {
          cut++;
          expect([merged, events.length]).toEqual([0, before]);
        } else {
          expect([counted, merged, events.filter((e) => e.kind === 'packages.merged').length]).toEqual([teams.length * 2500, teams.length, teams.length]);
        }
      });
    }
    expect(cut).toBe(6);
  }, 600_000);
});
