import type { Office } from '../../shared/domain';
import type { LegacyEncoding } from '../../shared/text/legacy-encodings';
import type { BlockKind } from './blocks';
import type { TotalsCheck } from './compare-totals';
import type { CongressDraft, ImportQuestion, Stated } from './drafts';
import type { MarkMeaning } from './marks';
import type { ImportProblem } from './problems';

/** What a preview of a workbook shows, whether an old tally sheet (preview.ts) or a workbook this
 *  program exported (own-workbook/read-own-workbook.ts) was read. */
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
