import type { ScanThresholds } from '../../shared/scan/reading';

/**
 * The thresholds of the reader (measured on the simulated sets of tests/scan and `npm run bench --
 * scan`). Between `nothing` and `struck`, or `empty` and `marked`, a name is uncertain: a person
 * looks; so is any name whose row holds ink beyond a clean pattern (shared/scan/clean-patterns.ts).
 */
export const THRESHOLDS: ScanThresholds = {
  definiteInk: 0.4,
  faintInk: 0.16,
  struck: 0.9,
  nothing: 0.04,
  strokeHeight: 5.5,
  bumps: 0.08,
  ends: 3,
  stray: 0.8,
  faintStray: 2,
  around: 0.3,
  faint: 0.12,
  line: 0.2,
  marked: 0.015,
  empty: 0.008,
  byLine: 0.6,
  outsideInk: 6,
};

/** Pixels a point at which the rows are compared with the blank ballot (about 180 dpi). */
export const ROW_SCALE = 2.5;
/** How far (pixels at ROW_SCALE) the blank's print is widened: a scan is placed to about a pixel, and blur spreads the print. */
export const PRINT_TOLERANCE = 1;
/** For faint ink: clear of the halo a blurred or compressed scan leaves round the print. */
export const PRINT_TOLERANCE_FAINT = 3;
/** Gaps in a strike no wider than this (points) are the letters it passes through. */
export const STRIKE_GAP = 5;
