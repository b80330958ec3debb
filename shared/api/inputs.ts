import { z } from 'zod';
import { CONGRESS_KINDS, INVALID_REASONS, MARKS, OFFICES } from '../domain';
import { countingCommitteeMemberSchema, exclusionSchema } from '../congress-file/schema';
import { MAX_COMMITTEE_MEMBERS, MAX_EXCLUSIONS, MAX_LIST_SIZE } from '../limits';
import { approvedBelowSeats, approvedSeats, birthYear, cleanText, meetingNumber, gender, identifier, isoDate, nonNegativeInt, peopleCount, positiveInt, positivePeopleCount, presentExceedsSummoned, requiredText, returnedExceedsIssued, seatsCount } from '../validation/fields';

/**
 * The inputs of every api method, checked at the boundary of the main process and reused by the
 * renderer to validate forms as the user types: one definition of each constraint.
 */
const id = z.number().int().min(1);
const operator = cleanText.optional();
const optionalText = cleanText.nullish();

export const chairPin = z.string().regex(/^\d{6,12}$/, { message: 'mã PIN phải gồm 6 đến 12 chữ số' });

const congressFields = {
  name: requiredText,
  organization: optionalText,
  term: optionalText,
  place: optionalText,
  date: isoDate.nullish(),
  kind: z.enum(CONGRESS_KINDS),
  meeting: meetingNumber.nullish(),
  summoned: positivePeopleCount,
  present: peopleCount.nullish(),
  exclusions: z.array(exclusionSchema).max(MAX_EXCLUSIONS).optional(),
  countingCommittee: z.array(countingCommitteeMemberSchema).max(MAX_COMMITTEE_MEMBERS).optional(),
};

export const createCongressInput = z.object({ ...congressFields, chairPin: chairPin.optional(), operator }).superRefine((input, ctx) => {
  const problem = presentExceedsSummoned(input.summoned, input.present);
  if (problem) ctx.addIssue({ code: 'custom', path: ['present'], message: problem });
});
export const updateCongressInput = z.object({ congressId: id, ...z.object(congressFields).partial().shape, operator });
export const setChairPinInput = z.object({ congressId: id, pin: chairPin, currentPin: z.string().optional(), operator });
export const congressIdInput = z.object({ congressId: id });

const electionFields = {
  office: z.enum(OFFICES),
  title: cleanText.optional(),
  seats: seatsCount,
  approvedSeats: approvedSeats.nullish(),
  requireMajority: z.boolean().optional(),
  allBothOrNoneInvalid: z.boolean().optional(),
  baseOverride: positivePeopleCount.nullish(),
  ballotsIssued: peopleCount.nullish(),
  ballotsReturned: peopleCount.nullish(),
  /** Issue 17, item 8: the margin at which the committee looks again at the scanned papers (0–100 papers). */
  scanMargin: z.number().int().min(0, { message: 'không được âm' }).max(100, { message: 'tối đa 100 phiếu' }).optional(),
};

export const createElectionInput = z.object({ congressId: id, ...electionFields, operator }).superRefine((input, ctx) => {
  const problem = returnedExceedsIssued(input.ballotsIssued, input.ballotsReturned);
  if (problem) ctx.addIssue({ code: 'custom', path: ['ballotsReturned'], message: problem });
  const approved = approvedBelowSeats(input.seats, input.approvedSeats);
  if (approved) ctx.addIssue({ code: 'custom', path: ['approvedSeats'], message: approved });
});
/** `reason`: why a figure is corrected (the chair correcting the papers returned from the entry screen), kept in the log. */
export const updateElectionInput = z.object({ electionId: id, ...z.object(electionFields).partial().shape, reason: cleanText.optional(), operator });
export const electionIdInput = z.object({ electionId: id });
/** `pin`: the chair's, needed when the round it continues is still open (creating the next round locks it). */
export const createNextRoundInput = z.object({ electionId: id, title: cleanText.optional(), requireMajority: z.boolean().optional(), pin: z.string().optional(), operator });

const candidateFields = {
  name: requiredText,
  birthYear: birthYear.nullish(),
  birthDate: isoDate.nullish(),
  gender: gender.nullish(),
  position: optionalText,
  note: optionalText,
  nomination: z.enum(['committee', 'floor', 'self']).nullish(),
};
export const candidateFieldsSchema = z.object(candidateFields);
export const addCandidateInput = z.object({ electionId: id, ...candidateFields, operator });
export const addCandidatesInput = z.object({ electionId: id, candidates: z.array(candidateFieldsSchema).min(1).max(MAX_LIST_SIZE), operator });
export const updateCandidateInput = z.object({ candidateId: id, ...z.object(candidateFields).partial().shape, operator });
export const candidateIdInput = z.object({ candidateId: id, operator });
export const withdrawCandidateInput = z.object({ candidateId: id, withdrawn: z.boolean(), reason: cleanText.optional(), operator });
export const reorderCandidatesInput = z.object({ electionId: id, candidateIds: z.array(id).min(1), operator });
export const sortCandidatesInput = z.object({ electionId: id, operator });

export const createTeamInput = z.object({ congressId: id, name: requiredText, operator });
export const renameTeamInput = z.object({ teamId: id, name: requiredText, operator });

/** A ballot as in the congress file: one of kept / struck / marks, or only a ruling. */
const ballotContent = {
  teamId: id.nullish(),
  kept: z.array(identifier).optional(),
  struck: z.array(identifier).optional(),
  marks: z.record(identifier, z.enum(MARKS)).optional(),
  invalid: z.enum(INVALID_REASONS).optional(),
  note: cleanText.optional(),
  /** RULES R4 item 6 bounds it (no more than returned, or summoned, themselves bounded) with the election (ballot-checks.ts). */
  count: positiveInt.optional(),
  operator,
};
export const enterBallotInput = z.object({ electionId: id, ...ballotContent });
/** A ballot of a finished round (its next round exists) is corrected only with the chair's PIN and a reason. */
export const correctBallotInput = z.object({ ballotId: id, ...ballotContent, pin: z.string().optional(), reason: cleanText.optional() });
/** `undo`: Ctrl+Z right after entering it; the number then shows as undone ("đã hoàn tác"). */
export const voidBallotInput = z.object({ ballotId: id, reason: cleanText.optional(), undo: z.boolean().optional(), operator });
export const ballotIdInput = z.object({ ballotId: id });
export const listBallotsInput = z.object({
  electionId: id,
  teamId: id.optional(),
  operator: cleanText.optional(),
  /** A paper's number: the ballot (or stack) whose papers include it. */
  number: positiveInt.optional(),
  /** Also the voided and undone ballots, whose numbers stay taken. */
  withVoided: z.boolean().optional(),
  limit: z.number().int().min(1).max(100000).optional(),
  offset: nonNegativeInt.optional(),
  newestFirst: z.boolean().optional(),
});

export const setTeamTotalsInput = z.object({
  electionId: id,
  teamId: id,
  /** RULES R4 item 6 bounds these two with the election (ballot-api.ts). */
  returned: nonNegativeInt,
  valid: nonNegativeInt,
  invalid: z.partialRecord(z.enum(INVALID_REASONS), peopleCount).default({}),
  votes: z.record(identifier, peopleCount).default({}),
  operator,
});
export const removeTeamTotalsInput = z.object({ electionId: id, teamId: id, operator });

/** "Chốt kết quả" is the chair's act: it needs the chair's PIN, like unlocking. */
export const lockElectionInput = z.object({ electionId: id, pin: z.string(), operator });
export const unlockElectionInput = z.object({ electionId: id, pin: z.string(), reason: requiredText, operator });
export const pauseElectionInput = z.object({ electionId: id, paused: z.boolean(), reason: cleanText.optional(), operator });

export const importCongressFileInput = z.object({ content: z.union([z.string(), z.record(z.string(), z.unknown())]), operator });
