import { CONGRESS_FORMAT, CONGRESS_VERSION, type BallotEntry, type BallotPrinting, type CandidateInFile, type CongressFile, type ElectionInFile, type ScanRecord, type TeamTotalInFile } from './schema';
import { DEFAULT_SCAN_MARGIN } from '../rules/margin';

/** Copies the fields that are set, in the given order: a file carries what it knows, no nulls. */
function pick<T extends object>(source: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) {
    const value = source[key];
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

function writeCandidate(candidate: CandidateInFile) {
  const out = pick(candidate, ['id', 'name', 'birthYear', 'birthDate', 'gender', 'withdrawn', 'onPaper', 'withdrawnAt', 'position', 'note', 'nomination']);
  if (out.withdrawn === false) delete out.withdrawn;
  // `onPaper` says something only of a withdrawn name, and only when true (false is the default).
  if (!candidate.withdrawn || out.onPaper === false) delete out.onPaper;
  return out;
}

function writePrinting(printing: BallotPrinting) {
  return pick(printing, ['at', 'operator', 'replacedAt']);
}

function writeBallot(ballot: BallotEntry) {
  const out = pick(ballot, ['id', 'number', 'team', 'kept', 'struck', 'marks', 'count', 'invalid', 'note', 'operator', 'at']);
  if (out.count === 1) delete out.count;
  return out;
}

function writeTeamTotal(total: TeamTotalInFile) {
  return pick(total, ['team', 'returned', 'valid', 'invalid', 'votes']);
}

function writeScan(scan: ScanRecord) {
  return pick(scan, ['image', 'sha256', 'status', 'reason', 'struck', 'marks', 'uncertain', 'decision', 'number', 'operator', 'at', 'decidedBy', 'decidedAt', 'note', 'sameAs', 'samePaper', 'descriptor']);
}

function writeElection(election: ElectionInFile) {
  const head = pick(election, ['id', 'office', 'title', 'seats', 'approvedSeats', 'round', 'continues', 'requireMajority', 'base', 'ballotsIssued', 'ballotsReturned']);
  // Defaults are left out, as people write them.
  if (head.round === 1) delete head.round;
  if (head.requireMajority === true) delete head.requireMajority;
  return {
    ...head,
    ...(election.allBothOrNoneInvalid ? {} : { allBothOrNoneInvalid: false }),
    ...(election.status === 'open' ? {} : { status: election.status }),
    ...(election.lock ? { lock: { at: election.lock.at, fingerprint: election.lock.fingerprint, auditHead: election.lock.auditHead, ...(election.lock.digests ? { digests: { ...election.lock.digests } } : {}) } } : {}),
    candidates: election.candidates.map(writeCandidate),
    ballots: election.ballots.map(writeBallot),
    ...(election.teamTotals.length > 0 ? { teamTotals: election.teamTotals.map(writeTeamTotal) } : {}),
    ...(election.teamReceived?.length ? { teamReceived: election.teamReceived.map((r) => ({ team: r.team, received: r.received })) } : {}),
    ...(election.scans?.length ? { scans: election.scans.map(writeScan) } : {}),
    ...(election.scanMargin === undefined || election.scanMargin === DEFAULT_SCAN_MARGIN ? {} : { scanMargin: election.scanMargin }),
    ...(election.scanChecks?.length ? { scanChecks: election.scanChecks.map((c) => (c.kind === 'margin' ? pick(c, ['kind', 'at', 'operator', 'margin', 'candidates', 'scanned', 'wrong']) : pick(c, ['kind', 'at', 'operator', 'seed', 'papers']))) } : {}),
    ...(election.printings?.length ? { printings: election.printings.map(writePrinting) } : {}),
    // As the program has always written it (older readers need the object); `true` only for a file that said no more.
    ...(election.voided ? { voided: election.voided.at !== null && election.voided.reason !== null ? { at: election.voided.at, reason: election.voided.reason } : true } : {}),
  };
}

/** The file as plain JSON values, keys in the contract's order. */
export function congressFileJson(file: CongressFile) {
  const congress = pick(file.congress, ['name', 'organization', 'term', 'place', 'date', 'kind', 'meeting', 'summoned', 'exclusions', 'present', 'countingCommittee']);
  return { format: CONGRESS_FORMAT, version: CONGRESS_VERSION, congress, elections: file.elections.map(writeElection) };
}

/** The congress file as JSON text (INTERCHANGE.md), NFC. Indented for people to read, with each
 *  ballot on one line so that a file of 100,000 ballots stays small and diffs stay readable. */
export function writeCongressFile(file: CongressFile): string {
  const json = congressFileJson(file);
  const marker = `__ballot_${Math.random().toString(36).slice(2)}_`;
  const compact: string[] = [];
  const withMarkers = {
    ...json,
    elections: json.elections.map((election) => ({
      ...election,
      ballots: election.ballots.map((ballot) => `${marker}${compact.push(JSON.stringify(ballot)) - 1}`),
    })),
  };
  const text = JSON.stringify(withMarkers, null, 1).replace(new RegExp(`"${marker}(\\d+)"`, 'g'), (_, n: string) => compact[Number(n)] as string);
  return `${text.normalize('NFC')}\n`;
}
