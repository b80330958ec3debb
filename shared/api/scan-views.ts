import type { BallotChoice, InvalidReason, Mark, OperatorRuling } from '../domain';
import type { CloseCandidate } from '../rules/margin';
import type { CountedForName, SecondLook } from '../scan/second-look';
import type { ScanDecision, ScanReading, ScanStatus } from '../scan/reading';
import type { SamePaperAnswer } from '../scan/resemblance';

export type { ScanDecision };

/** One row of the `scans` table as the program sees it. */
export interface ScanRow {
  id: number;
  electionId: number;
  image: string;
  sha256: string;
  stored: string;
  status: ScanStatus;
  reason: string | null;
  /** The evidence: the machine's reading (scores, thresholds, placement) and the program's version. */
  reading: ScanEvidence;
  decision: ScanDecision;
  ballotUid: string | null;
  ballotNumber: number | null;
  operator: string;
  scannedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  /** Why a person set the image aside, or their note on the ballot they confirmed. */
  note: string | null;
  /** The paper's marks as the reader found them (shared/scan/same-paper.ts). */
  descriptor: string | null;
  /** The earlier scan of the election this paper looks the same as (it waited for a person), and what a person said. */
  sameAs: number | null;
  samePaper: SamePaperAnswer | null;
}

export interface ScanEvidence {
  reading: ScanReading;
  program: { name: string; version: string };
}

/** A scanned image on the screens: its row without the evidence and the file's own fields, and what the machine read. */
export interface ScanView extends Omit<ScanRow, 'electionId' | 'stored' | 'reading' | 'ballotUid' | 'descriptor' | 'sameAs'> {
  /** The earlier image this paper looks the same as, while a person is to say (or has said) whether it is the same paper. */
  sameAs: { id: number; image: string; ballotNumber: number | null } | null;
  /** The names (candidate keys) read with confidence: struck (format A) or marked (format B). */
  struck: string[] | null;
  marks: Record<string, Mark> | null;
  /** The names a person must decide. */
  uncertain: string[];
  /** Why the machine was unsure of each of them, in Vietnamese (ballot order). */
  doubts: { id: string; reason: string }[];
  /** An invalid ballot as the machine judged it (a person confirms or overrules). */
  machineInvalid: InvalidReason | null;
  /** Ink outside the rows (writing, a signature). */
  outsideInk: boolean;
}

export interface ScanCounts {
  total: number;
  read: number;
  review: number;
  refused: number;
  /** Counted as ballots (read with confidence, or confirmed by a person). */
  counted: number;
  /** Waiting for a person. */
  pending: number;
  setAside: number;
}

export interface ScanList {
  scans: ScanView[];
  counts: ScanCounts;
}

/** What one look at the folder did. */
export interface ScanFolderResult {
  /** The images taken this time, in file-name order. */
  taken: ScanView[];
  /** Images whose content was already taken under another name: not taken again. */
  duplicates: { image: string; sameAs: string }[];
  /** Files of the folder never read, with why (not a regular file, a link out of the folder, too large). */
  skipped: { name: string; reason: string }[];
  /** New images left for the next look (at most `limit` are read a call). */
  remaining: number;
  list: ScanList;
}

/** A rectangle on the ballot image, in its pixels. */
export interface ScanBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The image for a person to decide on: the ballot straightened onto its printed layout, with where each name's row is. */
export interface ScanImage {
  mimeType: 'image/png';
  data: Uint8Array;
  width: number;
  height: number;
  /** Whether the image is the ballot straightened (rows exact) or the scan as it is (no rows: the ballot could not be located). */
  straightened: boolean;
  /** Each name's row on the picture: its number on the ballot, the row, the printed name, format B's boxes; whether a person must decide it, and why. */
  rows: { id: string; number: number; row: ScanBox; name: ScanBox; boxes: ScanBox[]; doubtful: boolean; reason: string | null }[];
}

/** Issue 17, item 8: what the second look of an election stands on (rules/margin.ts, scan/second-look.ts). */
export interface SecondLookView {
  margin: number;
  /** The candidates a few papers read differently would change, as counted now. */
  close: CloseCandidate[];
  /** Whether a margin check covers them as they stand (the lock waits for one otherwise). */
  checked: boolean;
  /** The images counted as ballots, as the lock's check counts them. */
  scanned: number;
  /** The papers counted from scans (their numbers), and those typed in (no image). */
  scannedPapers: number[];
  typedPapers: number;
  checks: SecondLook[];
}

/** The rows of some names on a page of the scanned papers, straightened, with what each paper was counted as for each name. */
export interface SecondLookCrops {
  total: number;
  papers: {
    scanId: number;
    number: number;
    image: string;
    /** The ballot was counted invalid: it gives no vote, whatever the rows say. */
    invalid: boolean;
    crops: { id: string; counted: CountedForName; mimeType: 'image/png'; data: Uint8Array; width: number; height: number }[] | null;
  }[];
}

/** The papers a spot check drew, each with what was counted for it. */
export interface SpotCheckDraw {
  seed: string;
  papers: { number: number; scanId: number; image: string; choice: BallotChoice; ruling: OperatorRuling | null }[];
}

/** A folder as the folder chooser shows it: its subfolders, how many scanned images it holds, the way up. */
export interface FolderListing {
  path: string;
  /** The folder above, or null at the top of a drive. */
  parent: string | null;
  /** The subfolders' names, in name order (hidden ones left out). */
  folders: string[];
  /** PNG, JPEG and TIFF files in the folder. */
  images: number;
  /** Where one can start: the drives on Windows, `/` and the home folder elsewhere. */
  roots: string[];
}
