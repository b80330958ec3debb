import type { CongressKind, Office } from '../domain';
import type { LegacyEncoding } from '../text/legacy-encodings';
import type { MARK_MEANINGS } from './excel-inputs';

/**
 * What the api shows of a workbook before importing it (src-main/excel reads it): the sheets and
 * their tables, the candidates with their converted names, what a mark means and where that came
 * from, the problems with their places, and the questions only the user can answer.
 */

/** What a mark in a candidate's cell means for the whole sheet: the name was struck, or kept. */
export type MarkMeaning = (typeof MARK_MEANINGS)[number];

export type BlockKind = 'ballots' | 'teams' | 'candidates';

/**
 * What the importer found wrong or worth saying, each naming its place (`Sheet "BCH", ô D17`).
 * Errors stop the import unless the user skips the named line; warnings and notes are shown in
 * the preview and never stop anything.
 */
export interface ImportProblem {
  severity: 'error' | 'warning' | 'info';
  code: string;
  /** `Sheet "BCH", ô D17`, or `Sheet "BCH", dòng 17`. */
  place: string;
  /** The whole sentence: place, then what is wrong and what was expected. */
  message: string;
  /** The line that can be skipped to get past an error: `{ sheet: "BCH", line: "17" }`. */
  line?: { sheet: string; line: string };
}

/** A value the import will use, and what it came from: an option, the sheet, a default. */
export interface Stated<T> {
  value: T;
  source: string;
}

/** What must be answered before importing: the option to give, and why. */
export interface ImportQuestion {
  option: 'marks' | 'seats' | 'summoned';
  /** The election it concerns (its key), or none for the congress. */
  election: string | null;
  message: string;
}

export interface CongressDraft {
  name: Stated<string>;
  organization: string | null;
  term: string | null;
  date: string | null;
  kind: Stated<CongressKind>;
  summoned: Stated<number | null>;
  present: number | null;
}

/** What a totals line of the workbook was checked against. */
export interface TotalsCheck {
  place: string;
  label: string;
  /** Cells whose saved value was compared with our count. */
  compared: number;
  disagreements: number;
  /** Why nothing was compared, when nothing was. */
  note: string | null;
}

export interface PreviewCandidate {
  id: string;
  name: string;
  /** The characters stored in the file, when the name was converted from a legacy encoding. */
  original: string | null;
  encoding: LegacyEncoding | null;
  /** How the encoding was told: "font", "text" or "context". */
  encodingSource: string | null;
  place: string;
}

export interface PreviewElection {
  key: string;
  sheet: string;
  table: BlockKind;
  transposed: boolean;
  header: string;
  include: boolean;
  id: string;
  title: Stated<string>;
  office: Stated<Office>;
  seats: Stated<number | null>;
  marks: { meaning: MarkMeaning | null; label: string | null; source: string; symbols: { symbol: string; count: number }[] };
  candidates: PreviewCandidate[];
  candidateDetailsFrom: string | null;
  ballots: number;
  teams: string[];
  skippedLines: string[];
  totals: TotalsCheck[];
  /** What the tally gives, when everything needed is known. */
  result: { valid: number; invalid: number; candidates: { id: string; name: string; votes: number; percent: string; status: string }[] } | null;
}

/** What was understood of a workbook, for the user to check and correct before importing. */
export interface ExcelPreview {
  fileName: string | null;
  source: 'legacy' | 'kiem-phieu';
  sheets: { name: string; hidden: boolean; read: string }[];
  congress: CongressDraft;
  elections: PreviewElection[];
  /** Cells converted from TCVN3 or VNI. */
  legacyText: { cells: number; encodings: LegacyEncoding[] };
  /** Errors first, then warnings, then notes; the first 200 (a sheet of 20,000 bad rows would
   *  otherwise make a preview of 20,000 lines). `errors` and `warnings` count them all. */
  problems: ImportProblem[];
  problemsLeftOut: number;
  errors: number;
  warnings: number;
  questions: ImportQuestion[];
  /** Nothing stands in the way of importing. */
  ready: boolean;
}
