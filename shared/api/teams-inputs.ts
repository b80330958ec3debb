import { z } from 'zod';
import { INVALID_REASONS, MARKS } from '../domain';
import { cleanText, identifier, nonNegativeInt, positiveInt, requiredText } from '../validation/fields';

/**
 * The inputs of issue 6's methods (several teams, station packages, double entry, audit, backups),
 * checked at the boundary and reused by the screens as the user types.
 */
const id = z.number().int().min(1);
const operator = cleanText.optional();

/** A package as read from its file: the text exactly as it is (bytes count), and the file's name. */
export const packageFileInput = z.object({ label: requiredText, content: z.string() });

/** A setup package is one team's: it carries that team's key only. */
export const exportSetupPackageInput = z.object({ congressId: id, teamId: id, operator });
export const loadSetupPackageInput = z.object({ label: requiredText, content: z.string(), stationName: requiredText, operator });
export const exportStationPackageInput = z.object({ congressId: id, teamId: id, operator });
export const setStationNameInput = z.object({ name: requiredText, operator });
export const mergePackagesInput = z.object({ congressId: id, packages: z.array(packageFileInput).min(1).max(200), acceptCorrections: z.boolean().default(false), operator });

export const setTeamReceivedInput = z.object({ electionId: id, teamId: id, received: nonNegativeInt.nullable(), reason: cleanText.optional(), operator });

/** A stack of ballots for double entry. */
export const createBatchInput = z.object({ electionId: id, teamId: id.nullish(), label: requiredText, size: positiveInt.max(10000, { message: 'một chồng phiếu có nhiều nhất 10.000 phiếu' }), operator });
export const batchIdInput = z.object({ batchId: id });
/** One paper of the stack as one operator read it: no count (each paper is compared on its own). */
const readingContent = {
  kept: z.array(identifier).optional(),
  struck: z.array(identifier).optional(),
  marks: z.record(identifier, z.enum(MARKS)).optional(),
  invalid: z.enum(INVALID_REASONS).optional(),
  note: cleanText.optional(),
};
export const batchReadingInput = z.object({ batchId: id, pass: z.union([z.literal(1), z.literal(2)]), position: positiveInt, ...readingContent, operator: requiredText });
export const finishPassInput = z.object({ batchId: id, pass: z.union([z.literal(1), z.literal(2)]), operator: requiredText });
/** A difference settled: pass 1's reading, pass 2's, or the paper read again (then its content is given). */
export const resolveDifferenceInput = z.object({ batchId: id, position: positiveInt, choice: z.enum(['pass1', 'pass2', 'reentered']), ...readingContent, operator: requiredText });
export const closeBatchInput = z.object({ batchId: id, operator: requiredText });
export const abandonBatchInput = z.object({ batchId: id, reason: requiredText, operator: requiredText });
export const doubleEntryReportInput = z.object({ electionId: id });

export const auditFilterInput = z.object({
  congressId: id.optional(),
  electionId: id.optional(),
  teamId: id.optional(),
  operator: z.string().optional(),
  kind: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  afterSeq: nonNegativeInt.optional(),
  limit: z.number().int().min(1).max(100000).optional(),
  newestFirst: z.boolean().optional(),
});
export const exportAuditInput = auditFilterInput.extend({ format: z.enum(['json', 'csv']) });

export const backupNameInput = z.object({ name: z.string().regex(/^[0-9A-Za-z._-]+\.kiemphieu$/, { message: 'tên bản sao lưu không hợp lệ' }) });
export const backupNowInput = z.object({ operator });
/** A backup taken before a lock reopens it: then the chair's PIN and a reason are needed, as to unlock. */
export const restoreBackupInput = backupNameInput.extend({ operator, pin: z.string().optional(), reason: z.string().max(500).optional() });
/** The audit log's chain checked again: nothing to give. */
export const verifyAuditInput = z.object({});
