import type { OutcomeKind, Tie } from './outcome';
import { NOBODY_ELECTED } from '../minutes/figures';

/** What decides a round (RULES R6): who is elected, a tie for the last seats, seats left unfilled. */
export interface OutcomeSummary {
  outcome: OutcomeKind;
  elected: readonly string[];
  tie: Tie | null;
  unfilledSeats: number;
}

export interface OutcomeChange {
  changed: boolean;
  /** Elected after the correction, not before; and the other way round. */
  newlyElected: string[];
  noLongerElected: string[];
  /** In Vietnamese, what differs (empty when nothing does), names given by `nameOf`. */
  words: string[];
}

const sorted = (ids: readonly string[]) => [...ids].sort();
const sameIds = (a: readonly string[], b: readonly string[]) => sorted(a).join('\u0000') === sorted(b).join('\u0000');
const sameTie = (a: Tie | null, b: Tie | null) => (a === null || b === null ? a === b : a.seats === b.seats && sameIds(a.candidates, b.candidates));

/** The outcome in a few words: "trúng cử: A, B; bằng phiếu: C, D cho 1 chỗ; còn thiếu 1". */
export function outcomeWords(summary: OutcomeSummary, nameOf: (id: string) => string): string {
  const parts = [summary.elected.length > 0 ? `trúng cử: ${summary.elected.map(nameOf).join(', ')}` : NOBODY_ELECTED];
  if (summary.tie) parts.push(`bằng phiếu: ${summary.tie.candidates.map(nameOf).join(', ')} cho ${summary.tie.seats} chỗ`);
  if (summary.unfilledSeats > 0) parts.push(`còn thiếu ${summary.unfilledSeats}`);
  return parts.join('; ');
}

/**
 * Whether a correction changed a round's outcome: the people elected (as a set: their order by
 * votes is not the outcome), the tie (its seats and who is tied) and the seats left unfilled.
 * The same outcome proposes the same next round, so a later round stands exactly when this is
 * unchanged.
 */
export function compareOutcomes(before: OutcomeSummary, after: OutcomeSummary, nameOf: (id: string) => string = (id) => id): OutcomeChange {
  const newlyElected = after.elected.filter((id) => !before.elected.includes(id));
  const noLongerElected = before.elected.filter((id) => !after.elected.includes(id));
  const tieSame = sameTie(before.tie, after.tie);
  const changed = before.outcome !== after.outcome || newlyElected.length > 0 || noLongerElected.length > 0 || !tieSame || before.unfilledSeats !== after.unfilledSeats;
  const words: string[] = [];
  if (changed) {
    if (newlyElected.length > 0) words.push(`nay trúng cử: ${newlyElected.map(nameOf).join(', ')}`);
    if (noLongerElected.length > 0) words.push(`không còn trúng cử: ${noLongerElected.map(nameOf).join(', ')}`);
    if (!tieSame) words.push(before.tie === null ? 'nay có bằng phiếu' : after.tie === null ? 'không còn bằng phiếu' : 'bằng phiếu giữa những người khác hoặc cho số chỗ khác');
    if (before.unfilledSeats !== after.unfilledSeats) words.push(`số chỗ còn thiếu từ ${before.unfilledSeats} thành ${after.unfilledSeats}`);
    words.push(`trước khi sửa: ${outcomeWords(before, nameOf)}; sau khi sửa: ${outcomeWords(after, nameOf)}`);
  }
  return { changed, newlyElected, noLongerElected, words };
}
