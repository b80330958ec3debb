import { ERROR_CODES, type ErrorCode } from '../api/errors';
import type { CongressFile, ElectionInFile } from './schema';

/**
 * Why an election of a congress file takes no more ballots or decisions (merge, scans, review,
 * lock): locked, paused, voided, or a round that has a next round. One rule for every command.
 */
export function frozenElection(election: ElectionInFile, file: CongressFile): { code: ErrorCode; reason: string } | null {
  if (election.status === 'locked' || election.lock) return { code: ERROR_CODES.electionLocked, reason: `cuộc bầu đã chốt kết quả${election.lock ? ` lúc ${election.lock.at} (mã kiểm tra ${election.lock.fingerprint})` : ''}` };
  if (election.status === 'paused') return { code: ERROR_CODES.electionPaused, reason: 'cuộc bầu đang tạm dừng' };
  if (election.voided) return { code: ERROR_CODES.roundVoided, reason: `vòng bầu đã bị hủy (${election.voided.reason}): phải bầu lại vòng này` };
  if (file.elections.some((e) => e.continues === election.id && e.voided === undefined)) return { code: ERROR_CODES.roundFinished, reason: 'vòng bầu đã kết thúc (đã có vòng bầu tiếp theo)' };
  return null;
}
