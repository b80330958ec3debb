import type { BallotChoice, BallotFormat, InvalidReason, Mark, OperatorRuling } from '../domain';

/** What a verdict needs to know about the election. */
export interface BallotContext {
  format: BallotFormat;
  /** The names on the ballot (withdrawn candidates left out), in ballot order. */
  listIds: readonly string[];
  seats: number;
  /** RULES R3 `B_ALL_BOTH_OR_NONE` is configurable; default true (invalid). */
  allBothOrNoneInvalid: boolean;
}

export type Verdict = { valid: true } | { valid: false; reason: InvalidReason };

const VALID: Verdict = { valid: true };

/** Format A: how many names the voter left un-struck. Assumes the ids are distinct and listed. */
export function keptCount(choice: BallotChoice, listSize: number): number {
  switch (choice.kind) {
    case 'kept':
      return choice.ids.length;
    case 'struck':
      return listSize - choice.ids.length;
    default:
      throw new Error(`keptCount: a ${choice.kind} ballot has no kept names`);
  }
}

/** Format B: the mark a name carries. `kept` / `struck` mean agree / disagree for every name. */
export function markFor(choice: BallotChoice, id: string): Mark {
  switch (choice.kind) {
    case 'marks':
      return choice.marks[id] ?? 'none';
    case 'kept':
      return choice.ids.includes(id) ? 'agree' : 'disagree';
    case 'struck':
      return choice.ids.includes(id) ? 'disagree' : 'agree';
    case 'none':
      return 'none';
  }
}

function isBothOrNone(mark: Mark): boolean {
  return mark === 'both' || mark === 'none';
}

/**
 * RULES R3. The operator's ruling wins; otherwise the verdict follows from what is on the paper.
 * A format-A ballot keeping fewer than N names is valid, as is a format-B ballot disagreeing
 * with everyone.
 */
export function judgeBallot(choice: BallotChoice, ruling: OperatorRuling | null, context: BallotContext): Verdict {
  if (ruling !== null) return { valid: false, reason: ruling };
  if (choice.kind === 'none') throw new Error('judgeBallot: a ballot with nothing read needs a ruling');
  if (context.format === 'A') {
    if (choice.kind === 'marks') throw new Error('judgeBallot: a format-A ballot has no agree/disagree marks');
    const kept = keptCount(choice, context.listIds.length);
    if (kept > context.seats) return { valid: false, reason: 'OVER_N' };
    if (kept === 0) return { valid: false, reason: 'NONE_KEPT' };
    return VALID;
  }
  if (context.listIds.length === 1) {
    const only = context.listIds[0] as string;
    return isBothOrNone(markFor(choice, only)) ? { valid: false, reason: 'B_SINGLE_BOTH_OR_NONE' } : VALID;
  }
  if (context.allBothOrNoneInvalid && context.listIds.length > 1 && context.listIds.every((id) => isBothOrNone(markFor(choice, id)))) {
    return { valid: false, reason: 'B_ALL_BOTH_OR_NONE' };
  }
  return VALID;
}

/** The reasons a ballot of this election can be invalid for (RULES R3): the operator's rulings,
 *  and the computed reasons its format allows. */
export function possibleInvalidReasons(context: Pick<BallotContext, 'format' | 'listIds' | 'allBothOrNoneInvalid'>): InvalidReason[] {
  const computed: InvalidReason[] = context.format === 'A' ? ['OVER_N', 'NONE_KEPT'] : context.listIds.length === 1 ? ['B_SINGLE_BOTH_OR_NONE'] : context.allBothOrNoneInvalid ? ['B_ALL_BOTH_OR_NONE'] : [];
  return ['NOT_ISSUED', ...computed, 'WRITE_IN', 'MARKED_SIGNED', 'COMMITTEE_RULED'];
}
