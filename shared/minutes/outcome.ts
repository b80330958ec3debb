import type { CandidateStatus, OutcomeKind } from '../rules/outcome';
import type { ElectionTally } from '../rules/tally';
import { assemblyWords, type AssemblyWords } from './wording';

/** One word for each result of a name, on every screen and paper ("bằng phiếu", never "hòa phiếu"). */
export const CANDIDATE_STATUS_LABELS: Record<CandidateStatus, string> = { elected: 'Trúng cử', not_elected: 'Không trúng cử', tied: 'Bằng phiếu' };

/** The outcome of an election said once (RULES R6): a short headline, then what it means and what comes next. */
export interface OutcomeStatement {
  kind: OutcomeKind;
  /** "Bằng phiếu", "Chưa đủ số lượng", "Đã bầu đủ số lượng". */
  headline: string;
  /** The sentences after the headline. */
  text: string;
}

type Tally = Pick<ElectionTally, 'candidates' | 'tie' | 'unfilledSeats' | 'elected' | 'seats' | 'outcome' | 'nextRound'> & Partial<Pick<ElectionTally, 'round'>>;

/**
 * The outcome for the minutes, the workbook, the results screen and the summary alike; `words`
 * say who votes ("đại hội", "hội nghị") and who decides. `laterRound`: the number of the round
 * that already continues this one, on the screens (issue 18, item 7): what comes next is then no
 * longer a question.
 */
export function outcomeStatement(tally: Tally, subject: string, words: Pick<AssemblyWords, 'body' | 'presidium'> = assemblyWords('delegates'), laterRound: number | null = null): OutcomeStatement {
  const { body, presidium } = words;
  const later = laterRound === null ? null : `Đã có vòng ${laterRound}.`;
  if (tally.tie) {
    const byId = new Map(tally.candidates.map((c) => [c.id, c]));
    const tied = tally.tie.candidates.map((id) => byId.get(id));
    const votes = tied[0]?.votes ?? 0;
    return {
      kind: 'tie',
      headline: 'Bằng phiếu',
      text: `các đồng chí ${tied.map((c) => c?.name).join(', ')} cùng được ${votes} phiếu cho ${tally.tie.seats} chỗ còn lại, nên chưa đồng chí nào trong số này trúng cử. ${later ?? `Cần bầu lại giữa các đồng chí này để chọn ${tally.tie.seats} người (không chọn theo tuổi hay theo thứ tự tên).`}`,
    };
  }
  if (tally.unfilledSeats > 0) {
    const next = later ?? (tally.nextRound?.recommended ? `Đề nghị ${body} bầu tiếp số còn thiếu.` : `${presidium} xem xét, quyết định việc có bầu tiếp hay không.`);
    return {
      kind: 'short',
      headline: 'Chưa đủ số lượng',
      text: `số người trúng cử (${tally.elected.length}) ít hơn số lượng cần bầu (${tally.seats}), còn thiếu ${tally.unfilledSeats} đồng chí. ${next}`,
    };
  }
  // A later round elects the seats left, not the number the congress voted: said so.
  return { kind: 'complete', headline: (tally.round ?? 1) > 1 ? 'Đã bầu đủ số lượng cần bầu ở vòng này' : 'Đã bầu đủ số lượng', text: `${tally.seats} đồng chí ${subject}.` };
}

/** "Bằng phiếu: các đồng chí …": the statement as one sentence. */
export function outcomeSentence(statement: OutcomeStatement): string {
  return `${statement.headline}: ${statement.text}`;
}

/** Over the results shown in the hall before the lock, when the chair chooses to show them. */
export const PROVISIONAL_RESULT_MARK = 'KẾT QUẢ TẠM THỜI – CHƯA CHỐT';

