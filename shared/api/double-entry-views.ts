import type { Verdict } from '../rules/validity';
import type { BallotEntryLike } from '../validation/ballot-entry';
import type { BatchReadingRow, BatchRow } from './records';

/** What double entry (two operators, one stack of ballots) shows of a stack and its readings. */

/** A stack, with how far each pass has gone and, once both are finished, how many papers differ. */
export interface BatchSummary extends BatchRow {
  pass1Entered: number;
  pass2Entered: number;
  compared: boolean;
  differences: number | null;
  unresolved: number | null;
}

/** One paper as one pass read it (pass 3: as the difference was settled). */
export interface ReadingView extends BallotEntryLike {
  position: number;
  pass: BatchReadingRow['pass'];
  /** The reading as typed on the entry screen. */
  text: string;
  verdict: Verdict;
  operator: string;
  enteredAt: string;
  resolution: BatchReadingRow['resolution'];
}

/** One operator's own pass: the other pass stays unseen until both are finished. */
export interface BatchPassView {
  batch: BatchSummary;
  readings: ReadingView[];
}

export interface ComparedPaper {
  position: number;
  same: boolean;
  first: ReadingView | null;
  second: ReadingView | null;
  resolved: ReadingView | null;
}

export interface BatchComparison {
  batch: BatchSummary;
  rows: ComparedPaper[];
}

export interface BatchReconciled {
  batchId: number;
  ballots: number;
  differences: number;
  /** The numbers given to the ballots, first and last. */
  numbers: readonly [number, number];
}

export interface BatchDifference {
  position: number;
  first: ReadingView;
  second: ReadingView;
  resolved: ReadingView | null;
}

export interface BatchReport extends Omit<BatchSummary, 'differences'> {
  differences: BatchDifference[];
}

/** The discrepancy report for the minutes' file, and the same as CSV. */
export interface DoubleEntryReport {
  electionId: number;
  title: string;
  /** The CSV's file name, from the election's words. */
  fileName: string;
  batches: BatchReport[];
  csv: string;
}
