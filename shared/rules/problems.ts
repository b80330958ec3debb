/** A finding of the checks of RULES R1, R4 and R7. Errors block the lock; warnings are shown. */
export type Severity = 'error' | 'warning';

export interface Problem {
  code: string;
  severity: Severity;
  message: string;
  /** The counting team the problem concerns, when it concerns one. */
  team?: string;
}

export function problem(code: string, severity: Severity, message: string, team?: string): Problem {
  return team === undefined ? { code, severity, message } : { code, severity, message, team };
}
