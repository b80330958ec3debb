import type { ScanDecision, ScanRow } from '../../../shared/api/scan-views';
import type { ScanFigures } from '../../../shared/rules/scan-checks';
import { undecidedPairs, type SamePaperAnswer } from '../../../shared/scan/resemblance';
import type { SecondLook } from '../../../shared/scan/second-look';
import type { Sql } from '../sql';

/* eslint-disable-next-line @typescript-eslint/no-explicit-any */
function scanFromSql(r: any): ScanRow {
  return {
    id: r.id, electionId: r.election_id, image: r.image, sha256: r.sha256, stored: r.stored, status: r.status, reason: r.reason, reading: JSON.parse(r.reading),
    decision: r.decision, ballotUid: r.ballot_uid, ballotNumber: r.ballot_number, operator: r.operator, scannedAt: r.scanned_at, decidedBy: r.decided_by, decidedAt: r.decided_at, note: r.note ?? null,
    descriptor: r.descriptor ?? null, sameAs: r.same_as ?? null, samePaper: r.same_paper ?? null,
  };
}

/** The scanned images of an election and their evidence (migration 7). */
export function scanQueries({ stmt }: Sql) {
  function listChecks(electionId: number): SecondLook[] {
    const rows = stmt('SELECT kind, detail, operator, checked_at FROM scan_checks WHERE election_id = ? ORDER BY id').all(electionId) as { kind: SecondLook['kind']; detail: string; operator: string; checked_at: string }[];
    return rows.map((r) => ({ kind: r.kind, at: r.checked_at, operator: r.operator, ...JSON.parse(r.detail) }) as SecondLook);
  }
  return {
    insertScan(row: Omit<ScanRow, 'id'>): number {
      return Number(
        stmt('INSERT INTO scans (election_id, image, sha256, stored, status, reason, reading, decision, ballot_uid, ballot_number, operator, scanned_at, decided_by, decided_at, note, descriptor, same_as, same_paper) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
          row.electionId, row.image, row.sha256, row.stored, row.status, row.reason, JSON.stringify(row.reading), row.decision, row.ballotUid, row.ballotNumber, row.operator, row.scannedAt, row.decidedBy, row.decidedAt, row.note, row.descriptor, row.sameAs, row.samePaper,
        ).lastInsertRowid,
      );
    },

    getScan(id: number): ScanRow | null {
      const row = stmt('SELECT * FROM scans WHERE id = ?').get(id);
      return row ? scanFromSql(row) : null;
    },

    findScanBySha(electionId: number, sha256: string): ScanRow | null {
      const row = stmt('SELECT * FROM scans WHERE election_id = ? AND sha256 = ?').get(electionId, sha256);
      return row ? scanFromSql(row) : null;
    },

    /** The image a ballot was counted from, if it was. */
    findScanByBallotUid(electionId: number, uid: string): ScanRow | null {
      const row = stmt('SELECT * FROM scans WHERE election_id = ? AND ballot_uid = ?').get(electionId, uid);
      return row ? scanFromSql(row) : null;
    },

    listScans(electionId: number): ScanRow[] {
      return stmt('SELECT * FROM scans WHERE election_id = ? ORDER BY id').all(electionId).map(scanFromSql);
    },

    /** The image names already taken for an election, with when the last image of that name was taken. */
    scannedImages(electionId: number): Map<string, string> {
      const rows = stmt('SELECT image, MAX(scanned_at) AS at FROM scans WHERE election_id = ? GROUP BY image').all(electionId) as { image: string; at: string }[];
      return new Map(rows.map((r) => [r.image, r.at]));
    },

    /** The hashes of every image taken for an election. */
    scannedHashes(electionId: number): Set<string> {
      const rows = stmt('SELECT sha256 FROM scans WHERE election_id = ?').all(electionId) as { sha256: string }[];
      return new Set(rows.map((r) => r.sha256));
    },

    /** The images of an election, those counted as ballots and those waiting for a person, and the pairs that may be one paper scanned twice that no person has decided. */
    scanFigures(electionId: number): ScanFigures {
      const r = stmt("SELECT COUNT(*) AS total, COALESCE(SUM(decision IN ('counted','confirmed')), 0) AS counted, COALESCE(SUM(decision = 'pending'), 0) AS pending FROM scans WHERE election_id = ?").get(electionId) as { total: number; counted: number; pending: number };
      const paired = stmt('SELECT id, image, decision, ballot_number, same_as, same_paper FROM scans WHERE election_id = ? AND (same_as IS NOT NULL OR id IN (SELECT same_as FROM scans WHERE election_id = ? AND same_as IS NOT NULL))').all(electionId, electionId) as { id: number; image: string; decision: ScanDecision; ballot_number: number | null; same_as: number | null; same_paper: SamePaperAnswer | null }[];
      const pairs = undecidedPairs(paired.map((p) => ({ key: p.id, image: p.image, decision: p.decision, number: p.ballot_number, sameAs: p.same_as, samePaper: p.same_paper })));
      const checks = listChecks(electionId);
      return { total: r.total, counted: r.counted, pending: r.pending, ...(pairs.length > 0 ? { samePaper: pairs } : {}), ...(checks.length > 0 ? { checks } : {}) };
    },

    /** The second looks the committee made (issue 17, item 8), in the order made. */
    listScanChecks(electionId: number): SecondLook[] {
      return listChecks(electionId);
    },

    insertScanCheck(electionId: number, check: SecondLook): number {
      const { kind, at, operator, ...detail } = check;
      return Number(stmt('INSERT INTO scan_checks (election_id, kind, detail, operator, checked_at) VALUES (?, ?, ?, ?, ?)').run(electionId, kind, JSON.stringify(detail), operator, at).lastInsertRowid);
    },

    /** The marks of every paper of an election that counts or waits for a person: what a new paper is compared with. */
    comparablePapers(electionId: number): { key: number; descriptor: string | null; decision: ScanDecision }[] {
      return (stmt("SELECT id, descriptor, decision FROM scans WHERE election_id = ? AND descriptor IS NOT NULL AND decision IN ('counted','confirmed','pending')").all(electionId) as { id: number; descriptor: string; decision: ScanDecision }[]).map((r) => ({ key: r.id, descriptor: r.descriptor, decision: r.decision }));
    },

    /** The earlier scan a paper looks the same as (a congress file read into the store). */
    linkSameAs(id: number, earlier: number): void {
      stmt('UPDATE scans SET same_as = ? WHERE id = ?').run(earlier, id);
    },

    /** What a person said of a paper that looks the same as an earlier one. */
    answerSamePaper(id: number, answer: SamePaperAnswer): void {
      stmt('UPDATE scans SET same_paper = ? WHERE id = ?').run(answer, id);
    },

    decideScan(id: number, decision: ScanDecision, by: { operator: string; at: string; ballotUid?: string; ballotNumber?: number; note?: string }): void {
      stmt('UPDATE scans SET decision = ?, decided_by = ?, decided_at = ?, ballot_uid = ?, ballot_number = ?, note = ? WHERE id = ?').run(decision, by.operator, by.at, by.ballotUid ?? null, by.ballotNumber ?? null, by.note?.trim() || null, id);
    },
  };
}
