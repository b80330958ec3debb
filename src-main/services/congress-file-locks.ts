import { createHash } from 'node:crypto';
import { blockingProblemsError } from '../../shared/api/blocking';
import { ERROR_CODES } from '../../shared/api/errors';
import type { CongressFile, ElectionInFile } from '../../shared/congress-file/schema';
import { electionSetupFromFile, electionTallyInputFromFile } from '../../shared/congress-file/tally';
import { congressFileJson } from '../../shared/congress-file/write';
import { tallyElection } from '../../shared/rules/tally';
import { editableElectionIndex } from '../../shared/congress-file/frozen';
import type { BallotRecord } from '../../shared/domain';
import { err, fail, ok, type AppErrorDetail, type Result } from '../../shared/result';
import { validationError } from '../../shared/validation/issues';
import { ballotRecordFromEntry } from '../../shared/validation/ballot-entry';
import { addDigest, ballotDigest, ballotDigestSum, countedDataFingerprint, fingerprintOf, type BallotsDigest } from './fingerprint';

/** The ballots of each election of a file, digested as they are read (a file read ballot by ballot is never held whole). */
export class FileBallotDigests {
  private readonly digests = new Map<number, BallotsDigest>();

  add(electionIndex: number, ballot: BallotRecord): void {
    const before = this.of(electionIndex);
    this.digests.set(electionIndex, { count: before.count + 1, digestSum: addDigest(before.digestSum, ballotDigest(ballot)) });
  }

  of(electionIndex: number): BallotsDigest {
    return this.digests.get(electionIndex) ?? { count: 0, digestSum: 0n };
  }
}

/** The election as a message names it: its id and, when it has one, its title. */
function named(election: CongressFile['elections'][number]): string {
  return election.title ? `"${election.id}" (${election.title})` : `"${election.id}"`;
}

/**
 * Each locked election whose data no longer gives the fingerprint its lock sealed (INTERCHANGE.md:
 * "a reader checks the fingerprint against the ballots"), naming the election and both
 * fingerprints. `digests` stands in for the ballots of a file read ballot by ballot.
 */
export function lockDisagreements(file: CongressFile, digests?: FileBallotDigests): AppErrorDetail[] {
  return file.elections.flatMap((election, i) => {
    const lock = election.lock;
    if (!lock) return [];
    const ballots = digests ? digests.of(i) : { count: election.ballots.length, digestSum: ballotDigestSum(election.ballots.map(ballotRecordFromEntry)) };
    const now = fingerprintOf(electionSetupFromFile(file.congress, election), ballots);
    if (now === lock.fingerprint) return [];
    return [{ path: `elections[${i}].lock.fingerprint`, message: `cuộc bầu ${named(election)} đã chốt kết quả với mã kiểm tra ${lock.fingerprint}, nhưng số liệu trong tệp cho mã ${now}: số liệu đã bị sửa sau khi chốt, không đọc tệp này` }];
  });
}

/** The file, or its refusal when a lock disagrees with its data. */
export function refuseBrokenLocks(file: CongressFile, digests?: FileBallotDigests): Result<CongressFile> {
  const details = lockDisagreements(file, digests);
  return details.length === 0 ? ok(file) : err(validationError(ERROR_CODES.invalidCongressFile, details));
}

/**
 * `kiem-phieu lock`: seals an election of a congress file as the app's "Chốt kết quả" does,
 * refused while a blocking check fails (RULES R4, scans still waiting for a person included).
 * A file carries no audit log: its `auditHead` is the SHA-256 of the election as written just
 * before the lock (its ballots and the record of its scans, who decided what and when).
 */
export function lockElectionInFile(file: CongressFile, electionId: string, at: string): Result<{ file: CongressFile; fingerprint: string }> {
  const found = editableElectionIndex(file, electionId);
  if (!found.ok) {
    const election = file.elections.find((e) => e.id === electionId);
    return election?.lock ? fail(ERROR_CODES.electionLocked, `Cuộc bầu "${election.id}" đã chốt kết quả rồi (lúc ${election.lock.at}, mã kiểm tra ${election.lock.fingerprint})`, 'election') : found;
  }
  const election = file.elections[found.value] as ElectionInFile;
  const input = electionTallyInputFromFile(file.congress, election);
  const blocked = blockingProblemsError(tallyElection(input).problems, 'chốt kết quả');
  if (blocked) return err(blocked);
  const fingerprint = countedDataFingerprint(input);
  const auditHead = createHash('sha256').update(JSON.stringify(congressFileJson({ ...file, elections: [election] }).elections[0])).digest('hex');
  const locked: ElectionInFile = { ...election, status: 'locked', lock: { at, fingerprint, auditHead } };
  return ok({ file: { ...file, elections: file.elections.map((e, i) => (i === found.value ? locked : e)) }, fingerprint });
}
