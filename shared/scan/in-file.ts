import { ERROR_CODES } from '../api/errors';
import { electionSetupFromFile } from '../congress-file/tally';
import { nextPaperNumber } from '../congress-file/paper-numbers';
import type { BallotEntry, CongressFile, ElectionInFile, ScanRecord } from '../congress-file/schema';
import type { OperatorRuling } from '../domain';
import type { BallotContent } from '../entry/ballot-input';
import { fail, ok, type Result } from '../result';
import { ballotContext } from '../rules/tally';
import { judgeBallot, type Verdict } from '../rules/validity';
import { ballotRecordFromEntry, checkBallotEntry, listedCandidatesOf } from '../validation/ballot-entry';
import { printableName } from '../text/printable';
import { SCANNED_NOTE } from './decision';
import { resemblanceReason, resemblingPaper, samePaperNote, type EarlierImage, type SamePaperAnswer } from './resemblance';
import type { ScanReading } from './reading';

/**
 * Scanned ballots counted into a congress file (`kiem-phieu scan --count`, `kiem-phieu review`):
 * what the app's "Quét phiếu" screen does to its store, done to the file. A ballot read with
 * confidence counts at once; one a person must decide waits until they confirm it (it counts as
 * they typed it) or set it aside (with a reason); a refused image counts nowhere. Each image is
 * recorded once, by its SHA-256, with who scanned and who decided, and when.
 */

/** Who acts, and when (an ISO time, as `new Date().toISOString()` gives it). */
export interface ScanActor {
  operator: string;
  at: string;
  /** The counting team whose ballots these are, when one was named (as the app's session team). */
  team?: string;
}

/** The id of the ballot an image became: its hash, so that merging the file twice counts it once. */
export function scannedBallotId(sha256: string): string {
  return `quet-${sha256}`;
}

export function findScan(election: ElectionInFile, sha256: string): ScanRecord | undefined {
  return election.scans?.find((s) => s.sha256 === sha256);
}

/**
 * One image read by the machine, taken into the election: recorded, and counted when read with
 * confidence, unless its marks are near-identical to those of a paper of the election already
 * counted or waiting (resemblance.ts): then it waits for a person to say whether it is the same paper.
 */
export function takeReading(election: ElectionInFile, image: string, reading: ScanReading, by: ScanActor): { election: ElectionInFile; record: ScanRecord } {
  const resembles = resemblingPaper(reading.marksDescriptor, (election.scans ?? []).map((s) => ({ key: s.sha256, descriptor: s.descriptor, decision: s.decision })));
  const counts = reading.status === 'read' && resembles === null;
  const number = counts ? nextPaperNumber(election.ballots) : undefined;
  const earlier = resembles ? findScan(election, resembles.key) : undefined;
  const reason = [reading.reason, earlier ? resemblanceReason({ image: earlier.image, number: earlier.number ?? null }) : undefined].filter((r) => r !== undefined).join('. ');
  const record: ScanRecord = {
    image, sha256: reading.sha256, status: reading.status,
    ...(reason !== '' ? { reason } : {}),
    ...(reading.struck !== undefined ? { struck: reading.struck } : {}),
    ...(reading.marks !== undefined ? { marks: reading.marks } : {}),
    uncertain: reading.uncertain,
    decision: counts ? 'counted' : reading.status === 'refused' ? 'refused' : 'pending',
    ...(number !== undefined ? { number, decidedBy: by.operator, decidedAt: by.at } : {}),
    operator: by.operator, at: by.at,
    ...(reading.marksDescriptor ? { descriptor: reading.marksDescriptor } : {}),
    ...(resembles ? { sameAs: resembles.key } : {}),
  };
  const ballots = counts ? [...election.ballots, scannedBallot(reading.sha256, number as number, reading.marks ? { marks: reading.marks } : { struck: reading.struck ?? [] }, null, undefined, by)] : election.ballots;
  return { election: { ...election, ballots, scans: [...(election.scans ?? []), record] }, record };
}

/** The earlier image a record resembles, as the words name it. */
export function earlierImageOf(election: ElectionInFile, scan: ScanRecord): EarlierImage | null {
  const earlier = scan.sameAs === undefined ? undefined : findScan(election, scan.sameAs);
  return earlier ? { image: earlier.image, number: earlier.number ?? null } : null;
}

/**
 * A person's answer for a paper that resembles an earlier one ("cùng một tờ phiếu?"): the same
 * paper, and it is set aside, the reason kept; another paper, and it is counted as the machine
 * read it when it read it with confidence, else it waits for the rest of the person's decision.
 */
export function decideSamePaperInFile(election: ElectionInFile, sha256: string, answer: SamePaperAnswer, by: ScanActor, congress: CongressFile['congress']): Result<{ election: ElectionInFile; number: number | null }> {
  const found = pendingScan(election, sha256);
  if (!found.ok) return found;
  const scan = (election.scans ?? [])[found.value] as ScanRecord;
  const earlier = earlierImageOf(election, scan);
  if (!earlier || scan.samePaper !== undefined) return fail(ERROR_CODES.invalidInput, `Ảnh "${printableName(scan.image)}" không chờ câu trả lời "cùng một tờ phiếu?"`, 'sha256');
  const answered = (election.scans ?? []).map((s, i) => (i === found.value ? { ...s, samePaper: answer } : s));
  const withAnswer = { ...election, scans: answered };
  if (answer === 'same') {
    const aside = setAsideScanInFile(withAnswer, sha256, samePaperNote(earlier), by);
    return aside.ok ? ok({ election: aside.value, number: null }) : aside;
  }
  if (scan.status !== 'read') return ok({ election: withAnswer, number: null });
  const counted = confirmScanInFile(withAnswer, sha256, { content: scan.marks ? { marks: scan.marks } : { struck: scan.struck ?? [] }, ruling: null }, by, congress);
  return counted.ok ? ok({ election: counted.value.election, number: counted.value.number }) : counted;
}

function scannedBallot(sha256: string, number: number, content: BallotContent, ruling: OperatorRuling | null, note: string | undefined, by: ScanActor): BallotEntry {
  return { id: scannedBallotId(sha256), number, ...(by.team ? { team: by.team } : {}), count: 1, ...content, ...(ruling ? { invalid: ruling } : {}), note: note ? `${SCANNED_NOTE}; ${note}` : SCANNED_NOTE, operator: by.operator, at: by.at };
}

/** What a person typed for a ballot the machine was unsure of (the entry screen's keys, read by shared/entry). */
export interface ScanConfirmation {
  content: BallotContent;
  ruling: OperatorRuling | null;
  note?: string;
}

function pendingScan(election: ElectionInFile, sha256: string): Result<number> {
  const index = (election.scans ?? []).findIndex((s) => s.sha256 === sha256);
  const scan = election.scans?.[index];
  if (scan === undefined) return fail(ERROR_CODES.notFound, `Không có ảnh quét mã ${sha256.slice(0, 12)}… trong cuộc bầu "${election.id}"`, 'sha256');
  if (scan.decision !== 'pending') return fail(ERROR_CODES.alreadyCorrected, scan.decision === 'refused' ? `Ảnh "${printableName(scan.image)}" không phải phiếu đọc được của cuộc bầu này: không thể tính` : `Ảnh "${printableName(scan.image)}" đã được quyết định rồi`, 'sha256');
  return ok(index);
}

/** A person's decision on an image waiting for them: it counts as they typed it. */
export function confirmScanInFile(election: ElectionInFile, sha256: string, decided: ScanConfirmation, by: ScanActor, congress: CongressFile['congress']): Result<{ election: ElectionInFile; number: number; verdict: Verdict }> {
  const found = pendingScan(election, sha256);
  if (!found.ok) return found;
  if (decided.ruling === 'COMMITTEE_RULED' && !decided.note?.trim()) return fail(ERROR_CODES.invalidInput, 'Ghi lý do Ban kiểm phiếu kết luận phiếu không hợp lệ', 'note');
  const number = nextPaperNumber(election.ballots);
  const entry = scannedBallot(sha256, number, decided.content, decided.ruling, decided.note?.trim() || undefined, by);
  const context = ballotContext(electionSetupFromFile(congress, election));
  const problems = checkBallotEntry(entry, listedCandidatesOf(election.candidates), context.format);
  if (problems.length > 0) return fail(ERROR_CODES.invalidInput, problems.map((p) => p.message).join('; '), 'ballot');
  const record = ballotRecordFromEntry(entry);
  const verdict = judgeBallot(record.choice, record.ruling, context);
  const scans = (election.scans ?? []).map((s, i) => (i === found.value ? { ...s, decision: 'confirmed' as const, number, decidedBy: by.operator, decidedAt: by.at, ...(decided.note?.trim() ? { note: decided.note.trim() } : {}) } : s));
  return ok({ election: { ...election, ballots: [...election.ballots, entry], scans }, number, verdict });
}

/** A person decides an image is not a ballot to count; the reason is required and kept. */
export function setAsideScanInFile(election: ElectionInFile, sha256: string, reason: string, by: ScanActor): Result<ElectionInFile> {
  const found = pendingScan(election, sha256);
  if (!found.ok) return found;
  if (reason.trim() === '') return fail(ERROR_CODES.invalidInput, 'Ghi lý do không tính ảnh này', 'reason');
  const scans = (election.scans ?? []).map((s, i) => (i === found.value ? { ...s, decision: 'set_aside' as const, decidedBy: by.operator, decidedAt: by.at, note: reason.trim() } : s));
  return ok({ ...election, scans });
}
