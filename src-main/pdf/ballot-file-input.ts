import type { CongressFile } from '../../shared/congress-file/schema';
import { fail, ok, type Result } from '../../shared/result';
import { paperList } from '../../shared/rules/paper-list';
import type { BallotPaperInput } from './ballot-layout';
import { ERROR_CODES } from '../../shared/api/errors';

/**
 * The ballot paper of one election of a congress file: what `export --ballots` prints and what
 * `scan` reads against (the same input, so the same layout and the same hash). Without an id,
 * the file's only election.
 */
export function ballotInputFromFile(file: CongressFile, electionId: string | undefined): Result<BallotPaperInput> {
  const ids = file.elections.map((e) => e.id);
  if (electionId === undefined && file.elections.length !== 1) {
    return file.elections.length === 0
      ? fail(ERROR_CODES.nothingToPrint, 'Tệp không có cuộc bầu nào')
      : fail(ERROR_CODES.invalidInput, `Tệp có ${file.elections.length} cuộc bầu: hãy chọn một bằng --election (${ids.join(', ')})`);
  }
  const election = electionId === undefined ? file.elections[0] : file.elections.find((e) => e.id === electionId);
  if (election === undefined) return fail(ERROR_CODES.invalidInput, `Không có cuộc bầu "${electionId}" trong tệp (có: ${ids.join(', ')})`);
  return ok({
    congress: file.congress,
    election: { id: election.id, title: election.title ?? '', office: election.office, seats: election.seats, round: election.round },
    // The names printed (RULES R1: a name withdrawn after printing stays on the paper, and in its hash).
    candidates: paperList(election.candidates).map((c) => ({ id: c.id, name: c.name })),
  });
}
