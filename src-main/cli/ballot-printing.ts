import { currentPrintingNumber, recordPrintingInFile, reprintInFile } from '../../shared/congress-file/printings';
import { fail, ok, type Result } from '../../shared/result';
import { ballotInputFromFile } from '../pdf/ballot-file-input';
import { writeBallotPaperFile } from '../pdf/ballot-export';
import { CongressFileOnDisk } from './save-congress';

export interface BallotExportOptions {
  election: string | undefined;
  perSheet: string | undefined;
  /** "In lại phiếu: lần in mới": the printing in use is replaced first (RULES R1). */
  reprint: boolean;
  operator: string | undefined;
}

/**
 * `export FILE.json --ballots OUT.pdf`: the ballot paper, and the printing recorded in FILE.json as
 * the app records it (RULES R1, "the paper as printed"): the first print freezes the list, its
 * numbers and the seats; `--reprint` replaces the printing in use (refused once a paper is in use)
 * and numbers the list again without the names withdrawn after it. The PDF is written first; the
 * file only then, whole or not at all, and never over a file changed meanwhile.
 */
export async function exportBallotsRecorded(path: string, outPath: string, options: BallotExportOptions): Promise<Result<{ summary: string }>> {
  const disk = CongressFileOnDisk.open(path);
  if (!disk.ok) return disk;
  let file = disk.value.file;
  const chosen = ballotInputFromFile(file, options.election);
  if (!chosen.ok) return chosen;
  const electionId = chosen.value.election.id;
  const at = new Date().toISOString();
  let replaced: number | null = null;
  if (options.reprint) {
    const reprinted = reprintInFile(file, electionId, at);
    if (!reprinted.ok) return reprinted;
    file = reprinted.value.file;
    replaced = reprinted.value.replaced;
  }
  const written = await writeBallotPaperFile(file, outPath, { election: electionId, perSheet: options.perSheet });
  if (!written.ok) return written;
  const recorded = recordPrintingInFile(file, electionId, at, options.operator);
  if (recorded) file = recorded.file;
  if (replaced !== null || recorded) {
    const saved = disk.value.save(file);
    if (!saved.ok) return fail(saved.error.code, `Đã ghi ${outPath} nhưng chưa ghi được lần in vào ${path}: ${saved.error.message}`);
  }
  const election = file.elections.find((e) => e.id === electionId);
  const current = election ? currentPrintingNumber(election) : null;
  const printed =
    recorded !== null
      ? `; đã ghi lần in ${recorded.printing} vào ${path}${replaced !== null ? ` (phiếu lần in ${replaced} không còn được dùng)` : ''}: từ nay danh sách, thứ tự, số thứ tự và số lượng cần bầu giữ nguyên như trên phiếu`
      : current !== null
        ? `; phiếu lần in ${current}, như đã in`
        : '';
  return ok({ summary: `${written.value.summary}${printed}` });
}
