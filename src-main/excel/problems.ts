import type { ImportProblem } from '../../shared/api/excel-preview';
import { count, EXCEL_LIMITS } from './limits';

export type { ImportProblem };

export function problem(severity: ImportProblem['severity'], code: string, place: string, what: string, line?: ImportProblem['line']): ImportProblem {
  return { severity, code, place, message: `${place}: ${what}`, ...(line ? { line } : {}) };
}

const WORDS = { error: 'lỗi', warning: 'cảnh báo', info: 'ghi chú' } as const;

/**
 * The problems of one table, at most `problemsKept` (limits.ts) of each severity; past that, one
 * more of the same severity says there are more, so that an error left out still stops the import.
 */
export class TableProblems {
  readonly list: ImportProblem[] = [];
  private readonly kept = { error: 0, warning: 0, info: 0 };

  add(p: ImportProblem): void {
    const kept = this.kept[p.severity]++;
    if (kept < EXCEL_LIMITS.problemsKept) this.list.push(p);
    else if (kept === EXCEL_LIMITS.problemsKept) {
      const word = WORDS[p.severity];
      this.list.push(problem(p.severity, 'MORE_PROBLEMS', p.place, `từ đây còn ${word} nữa, không liệt kê (mỗi bảng chỉ liệt kê ${count(EXCEL_LIMITS.problemsKept)} ${word} đầu)`, p.line));
    }
  }
}
