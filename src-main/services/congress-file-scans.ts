import type { ScanRow } from '../../shared/api/scan-views';
import type { ScanRecord } from '../../shared/congress-file/schema';
import { storedName } from '../scan/evidence-files';
import type { Store } from '../db/store';

/** An election's scanned images as a congress file records them (`elections[].scans`): what the machine read and what became of each, each counted one naming its paper as the file numbers it. */
export function scanRecordsFromStore(store: Store, electionId: number, paperNumberOf: ReadonlyMap<string, number>): ScanRecord[] {
  const rows = store.listScans(electionId);
  const shaOf = new Map(rows.map((r) => [r.id, r.sha256]));
  return rows.map((row) => {
    const reading = row.reading.reading;
    const number = row.ballotUid === null ? null : (paperNumberOf.get(row.ballotUid) ?? row.ballotNumber);
    return {
      image: row.image, sha256: row.sha256, status: row.status, ...(row.reason ? { reason: row.reason } : {}),
      ...(reading.struck ? { struck: reading.struck } : {}), ...(reading.marks ? { marks: reading.marks } : {}), uncertain: reading.uncertain,
      decision: row.decision, ...(number !== null ? { number } : {}), ...(row.operator ? { operator: row.operator } : {}), at: row.scannedAt,
      ...(row.decidedBy ? { decidedBy: row.decidedBy } : {}), ...(row.decidedAt ? { decidedAt: row.decidedAt } : {}), ...(row.note ? { note: row.note } : {}),
      ...(row.sameAs !== null && shaOf.has(row.sameAs) ? { sameAs: shaOf.get(row.sameAs) as string } : {}), ...(row.samePaper ? { samePaper: row.samePaper } : {}), ...(row.descriptor ? { descriptor: row.descriptor } : {}),
    };
  });
}

/** What is known of the program that read an image recorded in a congress file: the file does not say. */
const FROM_FILE = { name: 'kiem-phieu', version: 'không rõ (nhập từ tệp đại hội)' };

/**
 * The scan records of an imported file, into the store: a waiting image still blocks the lock
 * there, and the minutes' annex lists them all. The images stay beside the file they came with
 * (the screen says a copy is missing when asked to show one). Call in the import's transaction.
 */
export function insertScanRecords(store: Store, electionId: number, scans: readonly ScanRecord[], ballotUidOfNumber: ReadonlyMap<number, string>, now: string): void {
  const idOf = new Map<string, number>();
  for (const scan of scans) {
    const row: Omit<ScanRow, 'id'> = {
      electionId, image: scan.image, sha256: scan.sha256, stored: storedName(scan.sha256, scan.image), status: scan.status, reason: scan.reason ?? null,
      reading: { reading: { status: scan.status, sha256: scan.sha256, ...(scan.reason ? { reason: scan.reason } : {}), ...(scan.struck ? { struck: scan.struck } : {}), ...(scan.marks ? { marks: scan.marks } : {}), uncertain: scan.uncertain }, program: FROM_FILE },
      decision: scan.decision, ballotUid: scan.number !== undefined ? (ballotUidOfNumber.get(scan.number) ?? null) : null, ballotNumber: scan.number ?? null,
      operator: scan.operator ?? '', scannedAt: scan.at ?? now, decidedBy: scan.decidedBy ?? null, decidedAt: scan.decidedAt ?? null, note: scan.note ?? null,
      descriptor: scan.descriptor ?? null, sameAs: null, samePaper: scan.samePaper ?? null,
    };
    idOf.set(scan.sha256, store.insertScan(row));
  }
  // The earlier image a paper looks the same as, once every image of the election has its row.
  for (const scan of scans) if (scan.sameAs !== undefined && idOf.has(scan.sameAs)) store.linkSameAs(idOf.get(scan.sha256) as number, idOf.get(scan.sameAs) as number);
}
