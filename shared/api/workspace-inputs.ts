import { z } from 'zod';
import { withoutLoneSurrogates } from '../text/normalize';
import { cleanText } from '../validation/fields';
import { importExcelInput } from './excel-inputs';
import { createCongressInput, importCongressFileInput } from './inputs';
import { loadSetupPackageInput } from './teams-inputs';

/** The congress files ("hồ sơ đại hội"): one SQLite file per congress. */
export const CONGRESS_FILE_EXTENSION = '.kiemphieu';

const fileName = z
  .string()
  .transform((s) => withoutLoneSurrogates(s).normalize('NFC').trim())
  .refine((s) => s.length > 0, { message: 'không được để trống' })
  .refine((s) => !/[\\/:*?"<>|\u0000-\u001f]/.test(s) || s.startsWith('/') || /^[A-Za-z]:\\/.test(s), { message: 'tên tệp không được chứa các ký tự \\ / : * ? " < > |' });

export const createCongressFileInput = z.object({ fileName, congress: createCongressInput });
export const openCongressFileInput = z.object({ path: z.string().min(1) });
export const saveCongressCopyInput = z.object({ fileName, operator: cleanText.optional() });

/** A new congress file made from a workbook (old tally sheet or our own) or from a congress file. */
export const createFileFromExcelInput = importExcelInput.extend({ newFileName: fileName });
export const createFileFromCongressFileInput = importCongressFileInput.extend({ newFileName: fileName });
/** At a station: a new congress file started from the chair's setup package. */
export const createFileFromSetupInput = loadSetupPackageInput.extend({ fileName });
