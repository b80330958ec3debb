import type { CongressFile } from '../../../shared/congress-file/schema';
import { finalResultsOfFile } from '../../../shared/congress-file/final';
import { readAndTallyCongressFile, tallyCongressFile } from '../../../shared/congress-file/tally';
import { fail, ok, type Result } from '../../../shared/result';
import type { ElectionTally } from '../../../shared/rules/tally';
import { tallyReport } from '../../../shared/tally-report';
import { FileBallotDigests, refuseBrokenLocks } from '../../services/congress-file-locks';
import { formatFinalText, formatTallyText } from '../format-tally';
import { EXIT_OK, readBytes, reportError, type CommandRun } from '../io';
import { ERROR_CODES } from '../../../shared/api/errors';

export const runTally: CommandRun = async ({ positionals, values }, output) => {
  const file = positionals[0] as string;
  const read = await readAndTally(file);
  if (!read.ok) return reportError(output, file, read.error);
  const { congress, tallies } = read.value;
  // One final result per office, from the file's rounds: the same whichever way the file was read.
  const finals = finalResultsOfFile(congress, tallies);
  if (values.json) {
    output.out(`${JSON.stringify(tallyReport(tallies, finals), null, 2)}\n`);
  } else {
    output.out(`${congress.congress.name.toLocaleUpperCase('vi')}\n\n`);
    // A round voided by a correction of the round it continues is said so beside its title.
    output.out(formatTallyText(tallies, new Map(congress.elections.map((e) => [e.id, `${e.title ?? ''}${e.voided ? ' (đã hủy, phải bầu lại)' : ''}`]))));
    output.out(formatFinalText(finals));
  }
  return EXIT_OK;
};

/** A congress file (counted as it is read), or a workbook this program exported (told apart by the zip signature). */
async function readAndTally(file: string): Promise<Result<{ congress: CongressFile; tallies: ElectionTally[] }>> {
  const bytes = readBytes(file);
  if (!bytes.ok) return bytes;
  const zip = bytes.value[0] === 0x50 && bytes.value[1] === 0x4b && bytes.value[2] === 0x03 && bytes.value[3] === 0x04;
  if (!zip) {
    const digests = new FileBallotDigests();
    const read = readAndTallyCongressFile(bytes.value, (election, index, entry) => digests.add(election, index, entry));
    if (!read.ok) return read;
    const checked = refuseBrokenLocks(read.value.file, digests);
    return checked.ok ? ok({ congress: checked.value, tallies: read.value.tallies }) : checked;
  }
  try {
    const { readOwnWorkbookFile } = await import('../../excel/import-workbook');
    const congress = await readOwnWorkbookFile(bytes.value);
    return congress.ok ? ok({ congress: congress.value, tallies: tallyCongressFile(congress.value) }) : congress;
  } catch (error) {
    return fail(ERROR_CODES.cannotRead, `Không đọc được tệp "${file}": ${(error as Error).message}`);
  }
}

