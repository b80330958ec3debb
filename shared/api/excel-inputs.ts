import { z } from 'zod';
import { CONGRESS_KINDS, OFFICES } from '../domain';
import { cleanText, positiveInt, requiredText } from '../validation/fields';

/**
 * The inputs of the Excel methods: reading an old workbook (preview, then import with the
 * user's corrections) and writing the secretariat's workbook.
 */
export const MARK_MEANINGS = ['struck', 'kept'] as const;
export const markMeaning = z.enum(MARK_MEANINGS);

/** What the user corrects for one table (an election) the preview found, keyed by its key. */
export const excelElectionCorrection = z.object({
  /** false: leave this table out of the import. */
  include: z.boolean().optional(),
  marks: markMeaning.optional(),
  seats: positiveInt.optional(),
  office: z.enum(OFFICES).optional(),
  title: requiredText.optional(),
});

const columnLetters = z.string().regex(/^[A-Za-z]{1,3}$/, { message: 'cột ghi bằng chữ, ví dụ B' });

export const excelImportOptions = z.object({
  /** Only this sheet. */
  sheet: z.string().min(1).optional(),
  /** What a mark in a candidate's cell means, where the sheet does not say. */
  marks: markMeaning.optional(),
  seats: positiveInt.optional(),
  summoned: positiveInt.optional(),
  kind: z.enum(CONGRESS_KINDS).optional(),
  congressName: requiredText.optional(),
  elections: z.record(z.string(), excelElectionCorrection).optional(),
  /** Where a sheet's header (the line of candidate names) is, when it was misread. */
  headers: z.array(z.object({ sheet: z.string().min(1), row: positiveInt.optional(), column: columnLetters.optional() })).optional(),
  /** Lines to leave out, named as the problems name them: row "17", or column "Q" in a transposed sheet. */
  skip: z.array(z.object({ sheet: z.string().min(1), line: z.string().regex(/^(\d{1,7}|[A-Za-z]{1,3})$/) })).optional(),
});
export type ExcelImportOptions = z.output<typeof excelImportOptions>;

/** The file: its bytes, or the bytes in base64 (what a browser sends over HTTP). */
export const excelFileData = z.union([z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'phải là nội dung tệp (bytes)' }), z.string().min(1)]);

export const previewExcelImportInput = z.object({
  data: excelFileData,
  fileName: cleanText.optional(),
  options: excelImportOptions.default({}),
});

export const importExcelInput = previewExcelImportInput.extend({ operator: cleanText.optional() });

export const exportWorkbookInput = z.object({ congressId: z.number().int().min(1) });
