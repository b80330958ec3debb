const MB = 2 ** 20;

/**
 * The limits a workbook is read within (issue 10, finding 7). Each is far above what a district's
 * tally workbook holds (a congress has a few hundred delegates; the bench imports a sheet of
 * 20,000 ballots over 60 names) and far below what would exhaust the memory or the user's
 * patience. Each is checked as the data streams, before the memory is spent: a workbook over any
 * of them is refused, naming the limit and the place, and nothing is imported.
 */
export const EXCEL_LIMITS = {
  /** Bytes one part (a sheet's XML, the shared strings, any other entry) may inflate to. The
   *  largest sheet that must import, 20,000 ballots × 60 names with a style on every cell, is
   *  about 50 MB. These parts are read as they are inflated: their size costs time, not memory. */
  partBytes: 128 * MB,
  /** Bytes a part read whole may inflate to: the workbook, its relationships, the styles (Excel's
   *  most cell formats, 64,000, make a styles part of about 15 MB). */
  wholePartBytes: 32 * MB,
  /** Bytes all the parts inflate to together, counted as they are inflated: a part read twice
   *  (two sheets may name one part) counts twice. The bench's workbook inflates to about 40 MB. */
  archiveBytes: 256 * MB,
  /** Entries in the archive: a workbook has about ten, and two or three more per sheet. */
  entries: 10_000,
  /** Characters in one cell, inline or shared string or formula: Excel's own limit. A district's
   *  tally sheet never holds more than a few thousand in a cell. */
  cellCharacters: 32_767,
  /** Bytes of one XML token (a tag, a run of text, a comment) held while the rest of it is
   *  inflated: the longest cell, each character written as an entity (8 bytes), is 256 KB. */
  tokenBytes: 1 * MB,
  /** Elements nested in one another: a sheet nests 6 deep, its extensions a few more. */
  xmlDepth: 128,
  /** Rows holding a cell × columns holding a cell, in one sheet: the grid the import walks. The
   *  bench's 20,000 ballots over 60 names (with the number, label and note columns) are
   *  1,240,000; one column per ballot, Excel's 16,384 columns over 60 names, about 1,050,000.
   *  What a cell costs (about 200 bytes read, a few hundred more if it is wrong) is held until
   *  the import ends. */
  sheetCells: 1_500_000,
  /** The same over all the sheets together. A shared string no cell uses is pointless, so this is
   *  also the most shared strings. */
  workbookCells: 2_000_000,
  /** Rows holding a cell, over all the sheets: each is a ballot, a team or a line the import
   *  reads and keeps (about a kilobyte each through the import). The bench has 20,000. */
  rows: 100_000,
  /** Problems of each kind (errors, warnings, notes) kept for one table: the preview shows 200 in
   *  all, and a sheet of a million wrong cells must not hold a million messages. One more says
   *  there are more; an error left out still stops the import. */
  problemsKept: 1_000,
  /** Merged ranges in one sheet: a tally sheet merges its titles, at most a note per ballot. */
  mergedRanges: 100_000,
  /** Cell formats, fonts and number formats each, in the styles: Excel keeps at most 64,000. */
  styles: 65_536,
  /** Sheets a workbook lists: a congress has a handful of elections, a sheet or a few each. */
  sheets: 250,
  /** Elections one import may make: a congress elects its committee, its delegates, a few more. */
  elections: 100,
} as const;

/** A workbook over one of the limits: refused as unreadable, the message naming the limit. */
export class ExcelLimitError extends Error {}

/** 2000000 → "2.000.000". */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function megabytes(bytes: number): string {
  return `${count(Math.round(bytes / MB))} MB`;
}

/** "PLACE: WHAT (giới hạn LIMIT)", the way the importer names places. */
export function overLimit(place: string, what: string, limit: string): ExcelLimitError {
  return new ExcelLimitError(`${place}: ${what} (giới hạn ${limit})`);
}

/** A cell, or a shared string, longer than a cell may be. */
export function cellTooLong(place: string): ExcelLimitError {
  const limit = count(EXCEL_LIMITS.cellCharacters);
  return overLimit(place, `ô dài hơn ${limit} ký tự`, `${limit} ký tự một ô`);
}

/** Why an import of this many tables (each an election) is refused; null within the limit. */
export function tooManyElections(tables: number): string | null {
  if (tables <= EXCEL_LIMITS.elections) return null;
  return `có ${count(tables)} bảng để nhập thành cuộc bầu (giới hạn ${count(EXCEL_LIMITS.elections)} cuộc bầu một lần nhập)`;
}
