import { OFFICE_LABELS, type CongressKind, type Office } from '../../shared/domain';
import type { ElectionTally } from '../../shared/rules/tally';

/** Who is summoned and counted in the base (RULES R2). */
export function memberNoun(kind: CongressKind): string {
  return kind === 'members' ? 'đảng viên chính thức' : 'đại biểu chính thức';
}

/** What is elected, as the sentences say it: the title without its leading "Bầu", or the office. */
export function electionSubject(election: { title: string; office: Office }): string {
  const title = election.title.trim();
  if (title === '') return OFFICE_LABELS[election.office];
  return title.replace(/^bầu\s+/iu, '');
}

/** The second line of the title: "Bầu Ban Chấp hành … khóa III, nhiệm kỳ 2025 - 2030". */
export function electionTitleLine(election: { title: string; office: Office }, term: string | undefined, round: number): string {
  const subject = electionSubject(election);
  let line = `Bầu ${subject}`;
  if (term && !subject.includes(term) && !subject.includes(term.replace(/ /g, ''))) line += `, nhiệm kỳ ${term}`;
  if (round > 1 && !/vòng/iu.test(subject)) line += ` (vòng ${round})`;
  return line;
}

/** Ties and unfilled seats said plainly, or that the seats are filled (RULES R6). */
export function outcomeSentences(tally: ElectionTally, election: { office: Office }, subject: string): string[] {
  const names = new Map(tally.candidates.map((c) => [c.id, c]));
  const sentences: string[] = [];
  if (tally.tie) {
    const tied = tally.tie.candidates.map((id) => names.get(id));
    const votes = tied[0]?.votes ?? 0;
    sentences.push(
      `Bằng phiếu: các đồng chí ${tied.map((c) => c?.name).join(', ')} cùng được ${votes} phiếu cho ${tally.tie.seats} chỗ còn lại, nên chưa đồng chí nào trong số này trúng cử. Cần bầu lại giữa các đồng chí này để chọn ${tally.tie.seats} người (không chọn theo tuổi hay theo thứ tự tên).`,
    );
  }
  if (tally.unfilledSeats > 0) {
    const next = election.office === 'dai_bieu' ? 'Đề nghị đại hội bầu tiếp số còn thiếu.' : 'Đoàn chủ tịch xem xét, quyết định việc có bầu tiếp hay không.';
    sentences.push(`Chưa đủ số lượng: số người trúng cử (${tally.elected.length}) ít hơn số lượng cần bầu (${tally.seats}), còn thiếu ${tally.unfilledSeats} đồng chí. ${next}`);
  }
  if (tally.outcome === 'complete') sentences.push(`Đã bầu đủ số lượng ${tally.seats} đồng chí ${subject}.`);
  return sentences;
}
