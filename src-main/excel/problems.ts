import type { ImportProblem } from '../../shared/api/excel-preview';

export type { ImportProblem };

export function problem(severity: ImportProblem['severity'], code: string, place: string, what: string, line?: ImportProblem['line']): ImportProblem {
  return { severity, code, place, message: `${place}: ${what}`, ...(line ? { line } : {}) };
}
