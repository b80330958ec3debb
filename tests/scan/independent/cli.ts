/** The program's public interface: `bin/kiem-phieu`, run as a user runs it. */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ScanOutput } from './judge';

export const BIN = fileURLToPath(new URL('../../../bin/kiem-phieu', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, LANG: 'C.UTF-8' } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** `scan FILE --election ID FOLDER… --json`: the machine's reading of every image of the folders (empty ones left out). */
export async function scanFolders(congress: string, election: string, folders: readonly string[]): Promise<ScanOutput> {
  const used = folders.filter((f) => readdirSync(f).length > 0);
  if (used.length === 0) return { format: 'kiem-phieu.scan', version: 1, ballots: [] };
  const result = await runCli(['scan', congress, '--election', election, ...used, '--json']);
  if (result.code !== 0) throw new Error(`scan ${election}: exit ${result.code}: ${result.stderr}`);
  const output = JSON.parse(result.stdout) as ScanOutput;
  if (output.format !== 'kiem-phieu.scan' || !Array.isArray(output.ballots)) throw new Error(`scan ${election}: not kiem-phieu.scan output`);
  return output;
}

/** `scan … --count --operator "Người quét"`: counts the confident readings into the congress file. */
export async function countFolders(congress: string, election: string, folders: readonly string[]): Promise<CliResult> {
  const result = await runCli(['scan', congress, '--election', election, ...folders, '--count', '--operator', 'Người quét']);
  if (result.code !== 0) throw new Error(`scan --count ${election}: exit ${result.code}: ${result.stderr}`);
  return result;
}

interface TallyElection {
  id: string;
  ballots: { returned: number; valid: number; invalid: number };
  candidates: { id: string; votes: number }[];
}

/** `tally FILE --json`: the counted ballots of one election. */
export async function tallyElection(congress: string, election: string): Promise<TallyElection> {
  const result = await runCli(['tally', congress, '--json']);
  if (result.code !== 0) throw new Error(`tally: exit ${result.code}: ${result.stderr}`);
  const found = (JSON.parse(result.stdout) as { elections: TallyElection[] }).elections.find((e) => e.id === election);
  if (!found) throw new Error(`tally: no election ${election}`);
  return found;
}
