import { PaperNumbering } from '../congress-file/paper-numbers';
import type { BallotEntry, CongressInfo, ElectionInFile, ScanRecord } from '../congress-file/schema';
import { canonicalJson } from '../packages/canonical-json';
import { isOperatorRuling } from '../validation/ballot-entry';
import { Sha256 } from './sha256';

/**
 * The canonical form of a locked election, part by part (docs/seal.md is its published text,
 * written so that an independent script recomputes it): each part is a JSON value, written as
 * RFC 8785 canonical JSON with every string in NFC. What a part leaves out decides nothing on the
 * papers or in the outcome (who typed a ballot and when, the ids of records, printings).
 */
export const SEAL_PARTS = ['congress', 'election', 'list', 'ballots', 'totals', 'scans'] as const;
export type SealPart = (typeof SEAL_PARTS)[number];

/** Text as the seal reads it: NFC, and an empty text the same as none. */
function text(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const nfc = value.normalize('NFC');
  return nfc === '' ? null : nfc;
}

const orNull = <T>(value: T | null | undefined): T | null => (value === undefined ? null : value);

/** JavaScript's default order of strings (UTF-16 code units). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortedTexts(values: readonly string[]): string[] {
  return values.map((v) => v.normalize('NFC')).sort(byText);
}

/** Each item's canonical JSON, sorted: a collection whose order says nothing. */
function sortedCanonical(values: readonly unknown[]): unknown[] {
  return values
    .map((value) => ({ value, key: canonicalJson(value) }))
    .sort((a, b) => byText(a.key, b.key))
    .map((item) => item.value);
}

/** A record of counts without its zero entries (a zero says the same as nothing). */
function nonZero(record: Readonly<Record<string, number>> | undefined): Record<string, number> {
  return Object.fromEntries(Object.entries(record ?? {}).filter(([, n]) => n !== 0).map(([k, n]) => [k.normalize('NFC'), n]));
}

/** A reading of marks: without the names marked "none" (no mark on a name reads the same). */
function marksRead(marks: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(marks).filter(([, mark]) => mark !== 'none').map(([id, mark]) => [id.normalize('NFC'), mark]));
}

export function congressPart(congress: CongressInfo): unknown {
  return {
    name: text(congress.name), organization: text(congress.organization), term: text(congress.term), place: text(congress.place), date: text(congress.date),
    kind: congress.kind, meeting: orNull(congress.meeting), summoned: congress.summoned, present: orNull(congress.present),
    exclusions: congress.exclusions.map((e) => ({ reason: text(e.reason), count: e.count })),
    countingCommittee: (congress.countingCommittee ?? []).map((m) => ({ name: text(m.name), role: text(m.role) })),
  };
}

export function electionPart(election: ElectionInFile): unknown {
  return {
    id: election.id, office: election.office, title: text(election.title), seats: election.seats, approvedSeats: orNull(election.approvedSeats), round: election.round,
    continues: orNull(election.continues), requireMajority: election.requireMajority, base: orNull(election.base), ballotsIssued: orNull(election.ballotsIssued),
    ballotsReturned: orNull(election.ballotsReturned), allBothOrNoneInvalid: election.allBothOrNoneInvalid,
    voided: election.voided ? { at: text(election.voided.at), reason: text(election.voided.reason) } : null,
  };
}

/** The list in paper order: each name, whether withdrawn, and whether still printed on the paper. */
export function listPart(election: ElectionInFile): unknown {
  return election.candidates.map((c) => ({
    id: c.id, name: text(c.name), birthYear: orNull(c.birthYear), birthDate: text(c.birthDate), gender: text(c.gender), position: text(c.position), note: text(c.note),
    nomination: orNull(c.nomination), withdrawn: c.withdrawn, onPaper: c.withdrawn && c.onPaper === true, withdrawnAt: c.withdrawn ? text(c.withdrawnAt) : null,
  }));
}

/**
 * What a paper says, whatever the spelling: a strike-out paper (`kept` or `struck`) as the names
 * struck on it, sorted; a paper of marks without its "none" marks; a paper with no content, null.
 */
function vote(entry: BallotEntry, onPaper: readonly string[]): unknown {
  if (entry.kept !== undefined) {
    const kept = new Set(entry.kept);
    return { struck: sortedTexts(onPaper.filter((id) => !kept.has(id))) };
  }
  if (entry.struck !== undefined) return { struck: sortedTexts(entry.struck) };
  if (entry.marks !== undefined) return { marks: marksRead(entry.marks) };
  return null;
}

/** The names printed on the paper (RULES R1), in paper order. */
export function onPaperIds(election: Pick<ElectionInFile, 'candidates'>): string[] {
  return election.candidates.filter((c) => !c.withdrawn || c.onPaper === true).map((c) => c.id);
}

/** One ballot entry as the seal reads it: its first paper number, count, team, vote, ruling and note. */
export function ballotCanonical(entry: BallotEntry, number: number, onPaper: readonly string[]): unknown {
  return { number, count: entry.count, team: text(entry.team), vote: vote(entry, onPaper), ruling: isOperatorRuling(entry.invalid) ? entry.invalid : null, note: text(entry.note) };
}

/** Each entry with its first paper number, as the file is read (its own, or the next free). */
function numbered(election: ElectionInFile): { entry: BallotEntry; number: number }[] {
  const numbering = new PaperNumbering();
  return election.ballots.map((entry) => {
    const taken = numbering.take(entry);
    return { entry, number: 'number' in taken ? taken.number : (entry.number ?? taken.lowest) };
  });
}

/** The ballots in paper-number order (the order a readable file has them in already). */
export function ballotsPart(election: ElectionInFile): unknown {
  const onPaper = onPaperIds(election);
  return numbered(election)
    .sort((a, b) => a.number - b.number)
    .map(({ entry, number }) => ballotCanonical(entry, number, onPaper));
}

/**
 * The ballots part's digest fed one ballot at a time, in paper-number order, for a file read
 * ballot by ballot: the same digest as SHA-256 over the canonical JSON of `ballotsPart`.
 */
export class BallotsDigest {
  private readonly hash = new Sha256().update('[');
  private readonly numbering = new PaperNumbering();
  private first = true;

  constructor(private readonly onPaper: readonly string[]) {}

  add(entry: BallotEntry): void {
    const taken = this.numbering.take(entry);
    const number = 'number' in taken ? taken.number : (entry.number ?? taken.lowest);
    this.hash.update(`${this.first ? '' : ','}${canonicalJson(ballotCanonical(entry, number, this.onPaper))}`);
    this.first = false;
  }

  hex(): string {
    return this.hash.update(']').hex();
  }
}

export function totalsPart(election: ElectionInFile): unknown {
  return {
    teamTotals: sortedCanonical(election.teamTotals.map((t) => ({ team: text(t.team), returned: t.returned, valid: t.valid, invalid: nonZero(t.invalid), votes: nonZero(t.votes) }))),
    teamReceived: sortedCanonical((election.teamReceived ?? []).map((r) => ({ team: text(r.team), received: r.received }))),
  };
}

function scanPart(scan: ScanRecord): unknown {
  return {
    image: text(scan.image), sha256: scan.sha256, status: scan.status, reason: text(scan.reason), struck: scan.struck ? sortedTexts(scan.struck) : null,
    marks: scan.marks ? marksRead(scan.marks) : null, uncertain: sortedTexts(scan.uncertain), decision: scan.decision, number: orNull(scan.number), note: text(scan.note),
  };
}

export function scansPart(election: ElectionInFile): unknown {
  return sortedCanonical((election.scans ?? []).map(scanPart));
}

/** Each part's value, to be written as canonical JSON. */
export function partValues(congress: CongressInfo, election: ElectionInFile): Record<SealPart, () => unknown> {
  return {
    congress: () => congressPart(congress),
    election: () => electionPart(election),
    list: () => listPart(election),
    ballots: () => ballotsPart(election),
    totals: () => totalsPart(election),
    scans: () => scansPart(election),
  };
}
