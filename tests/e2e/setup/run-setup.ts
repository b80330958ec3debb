import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs tests/e2e/setup/two-stations.ts (through tsx, as the shell runs): the chair's file, the stations' packages, and the congress key to look for. */
export function twoStations(dataDir: string): { chairFile: string; packagesDir: string; congressKey: string } {
  const packagesDir = mkdtempSync(join(tmpdir(), 'kiem-phieu-goi-'));
  const run = spawnSync(process.execPath, ['--import', 'tsx', join('tests', 'e2e', 'setup', 'two-stations.ts'), dataDir, packagesDir], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`setup failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as { chairFile: string; packagesDir: string; congressKey: string };
}

export interface PresentationLists {
  path: string;
  elections: { count: number; electionId: number; title: string; seats: number; locked: boolean }[];
}

/** Runs tests/e2e/setup/presentation-lists.ts: a congress file with elections of 1, 16, 60 and 300 names, counted. */
export function presentationLists(dataDir: string): PresentationLists {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join('tests', 'e2e', 'setup', 'presentation-lists.ts'), dataDir], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`setup failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as PresentationLists;
}

/** Runs tests/e2e/setup/tie-break-file.ts: a congress file whose round 1 ended in a tie, with its tie-break round (vòng 2). */
export function tieBreakFile(dataDir: string): { path: string; round1: number; round2: number; rounds: { id: number; title: string; round: number }[] } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join('tests', 'e2e', 'setup', 'tie-break-file.ts'), dataDir], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`setup failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ReturnType<typeof tieBreakFile>;
}
