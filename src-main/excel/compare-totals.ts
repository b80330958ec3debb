import type { TotalsCheck } from '../../shared/api/excel-preview';
import { percentHundredths } from '../../shared/format/percent';
import type { ElectionTally } from '../../shared/rules/tally';
import type { TotalsLine, TotalsValue } from './block-lines';
import type { Block } from './blocks';
import type { MarkMeaning } from './marks';
import { problem, type ImportProblem } from './problems';
import { placeName } from './view';
import { fold, type FigureKind } from './vocabulary';

export type { TotalsCheck };

type Measure = 'marks' | 'blanks' | 'votes' | 'percent' | null;

function measureOf(line: TotalsLine, meaning: MarkMeaning | null): Measure {
  const label = fold(line.label);
  const formula = line.values.find((v) => v?.formula)?.formula ?? '';
  if (/ty le|ti le|phan tram|%/.test(label)) return 'percent';
  if (/trung cu|ket qua|xep thu|xep loai/.test(label)) return null;
  if (/COUNTBLANK/i.test(formula)) return 'blanks';
  if (/COUNTIFS?\(|COUNTA\(|COUNT\(/i.test(formula)) return 'marks';
  if (/gach|khong bau|khong dong y/.test(label)) return meaning === null ? null : meaning === 'struck' ? 'marks' : 'blanks';
  if (/bau|dong y|so phieu|dat|tan thanh|tin nhiem/.test(label)) return 'votes';
  return null;
}

const MEASURE_WORDS: Record<Exclude<Measure, null>, string> = {
  marks: 'ô có đánh dấu',
  blanks: 'ô để trống',
  votes: 'phiếu bầu',
  percent: 'tỷ lệ %',
};

/**
 * Compares the values a workbook saved in its totals lines with our own count: marks counted
 * cell by cell, votes and percentages from the tally (never recomputed here). A disagreement is
 * a warning naming the cell; formulas saved without their results cannot be compared, and the
 * preview says so.
 */
export function compareTotals(block: Block, counted: { lines: number; marks: number[] } | null, meaning: MarkMeaning | null, tally: ElectionTally | null, ids: readonly string[], problems: ImportProblem[]): TotalsCheck[] {
  const votes = new Map(tally?.candidates.map((c) => [c.id, c.votes]) ?? []);
  const teamSums = block.teams.length > 0 ? ids.map((_, i) => block.teams.reduce((n, t) => n + (t.votes[i] ?? 0), 0)) : null;
  return block.totals.map((line) => {
    const check: TotalsCheck = { place: line.place, label: line.label, compared: 0, disagreements: 0, note: null };
    const saved = line.values.filter((v): v is TotalsValue => v !== null);
    if (saved.length > 0 && saved.every((v) => v.value === null)) {
      check.note = hasFormula(saved) ? 'có công thức nhưng tệp không lưu kết quả: không đối chiếu được' : 'không có số để đối chiếu';
      return check;
    }
    const measure: Measure = teamSums ? 'votes' : measureOf(line, meaning);
    if (measure === null) {
      check.note = 'không rõ dòng này đếm gì: bỏ qua';
      return check;
    }
    const expectedAt = (i: number): number | null => {
      const id = ids[i] as string;
      if (teamSums) return teamSums[i] ?? null;
      if (counted === null) return null;
      if (measure === 'marks') return counted.marks[i] ?? null;
      if (measure === 'blanks') return counted.lines - (counted.marks[i] ?? 0);
      const v = votes.get(id);
      if (v === undefined || tally === null) return null;
      return measure === 'votes' ? v : percentHundredths(v, tally.base) / 100;
    };
    line.values.forEach((value, i) => {
      if (value === null || value.value === null) return;
      const expected = expectedAt(i);
      if (expected === null) return;
      check.compared++;
      const agrees = measure === 'percent' ? Math.abs(value.value - expected) < 0.006 || Math.abs(value.value * 100 - expected) < 0.006 : value.value === expected;
      if (!agrees) {
        check.disagreements++;
        problems.push(problem('warning', 'TOTALS_DISAGREE', placeName(block.sheet, value.cell), `bảng tính ghi ${value.value} (${MEASURE_WORDS[measure]}), chương trình đếm được ${expected}`));
      }
    });
    if (teamSums) compareFigures(block, line, check, problems);
    if (check.compared === 0 && check.note === null) check.note = tally === null && (measure === 'votes' || measure === 'percent') ? 'chưa đối chiếu được: cần biết số lượng cần bầu và nghĩa của dấu' : 'không có số để đối chiếu';
    return check;
  });
}

function hasFormula(values: readonly TotalsValue[]): boolean {
  return values.some((v) => v.formula !== null);
}

function compareFigures(block: Block, line: TotalsLine, check: TotalsCheck, problems: ImportProblem[]): void {
  for (const [figure, value] of Object.entries(line.figures) as [FigureKind, TotalsValue][]) {
    if (value.value === null) continue;
    const expected = block.teams.reduce((n, t) => n + (t.figures[figure] ?? 0), 0);
    check.compared++;
    if (value.value !== expected) {
      check.disagreements++;
      problems.push(problem('warning', 'TOTALS_DISAGREE', placeName(block.sheet, value.cell), `bảng tính ghi ${value.value}, cộng các tổ được ${expected}`));
    }
  }
}
