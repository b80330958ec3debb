import type { CongressFile } from '../../shared/congress-file/schema';
import { electionTallyInputFromFile } from '../../shared/congress-file/tally';
import { countedDataFingerprint } from '../../src-main/services/fingerprint';

/** A hash as the audit log writes them, to stand for the log's head when a file's election was locked. */
export const SOME_AUDIT_HEAD = 'a3f1c29e'.repeat(8);

/** The file with the elections named (all by default) locked as the app locks them: the lock seals the data's fingerprint. */
export function lockedFile(file: CongressFile, ids: readonly string[] = file.elections.map((e) => e.id)): CongressFile {
  return {
    ...file,
    elections: file.elections.map((election) =>
      ids.includes(election.id)
        ? { ...election, status: 'locked' as const, lock: { at: '2025-06-20T10:45:00+07:00', fingerprint: countedDataFingerprint(electionTallyInputFromFile(file.congress, election)), auditHead: SOME_AUDIT_HEAD } }
        : election,
    ),
  };
}
