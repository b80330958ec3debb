import { INVALID_REASON_LABELS, type BallotFormat, type InvalidReason } from '../domain';
import { canonicalJson } from '../packages/canonical-json';
import { markFor } from '../rules/validity';
import { ballotRecordFromEntry, type BallotEntryLike } from '../validation/ballot-entry';

/** What the reading of a paper depends on: the names on the ballot, in order, and its format. */
export interface PaperLayout {
  format: BallotFormat;
  listIds: readonly string[];
}

const MARK_DIGITS = { agree: '1', disagree: '2', both: '3', none: '0' } as const;

function struckIds(entry: BallotEntryLike, listIds: readonly string[]): string[] | null {
  const { choice } = ballotRecordFromEntry(entry);
  if (choice.kind === 'struck') return listIds.filter((id) => choice.ids.includes(id));
  if (choice.kind === 'kept') return listIds.filter((id) => !choice.ids.includes(id));
  return null;
}

/**
 * The paper as read, whichever way it was typed: on a strike-out ballot the names struck (typed
 * as struck or as kept, in any order), on an agree/disagree ballot the mark of each name, and the
 * committee's ruling. Two readings of the same paper agree when their keys are equal; the note is
 * not compared (two people word it differently).
 */
export function readingKey(entry: BallotEntryLike, layout: PaperLayout): string {
  const record = ballotRecordFromEntry(entry);
  const marks = layout.format === 'B' && record.choice.kind !== 'none' ? layout.listIds.map((id) => markFor(record.choice, id)) : null;
  return canonicalJson({ struck: layout.format === 'A' ? struckIds(entry, layout.listIds) : null, marks, ruling: record.ruling });
}

/** The reading in words, by the numbers printed on the ballot: "gạch 3, 7", "dấu 1 1 2 0", with the ruling. */
export function readingText(entry: BallotEntryLike, layout: PaperLayout): string {
  const parts: string[] = [];
  const record = ballotRecordFromEntry(entry);
  if (layout.format === 'A') {
    const struck = struckIds(entry, layout.listIds);
    if (struck !== null) {
      if (struck.length === 0) parts.push('không gạch ai');
      else if (struck.length === layout.listIds.length) parts.push('gạch hết');
      else parts.push(`gạch ${struck.map((id) => layout.listIds.indexOf(id) + 1).join(', ')}`);
    }
  } else if (record.choice.kind !== 'none') {
    parts.push(`dấu ${layout.listIds.map((id) => MARK_DIGITS[markFor(record.choice, id)]).join(' ')}`);
  }
  if (record.ruling !== null) parts.push(INVALID_REASON_LABELS[record.ruling as InvalidReason].toLocaleLowerCase('vi'));
  if (entry.note) parts.push(`(${entry.note})`);
  return parts.join('; ') || '(trống)';
}
