import type { OperatorRuling } from '../../shared/domain';
import { fold } from './vocabulary';

/**
 * What a note beside a ballot says (RULES R3): an operator's ruling the note names, a plain
 * "invalid" whose reason the marks may already give, a format-B paper with both boxes or none,
 * an explicit "valid", or nothing known.
 */
export type NoteReading =
  | { kind: 'ruling'; ruling: OperatorRuling }
  | { kind: 'invalid' }
  | { kind: 'both' }
  | { kind: 'none' }
  | { kind: 'valid' }
  | { kind: 'unknown' };

export function readNote(text: string): NoteReading {
  const folded = fold(text);
  if (folded === '') return { kind: 'unknown' };
  if (/ghi them (ten|nguoi|ho ten)|viet them (ten|nguoi)|bau them (ten|nguoi)|them ten/.test(folded)) return { kind: 'ruling', ruling: 'WRITE_IN' };
  if (/khong (co )?(dau|dong dau|dau cua)|khong do ban|khong phai phieu|phieu la|khong phat ra|phieu ngoai|khong hop thuc/.test(folded)) return { kind: 'ruling', ruling: 'NOT_ISSUED' };
  if (/ky ten|chu ky|co ky|danh dau rieng|ky hieu|dau hieu|viet them|ghi them|viet chu|ghi chu len|danh dau them/.test(folded)) return { kind: 'ruling', ruling: 'MARKED_SIGNED' };
  if (/ca hai|ca 2|danh ca|ca dong y (va|lan) khong/.test(folded)) return { kind: 'both' };
  if (/khong danh dau|de trong|bo trong/.test(folded)) return { kind: 'none' };
  if (/^khl\b|khong hop le|phieu hong|huy bo|^huy$|khong tinh|bi loai|^loai$/.test(folded)) return { kind: 'invalid' };
  if (/^(hl|hop le|phieu hop le|tot)$/.test(folded)) return { kind: 'valid' };
  return { kind: 'unknown' };
}

/** A validity column ("Hợp lệ" or "Không hợp lệ"): whether its cell says the ballot is invalid. */
export function readValidityCell(text: string, header: 'validity' | 'invalidity'): 'valid' | 'invalid' | null {
  const folded = fold(text);
  if (folded === '') return null;
  const negative = /^(0|khong|khl|k|no|sai|khong hop le|hong)$/.test(folded);
  const positive = /^(1|x|co|c|v|hl|hop le|dung|✓|✔)$/.test(folded);
  if (!negative && !positive) {
    const note = readNote(text);
    if (note.kind === 'valid') return 'valid';
    return note.kind === 'unknown' ? null : 'invalid';
  }
  if (header === 'validity') return positive ? 'valid' : 'invalid';
  return positive ? 'invalid' : 'valid';
}
