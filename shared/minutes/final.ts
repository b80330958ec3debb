import type { FinalResult } from '../rules/final-result';
import type { MinutesColumn } from './model';
import { congressName, electionSubject, roundList, roundNote } from './wording';

/**
 * The final result of an office in words (issue 11, item 5): those elected across round 1, its
 * tie-break and further rounds, the seats left unfilled, a tie still to break, and whether the
 * result is provisional. The summary PDF, the workbook, the results screen, the presentation and
 * the command line render this, nothing else.
 */

export const FINAL_RESULT_HEADING = 'Kết quả cuối cùng';

/** The two parts of the congress summary: the final results, then every round. */
export const FINAL_RESULTS_TITLE = 'I. KẾT QUẢ CUỐI CÙNG';
export const ROUNDS_TITLE = 'II. KẾT QUẢ TỪNG VÒNG BẦU';

/** Said instead of the names while a round of the office fails its blocking checks. */
export function finalBlockedSentence(roundNumbers: readonly number[]): string {
  return `Chưa có kết quả cuối cùng: số liệu của ${roundList(roundNumbers)} chưa qua các bước kiểm tra (xem phần kết quả từng vòng bầu).`;
}

/**
 * The summary of a congress is official once every round that counts is locked; a draft before,
 * and while it has no round at all. The paper and its print dialog both ask this.
 */
export function summaryIsOfficial(finals: readonly Pick<FinalResult, 'openRounds'>[]): boolean {
  return finals.length > 0 && finals.every((f) => f.openRounds.length === 0);
}

const ROUND_STATUS_WORDS = { open: 'đang kiểm phiếu, chưa chốt kết quả', paused: 'tạm dừng, chưa chốt kết quả', locked: 'đã chốt kết quả' } as const;

/**
 * On the screens of a round a later round continues (issue 18, item 7): "Đã có vòng 2: bầu bổ
 * sung số còn thiếu (đã chốt kết quả)".
 */
export function laterRoundSentence(later: { title: string; round: number; status: keyof typeof ROUND_STATUS_WORDS }): string {
  return `Đã có ${roundNote(later, later.round) ?? `vòng ${later.round}`} (${ROUND_STATUS_WORDS[later.status]}).`;
}

/** The mark of a final result while a round is open or a tie awaits its tie-break. */
export const PROVISIONAL_MARK = 'KẾT QUẢ TẠM THỜI';

export interface FinalResultWords {
  /** "Bầu Ban Chấp hành Đảng bộ phường khóa III": the first round's title, its round not said. */
  title: string;
  /** Null when final; otherwise why it is not yet ("KẾT QUẢ TẠM THỜI: vòng 2 chưa chốt kết quả."). */
  provisional: string | null;
  /** What the rounds came to, then the tie still to break and the seats unfilled, if any. */
  sentences: string[];
  columns: readonly MinutesColumn[];
  /** One row per person elected, in the order of the result: TT, name, votes, round. */
  rows: readonly (readonly string[])[];
}

type Final = Pick<FinalResult, 'office' | 'seats' | 'rounds' | 'roundNumbers' | 'elected' | 'tie' | 'unfilledSeats' | 'openRounds' | 'final'>;

/** The words of a final result; `title` is the first round's title. */
export function finalResultWords(final: Final, title: string): FinalResultWords {
  // A term in the title written as every term is, never broken across lines ("nhiệm kỳ 2025-2030").
  const subject = congressName({ name: electionSubject({ title, office: final.office }) });
  const over = final.rounds.length > 1 ? `, qua ${final.rounds.length} vòng bầu` : '';
  const count = final.elected.length;
  const sentences: string[] = [];
  const only = final.seats === 1 ? final.elected[0] : undefined;
  if (only) sentences.push(`Đồng chí ${only.name} trúng cử ${subject}${over}.`);
  else if (count === final.seats) sentences.push(`Đã bầu đủ ${final.seats} đồng chí ${subject}${over}.`);
  else if (count === 0) sentences.push(`Chưa bầu được đồng chí nào trong số ${final.seats} đồng chí ${subject}${over}.`);
  else sentences.push(`Đã bầu được ${count} trong số ${final.seats} đồng chí ${subject}${over}.`);
  if (final.tie) {
    const names = final.tie.candidates.map((c) => c.name).join(', ');
    const votes = final.tie.candidates[0]?.votes ?? 0;
    sentences.push(`Còn ${final.tie.seats} chỗ chưa có kết quả: các đồng chí ${names} cùng được ${votes} phiếu (bằng phiếu), phải bầu lại giữa các đồng chí này để chọn ${final.tie.seats} người.`);
  }
  if (final.unfilledSeats > 0) sentences.push(`Còn thiếu ${final.unfilledSeats} đồng chí so với số lượng cần bầu.`);

  const why: string[] = [];
  const open = final.rounds.map((id, i) => (final.openRounds.includes(id) ? (final.roundNumbers[i] ?? i + 1) : null)).filter((n): n is number => n !== null);
  if (open.length > 0) why.push(final.rounds.length === 1 ? 'chưa chốt kết quả' : `${roundList(open)} chưa chốt kết quả`);
  if (final.tie) why.push('còn phải bầu lại do bằng phiếu');
  const provisional = final.final ? null : `${PROVISIONAL_MARK}: ${why.length > 0 ? why.join('; ') : 'chưa chốt kết quả'}.`;

  return {
    title: `Bầu ${subject}`,
    provisional,
    sentences,
    columns: [
      { header: 'TT', width: 8, align: 'center' },
      { header: 'Họ và tên', width: 52, align: 'left' },
      { header: 'Số phiếu', width: 16, align: 'right' },
      { header: 'Trúng cử ở', width: 24, align: 'center' },
    ],
    rows: final.elected.map((e, i) => [String(i + 1), e.name, String(e.votes), `vòng ${e.roundNumber}`]),
  };
}
