import { INVALID_REASON_LABELS } from '../../../shared/domain';
import type { Verdict } from '../../../shared/rules/validity';

export function verdictText(verdict: Verdict): string {
  return verdict.valid ? 'HỢP LỆ' : `KHÔNG HỢP LỆ: ${INVALID_REASON_LABELS[verdict.reason]}`;
}
