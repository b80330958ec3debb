import { z } from 'zod';
import { parseIsoDate } from '../format/date';
import { normalizeText } from '../text/normalize';

/** Field schemas shared by the congress file and the api: one definition of each constraint. */
export const nonNegativeInt = z.number().int().min(0);
export const positiveInt = z.number().int().min(1);

/** The largest body a congress votes the size of (the Central Committee has about 200). */
export const MAX_APPROVED_SEATS = 1000;
/** The size of the body the congress voted (số lượng đại hội biểu quyết); never fewer than the seats voted now. */
export const approvedSeats = z.number().int().min(1).max(MAX_APPROVED_SEATS, { message: `không quá ${MAX_APPROVED_SEATS}` });
/** The number of a committee's meeting in its term ("Hội nghị lần thứ 2"). */
export const meetingNumber = z.number().int().min(1).max(999, { message: 'không quá 999' });

/** The size voted cannot be fewer than the seats elected now. */
export function approvedBelowSeats(seats: number, approved: number | null | undefined): string | null {
  return approved != null && approved < seats ? `số lượng đã biểu quyết (${approved}) không thể nhỏ hơn số lượng cần bầu (${seats})` : null;
}

/** Free text from outside, normalized to NFC with spaces cleaned; may be empty. */
export const cleanText = z.string().max(2000).transform(normalizeText);

/** Text that must say something once cleaned (a name, a title, a reason). */
export const requiredText = z
  .string()
  .max(500)
  .transform(normalizeText)
  .refine((text) => text.length > 0, { message: 'không được để trống' });

/** A day of the calendar (2024-02-29 yes, 2025-02-30 no), written NNNN-TT-NN. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'phải là ngày dạng NNNN-TT-NN, ví dụ 2025-04-14' }).refine((text) => parseIsoDate(text) !== null, { message: 'không phải là ngày có thật' });

export const birthYear = z.number().int().min(1900).max(2100);

/** Genders as written in the lists; "Nam"/"Nữ"/"nu" all read. */
export const gender = z
  .string()
  .transform((text) => normalizeText(text).toLocaleLowerCase('vi'))
  .pipe(z.enum(['nam', 'nữ', 'nu']))
  .transform((g) => (g === 'nu' ? 'nữ' : g));

/** Present at the vote cannot exceed those summoned (RULES R2); null when unknown. */
export function presentExceedsSummoned(summoned: number, present: number | null | undefined): string | null {
  return present != null && present > summoned ? `số có mặt (${present}) không thể lớn hơn số được triệu tập (${summoned})` : null;
}

/** Ballots returned cannot exceed ballots issued (RULES R4.2), when both are typed. */
export function returnedExceedsIssued(issued: number | null | undefined, returned: number | null | undefined): string | null {
  return issued != null && returned != null && returned > issued ? `số phiếu thu vào (${returned}) không thể lớn hơn số phiếu phát ra (${issued})` : null;
}

/** An identifier inside a file: a short string without surrounding spaces. */
export const identifier = z.string().min(1).max(100).regex(/^\S(.*\S)?$/, { message: 'không được có khoảng trắng ở đầu hay cuối' });
