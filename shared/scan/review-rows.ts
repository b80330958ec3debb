import type { BallotFormat, Mark } from '../domain';
import { ballotInputText, MARK_KEYS, parseBallotInput } from '../entry/ballot-input';
import type { BallotContext } from '../rules/validity';
import { judgeBallot, type Verdict } from '../rules/validity';

/**
 * A person decides the rows of a scanned ballot the machine was unsure of (issue 17, item 3), one
 * key a row: format A `1` struck, `0` kept; format B the entry screen's keys (`1` đồng ý, `2` không
 * đồng ý, `3` cả hai ô, `0` bỏ trống). The machine's confident reading stays as it read it; a name
 * it was unsure of is never typed in for the person. The app's dialog and `kiem-phieu review` both
 * decide through these functions.
 */

/** What a person says of one row. */
export type RowAnswer = 'struck' | 'kept' | Mark;

/** The mark standing for a name not decided yet, in a format-B ballot's text (one character a name). */
export const UNDECIDED = '?';

/** The answer a key gives for a row, or null when the key is not an answer. */
export function rowAnswerOfKey(format: BallotFormat, key: string): RowAnswer | null {
  if (format === 'A') return key === '1' ? 'struck' : key === '0' ? 'kept' : null;
  return MARK_KEYS[key] ?? null;
}

/** The keys of a row's answers, as the screens and the command say them. */
export function rowAnswerKeys(format: BallotFormat): { key: string; answer: RowAnswer; words: string }[] {
  if (format === 'A') return [{ key: '1', answer: 'struck', words: 'gạch' }, { key: '0', answer: 'kept', words: 'giữ lại (không gạch)' }];
  return [
    { key: '1', answer: 'agree', words: 'đồng ý' },
    { key: '2', answer: 'disagree', words: 'không đồng ý' },
    { key: '3', answer: 'both', words: 'cả hai ô' },
    { key: '0', answer: 'none', words: 'bỏ trống' },
  ];
}

/** What the machine read with confidence, and the names it was unsure of. */
export interface ConfidentReading {
  struck: readonly string[] | null;
  marks: Readonly<Record<string, Mark>> | null;
  uncertain: readonly string[];
}

/**
 * The ballot as typed with the entry screen's keys: the confident reading, and each row the
 * machine was unsure of as the person answered it. Format A: the struck names' numbers (a name
 * unsure and unanswered is not among them); format B: one key a name, `?` for a name unsure and
 * unanswered (a name not read at all is unsure too). Empty when the machine read nothing.
 */
export function reviewText(format: BallotFormat, listIds: readonly string[], machine: ConfidentReading, answers: Readonly<Record<string, RowAnswer>> = {}): string {
  const unsure = new Set(machine.uncertain);
  if (format === 'A') {
    if (machine.struck === null) return '';
    const struck = listIds.filter((id) => (unsure.has(id) ? answers[id] === 'struck' : machine.struck?.includes(id) === true));
    return ballotInputText({ struck }, { format: 'A', listIds, mode: 'struck' });
  }
  if (machine.marks === null) return '';
  const keyOf = Object.fromEntries(Object.entries(MARK_KEYS).map(([key, mark]) => [mark, key]));
  return listIds
    .map((id) => {
      const answer = answers[id];
      if (unsure.has(id) || machine.marks?.[id] === undefined) return answer !== undefined && answer !== 'struck' && answer !== 'kept' ? keyOf[answer] : UNDECIDED;
      return keyOf[machine.marks[id] as Mark];
    })
    .join('');
}

/** The rows still to decide: those unsure and unanswered, in ballot order. */
export function undecidedRows(listIds: readonly string[], machine: ConfidentReading, answers: Readonly<Record<string, RowAnswer>>): string[] {
  const unsure = new Set(machine.uncertain);
  return listIds.filter((id) => (unsure.has(id) || (machine.marks !== null && machine.marks[id] === undefined)) && answers[id] === undefined);
}

/** The verdict of the ballot for each answer the last undecided row may get (the command says them before the key that counts it). */
export function verdictsByAnswer(context: BallotContext, machine: ConfidentReading, answers: Readonly<Record<string, RowAnswer>>, row: string): { key: string; words: string; verdict: Verdict | null }[] {
  return rowAnswerKeys(context.format).map(({ key, answer, words }) => {
    const text = reviewText(context.format, context.listIds, machine, { ...answers, [row]: answer });
    const parsed = parseBallotInput(text, { format: context.format, listIds: context.listIds, mode: 'struck' });
    return { key, words, verdict: parsed.errors.length > 0 || parsed.empty ? null : judgeBallot(parsed.choice, parsed.ruling, context) };
  });
}
