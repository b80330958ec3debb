import { INVALID_REASON_LABELS } from '../domain';
import type { Verdict } from '../rules/validity';

export function verdictText(verdict: Verdict): string {
  return verdict.valid ? 'HỢP LỆ' : `KHÔNG HỢP LỆ: ${INVALID_REASON_LABELS[verdict.reason]}`;
}
