import type { InvalidReason, Mark } from '../domain';
import type { NameDoubt, PatternThresholds, ZoneMeasures } from './clean-patterns';

/** What the scanner made of one name (its measures, kept with the image as evidence). */
export interface NameScore {
  id: string;
  /** The ink of the row zone by zone (shared/scan/clean-patterns.ts says what each measure is). */
  zones: ZoneMeasures;
  /** How far (pixels of the comparison) the row was moved to lie on its print. */
  shift?: { dx: number; dy: number };
  /** What was read: a struck/kept name (A), a mark (B), or uncertain. */
  reading: 'struck' | 'kept' | Mark | 'uncertain';
  /** Why the name waits for a person (absent when read with confidence). */
  doubts?: NameDoubt[];
}

/** The thresholds the scores were judged by (stored with the evidence). */
export interface ScanThresholds extends PatternThresholds {
  /** Darkness (0 white … 1 black, against the paper around it) of definite and of faint ink. */
  definiteInk: number;
  faintInk: number;
  /** Ink outside the rows that the print does not explain (writing, a signature, also over the printed text), in square points of definite ink, above which a person looks. */
  outsideInk: number;
}

export const SCAN_STATUSES = ['read', 'review', 'refused'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];

/** What became of a scanned image: counted as read, waiting for a person, confirmed or set aside by one, refused. */
export const SCAN_DECISIONS = ['counted', 'pending', 'confirmed', 'set_aside', 'refused'] as const;
export type ScanDecision = (typeof SCAN_DECISIONS)[number];

/** Why a ballot was sent to a person (several may hold). */
export type ReviewCause =
  | { kind: 'uncertain'; ids: string[]; doubts?: Record<string, NameDoubt[]> }
  | { kind: 'invalid'; reason: InvalidReason }
  | { kind: 'outside_ink'; area: number };

/**
 * The reading of one scanned ballot. `read`: every name read with confidence, a valid ballot;
 * it counts. `review`: a person decides (uncertain names, a ballot the machine finds invalid, ink
 * outside the rows). `refused`: not a readable ballot of this election; counted nowhere.
 */
export interface ScanReading {
  status: ScanStatus;
  /** In Vietnamese; for `review` and `refused`. */
  reason?: string;
  /** SHA-256 of the image file's bytes. */
  sha256: string;
  /** Format A: the names read as struck with confidence. */
  struck?: string[];
  /** Format B: the names read with confidence, and their marks. */
  marks?: Record<string, Mark>;
  /** The names a person must decide. */
  uncertain: string[];
  review?: ReviewCause[];
  /** Per name, in ballot order (absent when refused before the names were read). */
  scores?: NameScore[];
  thresholds?: ScanThresholds;
  /** How the ballot lay on the image: rotation in degrees, the scan's resolution against the printed size (dots per inch), upside down, the print's ballots per sheet, and how far its corners stood from a rectangle (a photo taken at a slant: 0.04 and more). */
  placement?: {
    rotation: number;
    dpi: number;
    upsideDown: boolean;
    perSheet: 1 | 2 | 4;
    keystone?: number;
    /**
     * Where the ballot lay on the image as the reader found it: the transform (row-major 3×3) from
     * the layout's points of the sheet's first ballot to the pixels of the image as it was read,
     * `image` pixels wide and high. The picture a person decides on is straightened with it.
     */
    toImage?: number[];
    image?: { width: number; height: number };
  };
  /** The machine's verdict when every name was read (RULES R3, shared/rules/validity.ts). */
  verdict?: { valid: true } | { valid: false; reason: InvalidReason };
  /**
   * The paper's marks as a compact string (shared/scan/same-paper.ts): the ink in its rows beyond
   * the blank, aligned on the layout, so that another scan of the same paper is known by
   * `samePaperLikelihood` whatever its bytes. Absent when refused before the rows were read.
   */
  marksDescriptor?: string;
}

/** One ballot of `kiem-phieu.scan` (INTERCHANGE.md, "Scanned ballots"). */
export interface ScanFileBallot {
  image: string;
  sha256: string;
  status: ScanStatus;
  reason?: string;
  struck?: string[];
  marks?: Record<string, Mark>;
  uncertain: string[];
}

export const SCAN_FORMAT = 'kiem-phieu.scan';
export const SCAN_VERSION = 1;

/** What `scan --json` prints for one image: only the fields of INTERCHANGE.md. */
export function scanFileBallot(image: string, reading: ScanReading): ScanFileBallot {
  return {
    image,
    sha256: reading.sha256,
    status: reading.status,
    ...(reading.reason !== undefined ? { reason: reading.reason } : {}),
    ...(reading.struck !== undefined ? { struck: reading.struck } : {}),
    ...(reading.marks !== undefined ? { marks: reading.marks } : {}),
    uncertain: reading.uncertain,
  };
}
