import type { MinutesSource, MinutesWording } from '../../shared/minutes/model';

/** Everything one set of minutes is printed from: the model's source, and the marks of every page. */
export interface MinutesInput extends MinutesSource {
  /** countedDataFingerprint of the same data, printed on every page. */
  fingerprint: string;
  /** The head of the audit log the minutes were printed from, printed beside the fingerprint (none from a congress file). */
  auditHead?: { seq: number; hash: string } | null;
}

export interface MinutesOptions extends MinutesWording {
  /** A rehearsal printout (chạy thử): marked on every page; allowed even when blocking checks fail. */
  rehearsal?: boolean;
  /** On a rehearsal: the characters the font cannot draw, shown by their codes (set by the builder). */
  unprintable?: readonly string[];
}
