import { OFFICE_LABELS } from '../domain';
import type { AppErrorDetail } from '../result';
import type { OutcomeKind } from '../rules/outcome';
import type { ElectionInFile } from './schema';

/**
 * RULES R0 "Round chains", for the rounds of a congress file (paths are JSON paths): a round
 * r ≥ 2 continues exactly one election of the same office whose round is r − 1; round 1 continues
 * nothing; chains have no cycles; at most one live (not voided) round continues a given round; a
 * live round continues only a round whose outcome is tie or short. A voided round, and every
 * round continuing it, counts for nothing (shared/rules/final-result.ts) and is not held to the
 * last two rules.
 */

type Round = Pick<ElectionInFile, 'id' | 'office' | 'round' | 'continues' | 'voided'>;
type Add = (path: string, message: string) => void;

function indexById(elections: readonly Round[]): Map<string, number> {
  const index = new Map<string, number>();
  elections.forEach((e, i) => index.has(e.id) || index.set(e.id, i));
  return index;
}

/** Whether the round, or a round it continues (however far back), was voided: then it counts for nothing. */
function countsForNothing(elections: readonly Round[], byId: ReadonlyMap<string, number>, start: number): boolean {
  const seen = new Set<number>();
  for (let at: number | undefined = start; at !== undefined && !seen.has(at); at = byId.get(elections[at]?.continues ?? '')) {
    seen.add(at);
    if (elections[at]?.voided) return true;
  }
  return false;
}

/** Whether following `continues` from the round comes back to it. */
function inCycle(elections: readonly Round[], byId: ReadonlyMap<string, number>, start: number): boolean {
  const seen = new Set<number>();
  for (let at = byId.get(elections[start]?.continues ?? ''); at !== undefined; at = byId.get(elections[at]?.continues ?? '')) {
    if (at === start) return true;
    if (seen.has(at)) return false;
    seen.add(at);
  }
  return false;
}

/** Everything the rounds' heads alone tell (no ballot needed). An unknown or self `continues` is named by the file's own checks. */
export function checkRoundChains(elections: readonly Round[], add: Add): void {
  const byId = indexById(elections);
  const continuedBy = new Map<string, string>();
  elections.forEach((election, i) => {
    const path = `elections[${i}]`;
    const { round, continues } = election;
    if (continues == null) {
      if (round >= 2) add(`${path}.continues`, `vòng ${round} phải tiếp nối đúng một cuộc bầu (vòng ${round - 1} cùng chức danh): thiếu "continues"`);
      return;
    }
    if (round === 1) {
      add(`${path}.continues`, `vòng 1 không tiếp nối cuộc bầu nào (đang ghi tiếp nối "${continues}"): vòng bầu tiếp theo ghi "round" từ 2 trở lên`);
      return;
    }
    const at = byId.get(continues);
    const continued = at === undefined ? undefined : elections[at];
    if (continued === undefined || continued.id === election.id) return;
    if (inCycle(elections, byId, i)) add(`${path}.continues`, `các vòng bầu tiếp nối nhau thành vòng tròn ("${election.id}" tiếp nối "${continues}", rồi lại quay về "${election.id}")`);
    if (continued.office !== election.office) add(`${path}.continues`, `tiếp nối cuộc bầu "${continues}" của chức danh khác (${OFFICE_LABELS[continued.office]}, còn vòng này bầu ${OFFICE_LABELS[election.office]})`);
    else if (continued.round !== round - 1) add(`${path}.round`, `vòng ${round} tiếp nối cuộc bầu "${continues}" là vòng ${continued.round}: phải là vòng ${continued.round + 1}`);
    if (election.voided || countsForNothing(elections, byId, at as number)) return;
    const earlier = continuedBy.get(continues);
    if (earlier !== undefined) add(`${path}.continues`, `đã có vòng bầu "${earlier}" tiếp nối "${continues}": một vòng chỉ có một vòng tiếp theo còn hiệu lực (vòng kia phải ghi là đã hủy, "voided")`);
    else continuedBy.set(continues, election.id);
  });
}

/**
 * The outcome of each round a live round continues: tie or short, or the continuing round is
 * refused. `outcomeOf` gives an election's outcome by its index (its ballots counted); it is asked
 * only for rounds that are continued.
 */
export function checkContinuedOutcomes(elections: readonly Round[], outcomeOf: (index: number) => OutcomeKind): AppErrorDetail[] {
  const byId = indexById(elections);
  const details: AppErrorDetail[] = [];
  elections.forEach((election, i) => {
    const at = election.continues == null ? undefined : byId.get(election.continues);
    if (at === undefined || at === i || countsForNothing(elections, byId, i)) return;
    if (outcomeOf(at) === 'complete') details.push({ path: `elections[${i}].continues`, message: `vòng bầu "${election.continues}" đã bầu đủ số lượng, không có người bằng phiếu: không có vòng bầu tiếp theo nào tiếp nối nó` });
  });
  return details;
}
