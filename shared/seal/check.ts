import type { CongressInfo, ElectionInFile, ElectionLock } from '../congress-file/schema';
import { SEAL_PARTS, type SealPart } from './canonical';
import { isOldCode, sealCodeOf, sealOf } from './seal';

/** Each part as a message names it. */
export const SEAL_PART_WORDS: Record<SealPart | 'auditHead', string> = {
  congress: 'thông tin đại hội (tên, nơi họp, ngày, loại, số triệu tập, vắng mặt, ban kiểm phiếu)',
  election: 'thông tin cuộc bầu (tên, chức danh, số cần bầu, số đã duyệt, vòng, vòng tiếp theo, hủy vòng)',
  list: 'danh sách bầu cử',
  ballots: 'phiếu bầu',
  totals: 'số liệu của các tổ kiểm phiếu',
  scans: 'bản ghi phiếu quét',
  auditHead: 'mã nhật ký lúc chốt',
};

/** How the lock of an election stands against its data now. */
export type SealVerdict =
  | { state: 'sealed'; code: string }
  /** The data no longer gives the sealed code: `parts` names what differs (empty when the lock's own digests were altered). */
  | { state: 'broken'; sealed: string; now: string; parts: (SealPart | 'auditHead')[] }
  /** Locked before the seal existed: a 48-bit code that proves nothing; no official paper until sealed anew. */
  | { state: 'old'; sealed: string; now: string };

/** Checks a lock against the election's data now: the one check of every reader (`ballots`: see sealDigests). */
export function checkSeal(congress: CongressInfo, election: ElectionInFile, lock: ElectionLock, ballots?: string): SealVerdict {
  const now = sealOf(congress, election, lock.auditHead, ballots);
  if (isOldCode(lock.fingerprint)) return { state: 'old', sealed: lock.fingerprint, now: now.code };
  if (now.code === lock.fingerprint) return { state: 'sealed', code: now.code };
  const kept = lock.digests;
  // The lock's digests name the part only when they are the ones its code sealed.
  if (!kept || sealCodeOf(kept, lock.auditHead) !== lock.fingerprint) return { state: 'broken', sealed: lock.fingerprint, now: now.code, parts: [] };
  const parts = SEAL_PARTS.filter((part) => kept[part] !== now.digests[part]);
  return { state: 'broken', sealed: lock.fingerprint, now: now.code, parts: parts.length > 0 ? parts : ['auditHead'] };
}

/** The sentence saying what differs, for an election's message. */
export function sealBrokenWords(verdict: Exclude<SealVerdict, { state: 'sealed' }>): string {
  if (verdict.state === 'old') {
    return `được chốt bằng mã kiểm tra cũ ${verdict.sealed} (48 bit, không đủ để ràng buộc số liệu): không in giấy tờ chính thức cho đến khi chủ tịch đoàn mở khóa và chốt lại để có con dấu số mới`;
  }
  const what = verdict.parts.length > 0 ? verdict.parts.map((p) => SEAL_PART_WORDS[p]).join('; ') : 'các mã thành phần ghi trong phần chốt cũng đã bị sửa';
  return `con dấu số lúc chốt là ${verdict.sealed} nhưng số liệu hiện nay cho ${verdict.now}: đã bị sửa sau khi chốt — ${what}`;
}
