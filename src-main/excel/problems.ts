/**
 * What the importer found wrong or worth saying, each naming its place (`Sheet "BCH", ô D17`).
 * Errors stop the import unless the user skips the named line; warnings and notes are shown in
 * the preview and never stop anything.
 */
export interface ImportProblem {
  severity: 'error' | 'warning' | 'info';
  code: string;
  /** `Sheet "BCH", ô D17`, or `Sheet "BCH", dòng 17`. */
  place: string;
  /** The whole sentence: place, then what is wrong and what was expected. */
  message: string;
  /** The line that can be skipped to get past an error: `{ sheet: "BCH", line: "17" }`. */
  line?: { sheet: string; line: string };
}

export function problem(severity: ImportProblem['severity'], code: string, place: string, what: string, line?: ImportProblem['line']): ImportProblem {
  return { severity, code, place, message: `${place}: ${what}`, ...(line ? { line } : {}) };
}
