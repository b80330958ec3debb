import { ERROR_CODES } from '../api/errors';
import { err, ok, type AppErrorDetail, type Result } from '../result';
import { issueDetails, validationError } from '../validation/issues';
import { parseBallotSlice, splitBallotArrays } from './ballot-arrays';
import { EntryReader } from './ballot-entry-fast';
import type { z } from 'zod';
import { checkCongressFile, ElectionBallotChecks, type AddDetail } from './checks';
import { orderIssues } from './issue-order';
import { checkContinuedOutcomes } from './round-chains';
import { electionTallyInputFromFile } from './tally-input';
import { tallyElection } from '../rules/tally';
import { ballotEntrySchema, CONGRESS_FORMAT, CONGRESS_VERSION, congressFileSchema, type BallotEntry, type CongressFile, type ElectionInFile } from './schema';

export { checkCongressFile, teamTotalFromFile } from './checks';

/** Receives each ballot found sound as it is read, instead of the file keeping it (its `ballots` then stay empty). */
export type BallotSink = (election: ElectionInFile, electionIndex: number, entry: BallotEntry) => void;

/** The ballots of one election, a slice at a time, each slice in file order. */
interface BallotSource {
  election: number;
  slices(): Iterable<unknown[]>;
}

interface SplitInput {
  skeleton: unknown;
  ballots: BallotSource[];
}

function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (position) {
    const offset = Number(position[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return `không phải JSON hợp lệ (dòng ${line}, cột ${column})`;
  }
  return 'không phải JSON hợp lệ';
}

function fileError(details: AppErrorDetail[]) {
  return err(validationError(ERROR_CODES.invalidCongressFile, details));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A parsed file: each election's ballots array taken out, to be read entry by entry. */
function splitParsed(json: unknown): SplitInput {
  if (!isPlainObject(json) || !Array.isArray(json.elections)) return { skeleton: json, ballots: [] };
  const ballots: BallotSource[] = [];
  const elections = json.elections.map((election: unknown, index: number) => {
    if (!isPlainObject(election) || !Array.isArray(election.ballots)) return election;
    const entries = election.ballots as unknown[];
    ballots.push({ election: index, slices: () => [entries] });
    return { ...election, ballots: [] };
  });
  return { skeleton: { ...json, elections }, ballots };
}

function parseText(text: string): Result<SplitInput> {
  try {
    return ok(splitParsed(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)));
  } catch (error) {
    return fileError([{ path: '', message: describeJsonError(text, error) }]);
  }
}

/** The bytes of a file, split without decoding the ballots; a file the split cannot follow is read whole. */
function splitBytes(bytes: Uint8Array): Result<SplitInput> {
  const whole = () => parseText(new TextDecoder().decode(bytes));
  const split = splitBallotArrays(bytes);
  if (split === null) return whole();
  let skeleton: unknown;
  try {
    skeleton = JSON.parse(split.skeleton);
  } catch {
    return whole();
  }
  const elections = isPlainObject(skeleton) && Array.isArray(skeleton.elections) ? skeleton.elections : [];
  const emptied = split.ballotArrays.every(({ election }) => {
    const found: unknown = elections[election];
    return isPlainObject(found) && Array.isArray(found.ballots) && found.ballots.length === 0;
  });
  if (!emptied) return whole();
  const decoder = new TextDecoder();
  const ballots = split.ballotArrays.map((array) => ({
    election: array.election,
    *slices() {
      for (let k = 0; k + 1 < array.bounds.length; k++) {
        try {
          yield parseBallotSlice(bytes, array, k, decoder);
        } catch {
          throw new SyntaxInBallots();
        }
      }
    },
  }));
  return ok({ skeleton, ballots });
}

/** A ballot slice that is not JSON: the file is not, and reading it whole names the place. */
class SyntaxInBallots extends Error {}

/**
 * Bytes up to this size are decoded and parsed whole (faster); larger files a slice of ballots
 * at a time, so that their whole text and every ballot are never in memory at once.
 */
export const SLICE_FILES_ABOVE_BYTES = 64 * 1024 * 1024;

function splitInput(input: unknown, sliceAbove: number): Result<SplitInput> {
  if (input instanceof Uint8Array) return input.length > sliceAbove ? splitBytes(input) : parseText(new TextDecoder().decode(input));
  if (typeof input === 'string') return parseText(input);
  return ok(splitParsed(input));
}

function checkHeader(json: unknown): AppErrorDetail | null {
  if (!isPlainObject(json)) return { path: '', message: 'tệp đại hội phải là một đối tượng JSON' };
  if (json.format !== CONGRESS_FORMAT) return { path: 'format', message: `không phải tệp đại hội (cần "${CONGRESS_FORMAT}", đang là ${JSON.stringify(json.format ?? null)})` };
  if (json.version !== CONGRESS_VERSION) return { path: 'version', message: `phiên bản ${JSON.stringify(json.version ?? null)} chưa được hỗ trợ (chương trình đọc phiên bản ${CONGRESS_VERSION})` };
  return null;
}

const MAX_KEPT_DETAILS = 1000;

/**
 * Reads a congress file: its text, its bytes (read a slice of ballots at a time, so that a file of
 * a million ballots never needs its whole text and every ballot in memory at once), or the parsed
 * JSON. Rejects it, naming the JSON path of every problem, when anything is wrong; nothing
 * downstream sees a half-valid file. With `onBallot`, each ballot goes there as it is read (a
 * count ballot by ballot) and the file's `ballots` stay empty; what it was given is meaningless
 * when the answer is a refusal.
 */
export function readCongressFile(input: unknown, onBallot?: BallotSink, sliceAbove = SLICE_FILES_ABOVE_BYTES): Result<CongressFile> {
  const split = splitInput(input, sliceAbove);
  if (!split.ok) return split;
  const header = checkHeader(split.value.skeleton);
  if (header) return fileError([header]);
  const parsed = congressFileSchema.safeParse(split.value.skeleton, { reportInput: true });
  const file = parsed.success ? parsed.data : null;

  const zodIssues: z.core.$ZodIssue[] = parsed.success ? [] : [...parsed.error.issues];
  const checked = new Map<number, AppErrorDetail[]>();
  const papers = new Map<number, ReadonlySet<number> | null>();
  let semantic = 0;
  const reader = new EntryReader();
  if (file) reader.seed(file.elections.flatMap((e) => e.candidates.map((c) => c.id)));
  try {
    for (const source of split.value.ballots) {
      const election = file?.elections[source.election];
      const checks = election && file ? new ElectionBallotChecks(election, `elections[${source.election}]`, file.congress.summoned) : null;
      const found: AppErrorDetail[] = [];
      const add: AddDetail = (path, message) => {
        if (semantic++ < MAX_KEPT_DETAILS) found.push({ path, message });
      };
      let index = 0;
      for (const slice of source.slices()) {
        for (const raw of slice) {
          const entry = reader.read(raw) ?? readEntryWithSchema(raw, source.election, index, zodIssues);
          if (entry !== null && checks && election) {
            const before = semantic;
            checks.check(entry, index, add);
            if (!onBallot) election.ballots.push(entry);
            else if (semantic === before) onBallot(election, source.election, entry);
          }
          index++;
        }
      }
      checked.set(source.election, found);
      papers.set(source.election, checks?.papers ?? null);
    }
  } catch (error) {
    if (!(error instanceof SyntaxInBallots) || !(input instanceof Uint8Array)) throw error;
    const whole = parseText(new TextDecoder().decode(input));
    if (whole.ok) throw new Error('readCongressFile: a ballot slice did not parse, yet the file does');
    return whole;
  }

  if (zodIssues.length > 0 || file === null) return fileError(issueDetails(orderIssues(zodIssues)));
  const details = checkCongressFile(file, checked, papers);
  if (details.length > 0) return fileError(details);
  // A round continues only a round whose outcome is tie or short: known once its ballots are counted
  // (read ballot by ballot, they are not kept here: readAndTallyCongressFile checks it after counting).
  if (!onBallot) {
    const outcomes = checkContinuedOutcomes(file.elections, (i) => tallyElection(electionTallyInputFromFile(file.congress, file.elections[i] as ElectionInFile)).outcome);
    if (outcomes.length > 0) return fileError(outcomes);
  }
  // A lock means the election is locked, whatever else the file says (a writer may know no `status`).
  for (const election of file.elections) if (election.lock) election.status = 'locked';
  return ok(file);
}

/** An entry the fast reader left to the schema: parsed, or its issues recorded with their place. */
function readEntryWithSchema(raw: unknown, election: number, index: number, issues: z.core.$ZodIssue[]): BallotEntry | null {
  const parsed = ballotEntrySchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) issues.push({ ...issue, path: ['elections', election, 'ballots', index, ...issue.path] });
  return null;
}
