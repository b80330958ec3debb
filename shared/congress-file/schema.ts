import { z } from 'zod';
import { CONGRESS_KINDS, INVALID_REASONS, MARKS, OFFICES, OPERATOR_RULINGS } from '../domain';
import { SCAN_DECISIONS, SCAN_STATUSES } from '../scan/reading';
import { SAME_PAPER_ANSWERS } from '../scan/resemblance';
import { MAX_COMMITTEE_MEMBERS, MAX_ELECTIONS, MAX_EXCLUSIONS, MAX_LIST_SIZE } from '../limits';
import { approvedSeats, birthYear, cleanText, gender, identifier, isoDate, meetingNumber, nonNegativeInt, peopleCount, positiveInt, positivePeopleCount, requiredText, seatsCount } from '../validation/fields';

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

export const exclusionSchema = z.object({ reason: requiredText, count: peopleCount });

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
  summoned: positivePeopleCount,
  exclusions: z.array(exclusionSchema).max(MAX_EXCLUSIONS).default([]),
  present: orNull(peopleCount),
  /** Addition: the members of the ban kiểm phiếu, Trưởng ban first. */
  countingCommittee: z.array(countingCommitteeMemberSchema).max(MAX_COMMITTEE_MEMBERS).optional(),
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
  /** RULES R4 item 6 bounds it (no more than returned, or summoned, themselves bounded) with the election (checks.ts). */
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
  /** RULES R4 item 6 bounds these two with the election (checks.ts). */
  returned: nonNegativeInt,
  valid: nonNegativeInt,
  invalid: z.partialRecord(z.enum(INVALID_REASONS), peopleCount).default({}),
  votes: z.record(identifier, peopleCount).default({}),
});

/** Addition: the ballots the counting committee handed to each team (RULES R4.5). */
export const teamReceivedSchema = z.object({ team: requiredText, received: peopleCount });

export const ELECTION_STATUSES = ['open', 'locked', 'paused'] as const;

/**
 * Addition: the lock of a locked election (INTERCHANGE.md "Additions", "The seal"): when, the seal
 * of the data it bound (`fingerprint`: 13 groups of base32, docs/seal.md), the head of the audit
 * log at that moment, and each part's digest, so that a reader names the part that changed.
 * A lock made before the seal carries a 48-bit code (XXXX-XXXX-XXXX): read as locked, never
 * official (README). Official minutes are printed only for an election whose seal holds.
 */
const hexDigest = z.string().regex(/^[0-9a-f]{64}$/, { message: 'phải là mã SHA-256 (64 chữ số thập lục phân viết thường)' });

export const electionLockSchema = z.object({
  at: dateTime,
  fingerprint: z.string().regex(/^([A-Z2-7]{4}(-[A-Z2-7]{4}){12}|[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})$/, { message: 'phải là con dấu số dạng XXXX-XXXX-… (13 nhóm 4 chữ A–Z, 2–7) hoặc mã kiểm tra cũ dạng XXXX-XXXX-XXXX' }),
  auditHead: z.string().regex(/^[0-9a-f]{8,128}$/, { message: 'phải là mã băm (chữ số thập lục phân viết thường)' }),
  digests: z.object({ congress: hexDigest, election: hexDigest, list: hexDigest, ballots: hexDigest, totals: hexDigest, scans: hexDigest }).optional(),
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
  seats: seatsCount,
  /** Addition: the size of the body the congress voted, when it differs from `seats` (checked: ≥ seats). */
  approvedSeats: approvedSeats.optional(),
  round: positiveInt.default(1),
  continues: orNull(identifier),
  requireMajority: z.boolean().default(true),
  base: orNull(positivePeopleCount),
  ballotsIssued: orNull(peopleCount),
  ballotsReturned: orNull(peopleCount),
  /** Addition: RULES R3 `B_ALL_BOTH_OR_NONE` is configurable (default: invalid). */
  allBothOrNoneInvalid: z.boolean().default(true),
  /** Addition: a locked election refuses every change; a paused one awaits the level above. */
  status: z.enum(ELECTION_STATUSES).default('open'),
  lock: electionLockSchema.optional(),
  candidates: z.array(candidateSchema).max(MAX_LIST_SIZE),
  ballots: z.array(ballotEntrySchema).default([]),
  teamTotals: z.array(teamTotalSchema).default([]),
  teamReceived: z.array(teamReceivedSchema).optional(),
  scans: z.array(scanRecordSchema).optional(),
  /** Addition (issue 17, item 8): at most this many papers read differently change a result, and the committee looks again (default 2). */
  scanMargin: z.number().int().min(0, { message: 'không được âm' }).max(100, { message: 'tối đa 100 phiếu' }).optional(),
  scanChecks: z.array(scanCheckSchema).optional(),
  printings: z.array(ballotPrintingSchema).optional(),
  /**
   * Addition: a round voided (RULES R0: it and every round continuing it count for nothing).
   * INTERCHANGE says a boolean (default false); the program writes `{ at, reason }` (when and why a
   * correction of the round it continues voided it), which older readers require. Both are read:
   * false is absent, true has neither time nor reason (and is written back as true).
   */
  voided: z
    .union([z.boolean(), z.object({ at: z.string(), reason: requiredText })], { message: 'phải là true, false hoặc { "at": …, "reason": … }' })
    .transform((v): { at: string | null; reason: string | null } | undefined => (v === true ? { at: null, reason: null } : v === false ? undefined : v))
    .optional(),
});

export const congressFileSchema = z.object({
  format: z.literal(CONGRESS_FORMAT),
  version: z.literal(CONGRESS_VERSION),
  congress: congressInfoSchema,
  elections: z.array(electionSchema).max(MAX_ELECTIONS).default([]),
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
