import { ERROR_CODES } from '../api/errors';
import { fail, ok, type Result } from '../result';
import { paperList } from '../rules/paper-list';
import { printingToRecord, reprintRefusal, type PrintingState } from '../rules/printing';
import { checkCandidateList } from '../rules/surplus';
import { frozenElection } from './frozen';
import type { CongressFile, ElectionInFile } from './schema';

/**
 * The printings of a congress file's elections (RULES R1, "the paper as printed";
 * `elections[].printings`): what `kiem-phieu export --ballots` records, as the app records it.
 */

/** The printing whose papers are in the box (its number, 1, 2, …), or null. */
export function currentPrintingNumber(election: Pick<ElectionInFile, 'printings'>): number | null {
  const printings = election.printings ?? [];
  const last = printings[printings.length - 1];
  return last === undefined || last.replacedAt !== undefined ? null : printings.length;
}

function papersInUse(election: ElectionInFile): boolean {
  return election.ballots.length > 0 || election.teamTotals.length > 0 || (election.scans?.length ?? 0) > 0;
}

export function printingStateInFile(file: CongressFile, election: ElectionInFile): PrintingState {
  return {
    printing: currentPrintingNumber(election),
    editable: frozenElection(election, file) === null,
    papersInUse: papersInUse(election),
    listInvalid: checkCandidateList(election, election.candidates).some((p) => p.severity === 'error'),
    names: paperList(election.candidates).length,
  };
}

function withElection(file: CongressFile, index: number, election: ElectionInFile): CongressFile {
  return { ...file, elections: file.elections.map((e, i) => (i === index ? election : e)) };
}

/** The file with the first print of an election's papers recorded, when it is one to record; else null. */
export function recordPrintingInFile(file: CongressFile, electionId: string, at: string, operator?: string): { file: CongressFile; printing: number } | null {
  const index = file.elections.findIndex((e) => e.id === electionId);
  const election = file.elections[index];
  if (election === undefined || !printingToRecord(printingStateInFile(file, election))) return null;
  const printings = [...(election.printings ?? []), { at, ...(operator ? { operator } : {}) }];
  return { file: withElection(file, index, { ...election, printings }), printing: printings.length };
}

/**
 * "In lại phiếu: lần in mới": the printing in use is replaced (its papers may not be counted) and
 * the names withdrawn after it leave the paper; the next print is the next printing.
 */
export function reprintInFile(file: CongressFile, electionId: string, at: string): Result<{ file: CongressFile; replaced: number }> {
  const index = file.elections.findIndex((e) => e.id === electionId);
  const election = file.elections[index];
  if (election === undefined) return fail(ERROR_CODES.notFound, `Không có cuộc bầu "${electionId}" trong tệp`, 'election');
  const frozen = frozenElection(election, file);
  if (frozen) return fail(frozen.code, `Cuộc bầu "${election.id}": ${frozen.reason}; không thể in lại phiếu`, 'election');
  const state = printingStateInFile(file, election);
  const refusal = reprintRefusal(state);
  if (refusal !== null || state.printing === null) return fail(refusal?.code ?? ERROR_CODES.invalidInput, `Cuộc bầu "${election.id}": ${refusal?.message ?? ''}`, 'election');
  const printings = (election.printings ?? []).map((p, i, all) => (i === all.length - 1 ? { ...p, replacedAt: at } : p));
  const candidates = election.candidates.map(({ onPaper: _onPaper, ...c }) => c);
  return ok({ file: withElection(file, index, { ...election, printings, candidates }), replaced: state.printing });
}
