import { titleWithRound } from '../../shared/minutes/wording';
import type { ElectionSummary } from '../api/types';

/** An election as the header names it: its title and round, and its state when it takes no ballots. */
export function electionLabel(e: ElectionSummary): string {
  return `${titleWithRound(e)}${e.voided ? ' — đã hủy, phải bầu lại' : e.status === 'locked' ? ' — đã chốt' : e.status === 'paused' ? ' — tạm dừng' : ''}`;
}
