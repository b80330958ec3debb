import type { BallotEntryLike } from '../../shared/validation/ballot-entry';
import { ballotRecordFromEntry } from '../../shared/validation/ballot-entry';
import { ballotContext } from '../../shared/rules/tally';
import { judgeBallot } from '../../shared/rules/validity';
import { INVALID_REASON_LABELS } from '../../shared/domain';
import type { BallotLine } from './block-lines';
import type { MarkMeaning } from './marks';
import { problem, type ImportProblem } from './problems';
import { readNote } from './rulings';

export interface BallotEntryJson {
  team?: string;
  kept?: string[];
  struck?: string[];
  marks?: Record<string, 'both' | 'none'>;
  invalid?: string;
  note?: string;
}

const NOTED_INVALID = 'ghi là không hợp lệ trong bảng tính';

/**
 * The ballot entries of a table's lines. Each line's marks give the names struck or kept; a note
 * or a validity cell gives the operator's ruling (RULES R3) where it names one ("ghi thêm tên":
 * WRITE_IN). A plain "không hợp lệ" on a paper the rules already find invalid keeps the rules'
 * reason; on a paper the rules find valid it is the committee's ruling, with the note.
 */
export function ballotEntries(lines: readonly BallotLine[], ids: readonly string[], meaning: MarkMeaning, seats: number, problems: ImportProblem[]): BallotEntryJson[] {
  const context = ballotContext({ candidates: ids.map((id) => ({ id, name: id, withdrawn: false })), seats, allBothOrNoneInvalid: true });
  const onlyName = context.format === 'B' && ids.length === 1 ? (ids[0] as string) : null;
  return lines.map((line) => {
    const marked = ids.filter((_, i) => line.marks[i] !== null);
    const entry: BallotEntryJson = { ...(line.team ? { team: line.team } : {}), ...(meaning === 'struck' ? { struck: marked } : { kept: marked }) };
    const note = line.note === null ? { kind: 'unknown' as const } : readNote(line.note);
    const judged = (candidate: BallotEntryLike) => judgeBallot(ballotRecordFromEntry(candidate).choice, null, context);
    const where = line.notePlace ?? line.place;

    if (note.kind === 'ruling') return { ...entry, invalid: note.ruling, note: line.note as string };
    if ((note.kind === 'both' || note.kind === 'none') && onlyName !== null && marked.length === 0) {
      // A single-name ballot with both boxes or neither: what the paper shows, judged by the rules.
      const { kept: _k, struck: _s, ...rest } = entry;
      return { ...rest, marks: { [onlyName]: note.kind }, note: line.note as string };
    }
    const saysInvalid = note.kind === 'invalid' || note.kind === 'both' || note.kind === 'none' || line.validity === 'invalid';
    const verdict = judged(entry);
    if (saysInvalid) {
      if (!verdict.valid) {
        problems.push(problem('info', 'INVALID_BY_RULES', where, `phiếu ghi là không hợp lệ; theo các dấu, phiếu không hợp lệ vì: ${INVALID_REASON_LABELS[verdict.reason].toLocaleLowerCase('vi')}`));
        return line.note ? { ...entry, note: line.note } : entry;
      }
      return { ...entry, invalid: 'COMMITTEE_RULED', note: line.note ?? NOTED_INVALID };
    }
    if ((note.kind === 'valid' || line.validity === 'valid') && !verdict.valid) {
      problems.push(problem('warning', 'VALID_BUT_INVALID', line.place, `bảng tính ghi phiếu hợp lệ, nhưng theo quy chế phiếu không hợp lệ: ${INVALID_REASON_LABELS[verdict.reason].toLocaleLowerCase('vi')}`));
    }
    if (note.kind === 'unknown' && line.note) {
      problems.push(problem('warning', 'UNCLEAR_NOTE', where, `ghi chú "${line.note}" không nói phiếu không hợp lệ: phiếu được xét theo các dấu, ghi chú được giữ lại`));
      return { ...entry, note: line.note };
    }
    return entry;
  });
}
