import { z } from 'zod';
import { CONGRESS_KINDS, INVALID_REASONS, MARKS, OFFICES, OPERATOR_RULINGS } from '../domain';
import { SCAN_DECISIONS, SCAN_STATUSES } from '../scan/reading';
import { SAME_PAPER_ANSWERS } from '../scan/resemblance';
import { approvedSeats, birthYear, cleanText, gender, identifier, isoDate, meetingNumber, nonNegativeInt, positiveInt, requiredText } from '../validation/fields';

/**
 * `kiem-phieu.congress` version 1 (INTERCHANGE.md). Fields beyond the contract are optional
 * additions a later version may make (see docs/dev/rules-reading.md, "Additions to the congress file"): they never change the meaning of the others.
 */
/** Absent and null mean the same: read both as null, so that a file reads the same after writing. */
function orNull<S extends z.ZodType>(schema: S) {
  return schema.nullish().transform((value) => value ?? null);
}

export const CONGRESS_FORMAT = 'kiem-phieu.congress';
export const CONGRESS_VERSION = 1;

/** A moment: date and time, as ISO 8601 writes it (`2025-06-20T10:45:00+07:00`, or in UTC with `Z`). */
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, { message: 'phải là ngày giờ dạng NNNN-TT-NNTgg:pp…, ví dụ 2025-06-20T10:45:00+07:00' });

export const exclusionSchema = z.object({ reason: requiredText, count: nonNegativeInt });

export const countingCommitteeMemberSchema = z.object({ name: requiredText, role: cleanText.optional() });

export const congressInfoSchema = z.object({
  name: requiredText,
  organization: cleanText.optional(),
  term: cleanText.optional(),
  place: cleanText.optional(),
  date: isoDate.optional(),
  kind: z.enum(CONGRESS_KINDS).default('delegates'),
  /** Addition: for `kind: "committee"`, the number of the meeting ("Hội nghị lần thứ 2"). */
  meeting: meetingNumber.optional(),
  summoned: positiveInt,
  exclusions: z.array(exclusionSchema).default([]),
  present: orNull(nonNegativeInt),
  /** Addition: the members of the ban kiểm phiếu, Trưởng ban first. */
  countingCommittee: z.array(countingCommitteeMemberSchema).optional(),
});

export const candidateSchema = z.object({
  id: identifier,
  name: requiredText,
  birthYear: orNull(birthYear),
  /** Addition: the full birth date, when the ABC order needs it. */
  birthDate: orNull(isoDate),
  gender: orNull(gender),
  withdrawn: z.boolean().default(false),
  /** Addition (INTERCHANGE "Additions"): for a withdrawn candidate, true when the name is on the
   *  printed papers (withdrawn after printing, RULES R1 "the paper as printed"). */
  onPaper: z.boolean().optional(),
  /** Addition: when the withdrawal was decided and recorded (local date and time with its offset). */
  withdrawnAt: dateTime.optional(),
  /** Additions: chức vụ / đơn vị, a note, and who nominated the candidate (RULES R7). */
  position: cleanText.optional(),
  note: cleanText.optional(),
  nomination: z.enum(['committee', 'floor', 'self']).optional(),
});

const candidateIds = z.array(identifier);

export const ballotEntrySchema = z.object({
  id: identifier.optional(),
  /** Addition: the number of the entry's first paper; its papers are number … number + count - 1.
   *  Increasing through an election, never overlapping; an entry without one takes the next free. */
  number: positiveInt.optional(),
  team: requiredText.optional(),
  count: positiveInt.default(1),
  kept: candidateIds.optional(),
  struck: candidateIds.optional(),
  marks: z.record(identifier, z.enum(MARKS)).optional(),
  /** On input a computed code is accepted and ignored when the paper says more (RULES R3:
   *  computed, never trusted); only the operator's rulings are kept. */
  invalid: z.enum(INVALID_REASONS).optional(),
  note: cleanText.optional(),
  /** Additions: who entered the ballot and when. */
  operator: cleanText.optional(),
  at: z.string().optional(),
});

export const teamTotalSchema = z.object({
  team: requiredText,
  returned: nonNegativeInt,
  valid: nonNegativeInt,
  invalid: z.partialRecord(z.enum(INVALID_REASONS), nonNegativeInt).default({}),
  votes: z.record(identifier, nonNegativeInt).default({}),
});

/** Addition: the ballots the counting committee handed to each team (RULES R4.5). */
export const teamReceivedSchema = z.object({ team: requiredText, received: nonNegativeInt });

export const ELECTION_STATUSES = ['open', 'locked', 'paused'] as const;

/**
 * Addition: the lock of a locked election (INTERCHANGE.md "Additions"): when, the fingerprint of
 * the counted data it sealed, and the hash of the audit log's last event at that moment. Official
 * minutes are printed only for an election that carries it.
 */
export const electionLockSchema = z.object({
  at: dateTime,
  fingerprint: z.string().regex(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/, { message: 'phải là mã kiểm tra dạng XXXX-XXXX-XXXX (chữ số và chữ A–F)' }),
  auditHead: z.string().regex(/^[0-9a-f]{8,128}$/, { message: 'phải là mã băm (chữ số thập lục phân viết thường)' }),
});

/**
 * Addition: one printing of the election's ballot papers (RULES R1, "the paper as printed"): when,
 * and by whom. Once printed, the list's order, numbers and format are frozen; a withdrawal then
 * leaves the name on the paper (`candidates[].onPaper`). Reprinting is a new printing: the one
 * before gets `replacedAt`, and its papers may not be counted. Only the last may stand.
 */
export const ballotPrintingSchema = z.object({
  at: dateTime,
  operator: cleanText.optional(),
  replacedAt: dateTime.optional(),
});

/**
 * Addition: one scanned image of the election (issue 12), as `kiem-phieu scan --count` and
 * `kiem-phieu review` record it: what the machine read (the names read with confidence, the
 * names a person must decide), what became of it, who scanned and who decided, and when. The
 * image itself, its scores, the thresholds and the program's version are kept beside the file in
 * `<file>.scans/` under its SHA-256. `number`: the paper number of the ballot it became.
 */
export const scanRecordSchema = z.object({
  image: requiredText,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'phải là mã SHA-256 (64 chữ số thập lục phân viết thường)' }),
  status: z.enum(SCAN_STATUSES),
  reason: cleanText.optional(),
  struck: candidateIds.optional(),
  marks: z.record(identifier, z.enum(MARKS)).optional(),
  uncertain: candidateIds.default([]),
  decision: z.enum(SCAN_DECISIONS),
  number: positiveInt.optional(),
  operator: cleanText.optional(),
  at: z.string().optional(),
  decidedBy: cleanText.optional(),
  decidedAt: z.string().optional(),
  /** Why a person set the image aside, or their note on the ballot they confirmed. */
  note: cleanText.optional(),
  /** Addition (issue 17): the paper's marks as the reader found them (shared/scan/same-paper.ts), to know the same paper scanned again. */
  descriptor: z.string().max(200_000).regex(/^m\d+\/[124](\/[0-9]{1,3}@[0-9]{1,4}:[A-Za-z0-9_-]*)*$/, { message: 'không phải mô tả nét đánh dấu của phiếu (m1/…)' }).optional(),
  /** Addition (issue 17): the earlier image of the election this paper looks the same as (its SHA-256): it waited for a person. */
  sameAs: z.string().regex(/^[0-9a-f]{64}$/, { message: 'phải là mã SHA-256 của một ảnh khác của cuộc bầu' }).optional(),
  /** Addition (issue 17): what a person said of it: the same paper scanned again, or another paper. */
  samePaper: z.enum(SAME_PAPER_ANSWERS).optional(),
});

const when = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, { message: 'phải là ngày giờ dạng NNNN-TT-NNTgg:pp…' });

/**
 * Addition (issue 17, item 8): a second look the committee made before the lock (shared/scan/
 * second-look.ts): the margin check (the rows of the close candidates on every scanned paper)
 * or a spot check (papers drawn from a number drawn in the hall, each compared with what was counted).
 */
export const scanCheckSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('margin'), at: when, operator: cleanText, margin: z.number().int().min(0).max(100),
    candidates: z.array(z.object({ id: identifier, votes: nonNegativeInt })), scanned: nonNegativeInt, wrong: z.array(positiveInt).default([]),
  }),
  z.object({
    kind: z.literal('spot'), at: when, operator: cleanText, seed: z.string().regex(/^\d{1,12}$/, { message: 'phải là số bốc thăm (1 đến 12 chữ số)' }),
    papers: z.array(z.object({ number: positiveInt, agrees: z.boolean() })),
  }),
]);

export const electionSchema = z.object({
  id: identifier,
  office: z.enum(OFFICES),
  title: cleanText.optional(),
  seats: positiveInt,
  /** Addition: the size of the body the congress voted, when it differs from `seats` (checked: ≥ seats). */
  approvedSeats: approvedSeats.optional(),
  round: positiveInt.default(1),
  continues: orNull(identifier),
  requireMajority: z.boolean().default(true),
  base: orNull(positiveInt),
  ballotsIssued: orNull(nonNegativeInt),
  ballotsReturned: orNull(nonNegativeInt),
  /** Addition: RULES R3 `B_ALL_BOTH_OR_NONE` is configurable (default: invalid). */
  allBothOrNoneInvalid: z.boolean().default(true),
  /** Addition: a locked election refuses every change; a paused one awaits the level above. */
  status: z.enum(ELECTION_STATUSES).default('open'),
  lock: electionLockSchema.optional(),
  candidates: z.array(candidateSchema),
  ballots: z.array(ballotEntrySchema).default([]),
  teamTotals: z.array(teamTotalSchema).default([]),
  teamReceived: z.array(teamReceivedSchema).optional(),
  scans: z.array(scanRecordSchema).optional(),
  /** Addition (issue 17, item 8): at most this many papers read differently change a result, and the committee looks again (default 2). */
  scanMargin: z.number().int().min(0, { message: 'không được âm' }).max(100, { message: 'tối đa 100 phiếu' }).optional(),
  scanChecks: z.array(scanCheckSchema).optional(),
  printings: z.array(ballotPrintingSchema).optional(),
  /** Addition: a round voided because a correction changed the outcome of the round it continues. */
  voided: z.object({ at: z.string(), reason: requiredText }).optional(),
});

export const congressFileSchema = z.object({
  format: z.literal(CONGRESS_FORMAT),
  version: z.literal(CONGRESS_VERSION),
  congress: congressInfoSchema,
  elections: z.array(electionSchema).default([]),
});

export type CongressFile = z.output<typeof congressFileSchema>;
export type CongressInfo = CongressFile['congress'];
export type ElectionInFile = CongressFile['elections'][number];
export type CandidateInFile = ElectionInFile['candidates'][number];
export type BallotEntry = ElectionInFile['ballots'][number];
export type TeamTotalInFile = ElectionInFile['teamTotals'][number];
export type TeamReceivedInFile = NonNullable<ElectionInFile['teamReceived']>[number];
export type ElectionStatus = (typeof ELECTION_STATUSES)[number];
export type ElectionLock = z.output<typeof electionLockSchema>;
export type ScanRecord = z.output<typeof scanRecordSchema>;
export type BallotPrinting = z.output<typeof ballotPrintingSchema>;

export { OPERATOR_RULINGS };
