import { createHash } from 'node:crypto';
import { blockingProblemsError } from '../../shared/api/blocking';
import { ERROR_CODES } from '../../shared/api/errors';
import type { BallotEntry, CongressFile, ElectionInFile, ElectionLock } from '../../shared/congress-file/schema';
import { electionTallyInputFromFile } from '../../shared/congress-file/tally';
import { congressFileJson } from '../../shared/congress-file/write';
import { tallyElection } from '../../shared/rules/tally';
import { editableElectionIndex } from '../../shared/congress-file/frozen';
import { err, fail, ok, type AppErrorDetail, type Result } from '../../shared/result';
import { BallotsDigest, onPaperIds } from '../../shared/seal/canonical';
import { checkSeal, sealBrokenWords, type SealVerdict } from '../../shared/seal/check';
import { sealOf } from '../../shared/seal/seal';
import { validationError } from '../../shared/validation/issues';

/** The ballots part of each election of a file, digested as its ballots are read (a file read ballot by ballot is never held whole). */
export class FileBallotDigests {
  private readonly digests = new Map<number, BallotsDigest>();

  add(election: ElectionInFile, electionIndex: number, entry: BallotEntry): void {
    let digest = this.digests.get(electionIndex);
    if (digest === undefined) {
      digest = new BallotsDigest(onPaperIds(election));
      this.digests.set(electionIndex, digest);
    }
    digest.add(entry);
  }

  /** The digest of the ballots part, or undefined when the election had no ballot (its own list, empty, then says it). */
  of(electionIndex: number): string | undefined {
    return this.digests.get(electionIndex)?.hex();
  }
}

/** The election as a message names it: its id and, when it has one, its title. */
export function namedElection(election: Pick<ElectionInFile, 'id' | 'title'>): string {
  return election.title ? `"${election.id}" (${election.title})` : `"${election.id}"`;
}

/** Each locked election's seal against the file's data now (`digests` stands in for the ballots of a file read ballot by ballot). */
export function sealVerdicts(file: CongressFile, digests?: FileBallotDigests): { index: number; election: ElectionInFile; lock: ElectionLock; verdict: SealVerdict }[] {
  return file.elections.flatMap((election, index) => {
    const lock = election.lock;
    if (!lock) return [];
    return [{ index, election, lock, verdict: checkSeal(file.congress, election, lock, digests?.of(index)) }];
  });
}

/**
 * Each locked election whose data no longer gives the seal its lock bound (INTERCHANGE.md, "The
 * seal": checked by every reader), naming the election and the parts that differ. A lock with an
 * old 48-bit code is read as locked: no official paper is printed from it (see `sealedLockOf`).
 */
export function lockDisagreements(file: CongressFile, digests?: FileBallotDigests): AppErrorDetail[] {
  return sealVerdicts(file, digests).flatMap(({ index, election, verdict }) =>
    verdict.state === 'broken' ? [{ path: `elections[${index}].lock.fingerprint`, message: `cuộc bầu ${namedElection(election)}: ${sealBrokenWords(verdict)}; không đọc tệp này` }] : [],
  );
}

/** The file, or its refusal when a lock disagrees with its data. */
export function refuseBrokenLocks(file: CongressFile, digests?: FileBallotDigests): Result<CongressFile> {
  const details = lockDisagreements(file, digests);
  return details.length === 0 ? ok(file) : err(validationError(ERROR_CODES.invalidCongressFile, details));
}

/** The lock an official paper may stand on: the election's, when its seal holds; null (a draft) otherwise. */
export function sealedLockOf(file: CongressFile, election: ElectionInFile): ElectionLock | null {
  if (!election.lock) return null;
  return checkSeal(file.congress, election, election.lock).state === 'sealed' ? election.lock : null;
}

/** What a reader tells of the locks it cannot print official papers from (old codes), one line each. */
export function oldLockNotices(file: CongressFile): string[] {
  return sealVerdicts(file).flatMap(({ election, verdict }) => (verdict.state === 'old' ? [`Cuộc bầu ${namedElection(election)} ${sealBrokenWords(verdict)}.`] : []));
}

/**
 * `kiem-phieu lock`: seals an election of a congress file as the app's "Chốt kết quả" does,
 * refused while a blocking check fails (RULES R4, scans still waiting for a person included).
 * A file carries no audit log: its `auditHead` is the SHA-256 of the election as written just
 * before the lock (its ballots and the record of its scans, who decided what and when); the seal
 * binds it with the data. `reseal` seals anew a lock made with an old 48-bit code, nothing else.
 */
export function lockElectionInFile(file: CongressFile, electionId: string, at: string, options: { reseal?: boolean } = {}): Result<{ file: CongressFile; fingerprint: string }> {
  const index = file.elections.findIndex((e) => e.id === electionId);
  const current = file.elections[index];
  if (options.reseal && current?.lock) {
    const verdict = checkSeal(file.congress, current, current.lock);
    if (verdict.state !== 'old') return fail(ERROR_CODES.electionLocked, `Cuộc bầu ${namedElection(current)} đã có con dấu số ${current.lock.fingerprint}: chỉ đóng dấu lại một cuộc bầu được chốt bằng mã kiểm tra cũ`, 'election');
    return ok(sealed(file, index, { ...current, lock: undefined, status: 'open' }, at));
  }
  const found = editableElectionIndex(file, electionId);
  if (!found.ok) {
    return current?.lock ? fail(ERROR_CODES.electionLocked, `Cuộc bầu "${current.id}" đã chốt kết quả rồi (lúc ${current.lock.at}, con dấu số ${current.lock.fingerprint})`, 'election') : found;
  }
  const election = file.elections[found.value] as ElectionInFile;
  const blocked = blockingProblemsError(tallyElection(electionTallyInputFromFile(file.congress, election)).problems, 'chốt kết quả');
  if (blocked) return err(blocked);
  return ok(sealed(file, found.value, election, at));
}

function sealed(file: CongressFile, index: number, election: ElectionInFile, at: string): { file: CongressFile; fingerprint: string } {
  const auditHead = createHash('sha256').update(JSON.stringify(congressFileJson({ ...file, elections: [election] }).elections[0])).digest('hex');
  const seal = sealOf(file.congress, election, auditHead);
  const locked: ElectionInFile = { ...election, status: 'locked', lock: { at, fingerprint: seal.code, auditHead, digests: seal.digests } };
  return { file: { ...file, elections: file.elections.map((e, i) => (i === index ? locked : e)) }, fingerprint: seal.code };
}
