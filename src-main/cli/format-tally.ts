import type { TitledFinalResult } from '../../shared/congress-file/final';
import { FINAL_RESULT_HEADING, finalResultWords } from '../../shared/minutes/final';
import { OFFICE_LABELS } from '../../shared/domain';
import { electedHeading, figureLineText, figuresSentences, resultFigures } from '../../shared/minutes/figures';
import { CANDIDATE_STATUS_LABELS, outcomeSentence, outcomeStatement } from '../../shared/minutes/outcome';
import { paperRows, WITHDRAWN_AFTER_PRINTING } from '../../shared/minutes/paper-rows';
import { electionSubject, titleWithRound } from '../../shared/minutes/wording';
import type { ElectionTally } from '../../shared/rules/tally';

function pad(text: string, width: number, align: 'left' | 'right'): string {
  return align === 'left' ? text.padEnd(width) : text.padStart(width);
}

function table(header: string[], rows: string[][], aligns: ('left' | 'right')[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i] as number, aligns[i] ?? 'left')).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** `tally` without `--json`: a readable Vietnamese table per election. */
export function formatTallyText(tallies: readonly ElectionTally[], titles: ReadonlyMap<string, string>): string {
  const blocks = tallies.map((t) => {
    const title = titleWithRound({ title: titles.get(t.id) || `Bầu ${OFFICE_LABELS[t.office]}`, round: t.round });
    const subject = electionSubject({ title, office: t.office });
    const names = new Map(t.candidates.map((c) => [c.id, c.name]));
    const votes = new Map(t.candidates.map((c) => [c.id, c.votes]));
    const figures = resultFigures(t);
    const lines = [
      `${title.toLocaleUpperCase('vi')}`,
      `Mã: ${t.id} · vòng ${t.round} · phiếu ${t.format === 'A' ? 'gạch tên' : 'đồng ý / không đồng ý'}`,
      ...figuresSentences(figures),
      ...figures.filter((f) => f.level === 2).map((f) => `  - ${figureLineText(f)}`),
      '',
      table(
        ['TT', 'Họ và tên', 'Số phiếu', 'Tỷ lệ %', 'Kết quả'],
        // In paper order with the printed numbers (RULES R1): a name withdrawn after printing keeps its row, with no vote.
        paperRows(t).map(({ number, name, result: c }) => (c === null ? [String(number), name, '—', '—', WITHDRAWN_AFTER_PRINTING] : [String(number), c.name, String(c.votes), c.percent, CANDIDATE_STATUS_LABELS[c.status]])),
        ['right', 'left', 'right', 'right', 'left'],
      ),
      '',
      t.elected.length > 0 ? `${electedHeading(subject, t.elected.length)} ${t.elected.map((id) => `${names.get(id)} (${votes.get(id)})`).join(', ')}` : electedHeading(subject, 0),
    ];
    lines.push(outcomeSentence(outcomeStatement(t, subject)));
    for (const p of t.problems) lines.push(`${p.severity === 'error' ? 'LỖI' : 'Lưu ý'}: ${p.message}`);
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/** After the rounds, the final result of each office: all elected across its rounds, and what is missing. */
export function formatFinalText(finals: readonly TitledFinalResult[]): string {
  if (finals.length === 0) return '';
  const blocks = finals.map((final) => {
    const words = finalResultWords(final, final.title);
    return [
      `${FINAL_RESULT_HEADING.toLocaleUpperCase('vi')}: ${words.title.toLocaleUpperCase('vi')}`,
      ...(words.provisional ? [words.provisional] : []),
      ...words.sentences,
      ...(words.rows.length > 0 ? ['', table(words.columns.map((c) => c.header), words.rows.map((r) => [...r]), words.columns.map((c) => (c.align === 'right' ? 'right' : 'left')))] : []),
    ].join('\n');
  });
  return `\n${blocks.join('\n\n')}\n`;
}
