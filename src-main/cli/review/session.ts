import type { ElectionInFile } from '../../../shared/congress-file/schema';
import type { NameOnBallot } from '../../../shared/entry/ballot-words';
import type { AppError } from '../../../shared/result';
import type { BallotContext } from '../../../shared/rules/validity';
import type { BallotLayout } from '../../../shared/scan/layout';
import type { ScanActor } from '../../../shared/scan/in-file';
import type { Output } from '../io';
import type { LineReader } from '../line-reader';
import type { CongressFileOnDisk } from '../save-congress';

/** One `kiem-phieu review` at work: the file, the election, who decides, the keyboard. */
export interface Review {
  path: string;
  disk: CongressFileOnDisk;
  index: number;
  context: BallotContext;
  names: NameOnBallot[];
  layouts: readonly BallotLayout[];
  by: Omit<ScanActor, 'at'>;
  reader: LineReader;
  output: Output;
}

/** What a person decided for one image: counted, set aside, left for later, or the end of the work. */
export type Step = 'decided' | 'later' | 'stop';

export function electionOf(review: Review): ElectionInFile {
  return review.disk.file.elections[review.index] as ElectionInFile;
}

/** Who acts, now. */
export function now(review: Review): ScanActor {
  return { ...review.by, at: new Date().toISOString() };
}

/** A decision that could not be saved: the work stops there, and says why. */
export class NotSaved extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

/** Every decision is written at once (whole or not at all, never over a file changed meanwhile). */
export function save(review: Review, election: ElectionInFile): void {
  const file = review.disk.file;
  const saved = review.disk.save({ ...file, elections: file.elections.map((e, i) => (i === review.index ? election : e)) });
  if (!saved.ok) throw new NotSaved(saved.error);
}
