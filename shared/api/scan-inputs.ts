import { z } from 'zod';
import { MARKS, OPERATOR_RULINGS } from '../domain';
import { SAME_PAPER_ANSWERS } from '../scan/resemblance';
import { cleanText, identifier, requiredText } from '../validation/fields';

/** The inputs of the scanning methods (issue 12); the renderer checks its forms with the same schemas. */

const id = z.number().int().min(1);
const operator = cleanText.optional();

/** The images not yet taken from a folder the scanner software writes into, at most `limit` a call. */
export const scanFolderInput = z.object({
  electionId: id,
  folder: z.string().trim().min(1, { message: 'hãy chọn thư mục máy quét lưu ảnh' }),
  limit: z.number().int().min(1).max(200).optional(),
  /** The counting team of the session: the ballots counted are that team's, as when typed. */
  teamId: id.nullish(),
  operator,
});

export const listScansInput = z.object({ electionId: id });
/** A folder to look into when choosing the scanner's folder; none: the folder of the open congress file. */
export const browseFoldersInput = z.object({ path: z.string().trim().min(1).max(4096).optional() });
export const scanIdInput = z.object({ scanId: id });

/**
 * What a person decided for a scanned ballot, with the entry screen's words: the names struck (or
 * kept) for format A, the marks for format B, or an invalid-ballot ruling.
 */
export const confirmScanInput = z.object({
  scanId: id,
  kept: z.array(identifier).optional(),
  struck: z.array(identifier).optional(),
  marks: z.record(identifier, z.enum(MARKS)).optional(),
  invalid: z.enum(OPERATOR_RULINGS).optional(),
  note: cleanText.optional(),
  teamId: id.nullish(),
  operator,
});

/** A person's answer for a paper that looks the same as an earlier one ("cùng một tờ phiếu?"). */
export const decideSamePaperInput = z.object({
  scanId: id,
  answer: z.enum(SAME_PAPER_ANSWERS),
  teamId: id.nullish(),
  operator,
});

/** Issue 17, item 8: the rows of some candidates on the scanned papers of an election, a page at a time. */
export const secondLookCropsInput = z.object({
  electionId: id,
  candidateIds: z.array(identifier).min(1).max(20),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(100).default(24),
});

/** The committee looked at the rows of the close candidates on every scanned paper: all as counted, or these papers not. */
export const recordMarginCheckInput = z.object({ electionId: id, wrong: z.array(z.number().int().min(1)).max(10_000).default([]), operator });

/** The number drawn in the hall, as typed (digits), and how many papers to draw. */
const drawn = z.string().trim().regex(/^[\d\s.]{1,20}$/, { message: 'gõ số bốc thăm tại hội trường (chỉ gồm chữ số)' });
export const spotCheckDrawInput = z.object({ electionId: id, seed: drawn, count: z.number().int().min(1).max(100).default(5) });
export const recordSpotCheckInput = z.object({
  electionId: id,
  seed: drawn,
  count: z.number().int().min(1).max(100).default(5),
  papers: z.array(z.object({ number: z.number().int().min(1), agrees: z.boolean() })).min(1).max(100),
  operator,
});

/** A scanned image a person sets aside: it is not a ballot to count (a reason is required). */
export const setAsideScanInput = z.object({
  scanId: id,
  reason: requiredText,
  operator,
});
