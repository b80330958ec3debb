import { ERROR_CODES, type ErrorCode } from '../api/errors';
import { fail, ok, type Result } from '../result';
import type { CongressFile, ElectionInFile } from './schema';

/**
 * Why an election of a congress file takes no more ballots or decisions (merge, scans, review,
 * lock): locked, paused, voided, or a round that has a next round. One rule for every command.
 */
export function frozenElection(election: ElectionInFile, file: CongressFile): { code: ErrorCode; reason: string } | null {
  if (election.status === 'locked' || election.lock) return { code: ERROR_CODES.electionLocked, reason: `cuộc bầu đã chốt kết quả${election.lock ? ` lúc ${election.lock.at} (con dấu số ${election.lock.fingerprint})` : ''}` };
  if (election.status === 'paused') return { code: ERROR_CODES.electionPaused, reason: 'cuộc bầu đang tạm dừng' };
  if (election.voided) return { code: ERROR_CODES.roundVoided, reason: `vòng bầu đã bị hủy${election.voided.reason ? ` (${election.voided.reason})` : ''}: phải bầu lại vòng này` };
  if (file.elections.some((e) => e.continues === election.id && e.voided === undefined)) return { code: ERROR_CODES.roundFinished, reason: 'vòng bầu đã kết thúc (đã có vòng bầu tiếp theo)' };
  return null;
}

/** The index of the election ballots may be counted into: found, and not frozen. */
export function editableElectionIndex(file: CongressFile, electionId: string): Result<number> {
  const index = file.elections.findIndex((e) => e.id === electionId);
  const election = file.elections[index];
  if (election === undefined) return fail(ERROR_CODES.notFound, `Không có cuộc bầu "${electionId}" trong tệp (có: ${file.elections.map((e) => e.id).join(', ')})`, 'election');
  const frozen = frozenElection(election, file);
  if (frozen) return fail(frozen.code, `Cuộc bầu "${election.id}"${election.title ? ` (${election.title})` : ''}: ${frozen.reason}; không thể tính thêm, xác nhận hay sửa phiếu`, 'election');
  return ok(index);
}
