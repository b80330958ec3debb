import type { MinutesSource, MinutesWording } from '../../shared/minutes/model';

/** Everything one set of minutes is printed from: the model's source, and the marks of every page. */
export interface MinutesInput extends MinutesSource {
  /* `lock` (MinutesSource) is the lock whose seal was checked against the data by the caller: its
     seal and log head are printed on every page; null prints a draft. */
}

export interface MinutesOptions extends MinutesWording {
  /** A rehearsal printout (chạy thử): marked on every page; allowed even when blocking checks fail. */
  rehearsal?: boolean;
  /** On a rehearsal: the characters the font cannot draw, shown by their codes (set by the builder). */
  unprintable?: readonly string[];
}
