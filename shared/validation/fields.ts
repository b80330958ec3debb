import { z } from 'zod';
import { parseIsoDate } from '../format/date';
import { MAX_SEATS, MAX_SUMMONED } from '../limits';
import { isCleanIdentifier, normalizeText } from '../text/normalize';

/** Field schemas shared by the congress file and the api: one definition of each constraint. */
export const nonNegativeInt = z.number().int().min(0);
export const positiveInt = z.number().int().min(1);

/** The largest body a congress votes the size of (shared/limits.ts). */
export const MAX_APPROVED_SEATS = MAX_SEATS;
/** The size of the body the congress voted (số lượng đại hội biểu quyết); never fewer than the seats voted now. */
export const approvedSeats = z.number().int().min(1).max(MAX_APPROVED_SEATS);
/** Seats voted in one election (N ≥ 1), bounded (shared/limits.ts). */
export const seatsCount = positiveInt.max(MAX_SEATS);
/** A number of people or papers (summoned, present, an exclusion, issued, returned, a team's figure), bounded (shared/limits.ts). */
export const peopleCount = nonNegativeInt.max(MAX_SUMMONED);
/** The same, at least 1 (summoned, a base, a stack's count). */
export const positivePeopleCount = positiveInt.max(MAX_SUMMONED);
/** The number of a committee's meeting in its term ("Hội nghị lần thứ 2"). */
export const meetingNumber = z.number().int().min(1).max(999, { message: 'không quá 999' });

/** The size voted cannot be fewer than the seats elected now. */
export function approvedBelowSeats(seats: number, approved: number | null | undefined): string | null {
  return approved != null && approved < seats ? `số lượng đã biểu quyết (${approved}) không thể nhỏ hơn số lượng cần bầu (${seats})` : null;
}

/**
 * Text from outside is cleaned first (normalize.ts: U+0000 and other control characters, lone
 * surrogates and invisible characters removed, NFC, spaces), then validated as it will be stored:
 * nothing that would break a file, a paper or an answer reaches the checks, let alone the data
 * (issue 20, finding 7). Far longer text is refused before it is cleaned.
 */
const rawText = z.string().max(20_000);

/** Free text from outside, cleaned; may be empty. */
export const cleanText = rawText.transform(normalizeText).pipe(z.string().max(2000));

/** Text that must say something once cleaned (a name, a title, a reason). */
export const requiredText = rawText.transform(normalizeText).pipe(z.string().min(1, { message: 'không được để trống' }).max(500));

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
export const identifier = z
  .string()
  .min(1)
  .max(100)
  .regex(/^\S(.*\S)?$/, { message: 'không được có khoảng trắng ở đầu hay cuối' })
  .refine(isCleanIdentifier, { message: 'có ký tự điều khiển hoặc ký tự Unicode không hợp lệ' });
