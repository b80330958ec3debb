import type { BallotChoice, BallotFormat, InvalidReason, Mark, OperatorRuling } from '../domain';

/** What a verdict needs to know about the election. */
export interface BallotContext {
  /** The format the papers were printed in (RULES R1: from the names printed and the seats). */
  format: BallotFormat;
  /** The names printed on the paper, in paper order (number n is listIds[n - 1]). */
  listIds: readonly string[];
  seats: number;
  /** RULES R3 `B_ALL_BOTH_OR_NONE` is configurable; default true (invalid). */
  allBothOrNoneInvalid: boolean;
  /**
   * Names printed on the paper but withdrawn after printing (RULES R1, "the paper as printed"):
   * shown struck, never a vote; validity is judged over the names still standing. Absent: none.
   */
  withdrawnOnPaper?: readonly string[];
}

const NONE_WITHDRAWN: ReadonlySet<string> = new Set();
const withdrawnSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The names withdrawn after printing, as a set (made once per context's list). */
export function withdrawnOnPaperSet(context: Pick<BallotContext, 'withdrawnOnPaper'>): ReadonlySet<string> {
  const ids = context.withdrawnOnPaper;
  if (ids === undefined || ids.length === 0) return NONE_WITHDRAWN;
  let set = withdrawnSets.get(ids);
  if (set === undefined) {
    set = new Set(ids);
    withdrawnSets.set(ids, set);
  }
  return set;
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

/** Format A: how many names still standing the voter left un-struck (RULES R1: a withdrawn name kept is no vote). */
function keptStandingCount(choice: BallotChoice, context: Pick<BallotContext, 'listIds' | 'withdrawnOnPaper'>): number {
  const withdrawn = withdrawnOnPaperSet(context);
  if (withdrawn.size === 0) return keptCount(choice, context.listIds.length);
  const standing = context.listIds.length - withdrawn.size;
  switch (choice.kind) {
    case 'kept':
      return choice.ids.reduce((n, id) => n + (withdrawn.has(id) ? 0 : 1), 0);
    case 'struck':
      return standing - choice.ids.reduce((n, id) => n + (withdrawn.has(id) ? 0 : 1), 0);
    default:
      return keptCount(choice, context.listIds.length);
  }
}

/** Format B: the mark that counts for a name; a withdrawn name's boxes are ignored (RULES R1). */
function standingMark(choice: BallotChoice, id: string, withdrawn: ReadonlySet<string>): Mark {
  return withdrawn.has(id) ? 'none' : markFor(choice, id);
}

/**
 * RULES R3 over the paper as printed (R1). The operator's ruling wins; otherwise the verdict
 * follows from what is on the paper, judged over the names still standing: format A keeps votes
 * only for them (OVER_N when more than N of them are kept, NONE_KEPT when none is); format B
 * ignores a withdrawn name's boxes. A format-A ballot keeping fewer than N names is valid, as is
 * a format-B ballot disagreeing with everyone.
 */
export function judgeBallot(choice: BallotChoice, ruling: OperatorRuling | null, context: BallotContext): Verdict {
  if (ruling !== null) return { valid: false, reason: ruling };
  if (choice.kind === 'none') throw new Error('judgeBallot: a ballot with nothing read needs a ruling');
  if (context.format === 'A') {
    if (choice.kind === 'marks') throw new Error('judgeBallot: a format-A ballot has no agree/disagree marks');
    const kept = keptStandingCount(choice, context);
    if (kept > context.seats) return { valid: false, reason: 'OVER_N' };
    if (kept === 0) return { valid: false, reason: 'NONE_KEPT' };
    return VALID;
  }
  const withdrawn = withdrawnOnPaperSet(context);
  if (context.listIds.length === 1) {
    const only = context.listIds[0] as string;
    return isBothOrNone(standingMark(choice, only, withdrawn)) ? { valid: false, reason: 'B_SINGLE_BOTH_OR_NONE' } : VALID;
  }
  if (context.allBothOrNoneInvalid && context.listIds.length > 1 && context.listIds.every((id) => withdrawn.has(id) || isBothOrNone(markFor(choice, id)))) {
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
