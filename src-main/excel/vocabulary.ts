import type { InvalidReason } from '../../shared/domain';
import { normalizeText } from '../../shared/text/normalize';

/**
 * The words of old tally sheets, matched as people write them: any case, with or without
 * diacritics ("Số phiếu", "SO PHIEU"), extra spaces and trailing colons.
 */
export function fold(text: string): string {
  return normalizeText(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[:.]+$/, '')
    .trim();
}

/** What a header cell of the name line (or of a position beside it) announces. */
export type HeaderKind = 'number' | 'name' | 'team' | 'note' | 'validity' | 'invalidity' | 'count' | 'total' | 'birth' | 'gender' | 'male' | 'female' | 'position' | 'unit';

const HEADER_PATTERNS: ReadonlyArray<readonly [HeaderKind, RegExp]> = [
  ['number', /^(stt|tt|so tt|so thu tu|thu tu|so phieu|phieu so|so hieu phieu|ma phieu|so to phieu|phieu)$/],
  ['name', /^(ho (va )?ten( (ung cu vien|dai bieu|nguoi ung cu|dong chi|nguoi duoc gioi thieu))?|ho va ten dem|ho dem|ho|ten|ung cu vien)$/],
  ['team', /^(to|to kiem phieu|to so|hom|hom phieu|hom so|nhom)$/],
  ['note', /^(ghi chu|ly do|ly do khong hop le|noi dung|ghi chu \/ ly do)$/],
  ['invalidity', /^(khong hop le|phieu khong hop le|khl|phieu hong)$/],
  ['validity', /^(hop le|phieu hop le|hl|tinh hop le|hop le\/khong hop le|hl\/khl|ket qua|danh gia)$/],
  ['count', /^(so (nguoi|ten|dong chi) (bau|duoc bau|giu lai|bi gach|gach|dong y)|so luong (bau|gach)|so ten)$/],
  ['total', /^(cong|tong|tong cong|tong so|tong hop|tong so phieu|cong chung)$/],
  ['birth', /^(nam sinh|ngay sinh|ngay thang nam sinh|ngay, thang, nam sinh|sinh nam)$/],
  ['gender', /^(gioi tinh|nam\/nu|nam, nu|gioi)$/],
  ['male', /^nam$/],
  ['female', /^nu$/],
  ['position', /^(chuc vu|chuc vu, don vi( cong tac)?|chuc vu - don vi( cong tac)?|chuc danh|chuc vu hien nay|chuc vu, noi cong tac|nghe nghiep, chuc vu)$/],
  ['unit', /^(don vi|don vi cong tac|noi cong tac|co quan|chi bo|dang bo)$/],
];

export function headerKind(text: string): HeaderKind | null {
  const folded = fold(text);
  if (folded === '') return null;
  for (const [kind, pattern] of HEADER_PATTERNS) if (pattern.test(folded)) return kind;
  return null;
}

/** The figures of a counting team (layout B): rows or columns with these labels. */
export type FigureKind = 'issued' | 'returned' | 'valid' | 'invalid' | 'present';

const FIGURE_PATTERNS: ReadonlyArray<readonly [FigureKind, RegExp]> = [
  ['issued', /^(so )?phieu phat ra$|^phat ra$|^so phieu phat ra$/],
  ['returned', /^(so )?phieu thu (vao|ve)$|^thu (vao|ve)$/],
  ['invalid', /^(so )?phieu khong hop le$|^khong hop le$|^khl$/],
  ['valid', /^(so )?phieu hop le$|^hop le$/],
  ['present', /^(so )?(dai bieu|dang vien|nguoi) co mat$/],
];

export function figureKind(text: string): FigureKind | null {
  const folded = fold(text).replace(/^[-+•*\s]+/, '');
  for (const [kind, pattern] of FIGURE_PATTERNS) if (pattern.test(folded)) return kind;
  return null;
}

/** An invalid reason named in a breakdown row ("- Gạch hết tên: 1"); operator rulings included. */
export function invalidReasonOfLabel(text: string): InvalidReason | null {
  const folded = fold(text).replace(/^[-+•*\s]+|^trong do:?\s*/g, '');
  if (/gach het|khong bau ai|khong bau (cho )?(ai|nguoi nao)|bo trong/.test(folded)) return 'NONE_KEPT';
  if (/qua so luong|nhieu hon so luong|vuot so luong|bau thua|bau qua/.test(folded)) return 'OVER_N';
  if (/ghi them ten|them ten|viet them ten/.test(folded)) return 'WRITE_IN';
  if (/ky ten|danh dau|ky hieu|viet them|ghi them/.test(folded)) return 'MARKED_SIGNED';
  if (/khong (co )?(dau|dong dau)|khong do ban|khong phai phieu|phieu la/.test(folded)) return 'NOT_ISSUED';
  return null;
}

/** "Tổ 1", "TỔ KIỂM PHIẾU SỐ 2", "Hòm phiếu 3": a team or a ballot box. */
export function teamLabel(text: string): string | null {
  const folded = fold(text);
  if (!/^(to|to kiem phieu|hom|hom phieu|nhom)( so)?\s*[\w-]{1,12}$/.test(folded)) return null;
  return normalizeText(text).replace(/[:.]+$/, '');
}

/** Totals rows (and columns) at the bottom: sums, counts, percentages, the elected. */
export function totalsLabel(text: string): boolean {
  const folded = fold(text);
  return /^(tong|cong|so lan|so phieu|so luong|ty le|ti le|trung cu|ket qua|so nguoi|so ten|% |phan tram|xep thu|dat)/.test(folded) && headerKind(text) !== 'number';
}

/** Titles and the names of organisations: never a person's name. */
const NOT_A_PERSON = /^(bau |kiem phieu|dang bo|dang uy|chi bo|chi uy|dai hoi|ban (chap|thuong|kiem|to chuc|bau)|bang (kiem|tong|ket)|danh sach|tong hop|ket qua|bien ban|cong hoa|dang cong san|doc lap|uy ban|hoi dong|phieu|ghi chu|nhiem ky|thu ky|truong ban|chu tich|bi thu|pho bi thu|nguoi lap|xac nhan|hop le|khong hop le|trung cu)/;

/** A person's name, in a header ("Nguyễn Văn An", "1. Nguyễn Văn An", "NGUYỄN VĂN AN"), with the
 *  number written before it; null when the text is not a name. */
export function personName(text: string): { name: string; number: number | null } | null {
  const clean = normalizeText(text);
  const numbered = /^(\d{1,3})\s*[.)/:-]\s*(.+)$/.exec(clean);
  const name = numbered ? (numbered[2] as string).trim() : clean;
  if (name.length < 3 || name.length > 60) return null;
  const words = name.split(' ');
  if (words.length < 2 || words.length > 7) return null;
  if (!words.every((word) => /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(word) && word.length <= 12)) return null;
  const folded = fold(name);
  if (NOT_A_PERSON.test(folded) || headerKind(name) !== null || figureKind(name) !== null || teamLabel(name) !== null) return null;
  return { name, number: numbered ? Number(numbered[1]) : null };
}
