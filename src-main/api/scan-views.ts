import type { ScanCounts, ScanList, ScanRow, ScanView } from '../../shared/api/scan-views';
import type { ScanReading } from '../../shared/scan/reading';
import { doubtsOf } from '../../shared/scan/review-text';

/** A scanned image as the screens see it (shared/api/scan-views.ts); `scanOf` finds the earlier image it looks the same as. */
export function scanView(row: ScanRow, scanOf: (id: number) => ScanRow | null | undefined): ScanView {
  const reading = row.reading.reading;
  const earlier = row.sameAs === null ? null : scanOf(row.sameAs);
  const invalid = reading.review?.find((c) => c.kind === 'invalid');
  return {
    id: row.id, image: row.image, sha256: row.sha256, status: row.status, reason: row.reason, decision: row.decision, ballotNumber: row.ballotNumber,
    operator: row.operator, scannedAt: row.scannedAt, decidedBy: row.decidedBy, decidedAt: row.decidedAt, note: row.note,
    sameAs: earlier ? { id: earlier.id, image: earlier.image, ballotNumber: earlier.ballotNumber } : null, samePaper: row.samePaper,
    struck: reading.struck ?? null, marks: reading.marks ?? null, uncertain: reading.uncertain, doubts: doubtsOf(reading, reading.scores?.map((s) => s.id) ?? reading.uncertain),
    machineInvalid: invalid?.kind === 'invalid' ? invalid.reason : null,
    outsideInk: reading.review?.some((c) => c.kind === 'outside_ink') ?? false,
  };
}

export function scanList(rows: readonly ScanRow[]): ScanList {
  const counts: ScanCounts = { total: rows.length, read: 0, review: 0, refused: 0, counted: 0, pending: 0, setAside: 0 };
  for (const row of rows) {
    counts[row.status]++;
    if (row.decision === 'counted' || row.decision === 'confirmed') counts.counted++;
    if (row.decision === 'pending') counts.pending++;
    if (row.decision === 'set_aside') counts.setAside++;
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { scans: rows.map((row) => scanView(row, (id) => byId.get(id))), counts };
}

/** What the machine read, as the audit log keeps it beside a decision. */
export function machineReading(reading: ScanReading) {
  return {
    status: reading.status,
    reason: reading.reason ?? null,
    ...(reading.struck ? { struck: reading.struck } : {}),
    ...(reading.marks ? { marks: reading.marks } : {}),
    uncertain: reading.uncertain,
    ...(reading.verdict ? { verdict: reading.verdict } : {}),
  };
}
