import type { ScanThresholds } from '../../shared/scan/reading';

/**
 * The thresholds of the reader (measured on the synthetic set of tests/scan and `npm run bench --
 * scan`). Between `kept` and `struck`, or `empty` and `marked`, a name is uncertain: a person looks.
 */
export const THRESHOLDS: ScanThresholds = {
  definiteInk: 0.4,
  faintInk: 0.16,
  struck: 0.7,
  kept: 0.12,
  marked: 0.015,
  empty: 0.008,
  faintLine: 0.2,
  outsideInk: 40,
};

/** Pixels a point at which the rows are compared with the blank ballot (about 180 dpi). */
export const ROW_SCALE = 2.5;
/** How far (pixels at ROW_SCALE) the blank's print is widened: a scan is placed to about a pixel, and blur spreads the print. */
export const PRINT_TOLERANCE = 1;
/** For faint ink: clear of the halo a blurred or compressed scan leaves round the print. */
export const PRINT_TOLERANCE_FAINT = 3;
/** Gaps in a strike no wider than this (points) are the letters it passes through. */
export const STRIKE_GAP = 5;
