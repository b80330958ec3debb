import type { CongressFile } from '../../shared/congress-file/schema';
import { sealOf } from '../../shared/seal/seal';

/** A hash as the audit log writes them, to stand for the log's head when a file's election was locked. */
export const SOME_AUDIT_HEAD = 'a3f1c29e'.repeat(8);

/** The file with the elections named (all by default) locked as the app locks them: the lock binds the data's seal and the log's head. */
export function lockedFile(file: CongressFile, ids: readonly string[] = file.elections.map((e) => e.id)): CongressFile {
  return {
    ...file,
    elections: file.elections.map((election) => {
      if (!ids.includes(election.id)) return election;
      const seal = sealOf(file.congress, election, SOME_AUDIT_HEAD);
      return { ...election, status: 'locked' as const, lock: { at: '2025-06-20T10:45:00+07:00', fingerprint: seal.code, auditHead: SOME_AUDIT_HEAD, digests: seal.digests } };
    }),
  };
}
