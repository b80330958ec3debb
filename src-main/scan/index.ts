/**
 * The scanner's public face (issue 12), for the app's "Quét phiếu" screen and the command line.
 *
 *   const setup = electionLayouts(congressFile, 'bch');            // layouts at 1, 2, 4 a sheet + the election's hash
 *   const reading = await readBallotImage(bytes, setup.value.layouts, { electionHash: setup.value.electionHash,
 *                                                                      allBothOrNoneInvalid: setup.value.allBothOrNoneInvalid });
 *   reading.status: 'read' (counts) | 'review' (a person decides `uncertain`, an invalid verdict, ink outside) | 'refused'
 *
 * In the app, the layouts come from `ballotLayout` (src-main/pdf/ballot-layout.ts) with the store's
 * election key and candidate keys: the same input as the printed ballot, so the same hash. What a
 * reading holds (shared/scan/reading.ts) is plain data: the scores, thresholds and placement are
 * the evidence to keep beside the image's SHA-256; `scanFileBallot` gives the `kiem-phieu.scan` entry.
 */
export { readBallotImage, type Expected } from './read';
export { electionLayouts, type ElectionScanSetup } from './election-layouts';
export { THRESHOLDS } from './thresholds';
export { MAX_INPUT_BYTES, MAX_INPUT_PIXELS } from './decode';
export type { BallotLayout, BallotOnPage, NameLayout, Rect } from '../../shared/scan/layout';
export { scanFileBallot, SCAN_FORMAT, SCAN_VERSION, type NameScore, type ReviewCause, type ScanFileBallot, type ScanReading, type ScanThresholds } from '../../shared/scan/reading';
