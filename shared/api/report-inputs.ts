import { z } from 'zod';
import { LOCAL_DATE_TIME_EXPECTED, parseLocalDateTime } from '../format/date';
import { cleanText, positiveInt, requiredText } from '../validation/fields';

/** Inputs of the printed papers (issue 5): the minutes, the summary and the ballot paper. */
const rehearsal = z.boolean().optional();

/** A title of one line, or several ("T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN"), and the names signing under it. */
export const signatureBlockSchema = z.object({ title: z.union([requiredText, z.array(requiredText).min(1).max(3)]), names: z.array(requiredText).max(20).optional() });

/** The wall-clock time the minutes were closed, "2025-06-20T10:45". */
export const localDateTimeText = z.string().refine((text) => parseLocalDateTime(text) !== null, { message: LOCAL_DATE_TIME_EXPECTED });

export const minutesPdfInput = z.object({
  electionId: positiveInt,
  rehearsal,
  countsInWords: z.boolean().optional(),
  /** As the committee typed it; absent or null leaves dotted lines to write it by hand. */
  closedAt: localDateTimeText.nullish(),
  signatures: z.array(signatureBlockSchema).max(12).optional(),
});

export const summaryPdfInput = z.object({ congressId: positiveInt, rehearsal });

export const BALLOTS_PER_PAGE = [1, 2, 4] as const;
/** The first print of an election's papers is recorded (RULES R1, "the paper as printed"), with who printed them. */
export const ballotPaperPdfInput = z.object({ electionId: positiveInt, perPage: z.union([z.literal(1), z.literal(2), z.literal(4)]).optional(), operator: cleanText.optional() });

/** "In lại phiếu: lần in mới": the papers printed before may not be counted; the list is numbered again without the withdrawn names. */
export const reprintBallotsInput = z.object({ electionId: positiveInt, reason: cleanText.optional(), operator: cleanText.optional() });
