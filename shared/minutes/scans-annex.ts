import type { MinutesModel, MinutesSource } from './model';

/** A scanned image as the minutes' annex lists it. */
export type ScanForMinutes = NonNullable<MinutesSource['scans']>[number];
export type MinutesAnnex = NonNullable<MinutesModel['annex']>;

/** A SHA-256 in four groups of 16 hex digits: it wraps between groups, and is read back group by group. */
export function hashInGroups(sha256: string): string {
  return sha256.match(/.{1,16}/g)?.join(' ') ?? sha256;
}

function decisionText(scan: ScanForMinutes): string {
  switch (scan.decision) {
    case 'counted':
      return `Phiếu số ${scan.ballotNumber} (máy đọc)`;
    case 'confirmed':
      return `Phiếu số ${scan.ballotNumber} (người xác nhận)`;
    case 'pending':
      return 'Chờ xác nhận, chưa tính';
    case 'set_aside':
      return 'Không tính (người quyết định)';
    case 'refused':
      return 'Không đọc được, không tính';
  }
}

/**
 * The annex of the minutes when ballots were read from scans (issue 12, item 4): every image with
 * its SHA-256, the same as the copy kept beside the congress file, and what became of it. None
 * when the election has no scans.
 */
export function scansAnnex(scans: readonly ScanForMinutes[] | undefined): MinutesAnnex | null {
  if (!scans || scans.length === 0) return null;
  const counted = scans.filter((s) => s.decision === 'counted' || s.decision === 'confirmed').length;
  return {
    title: 'PHỤ LỤC: DANH SÁCH ẢNH PHIẾU QUÉT',
    blocks: [
      {
        kind: 'paragraph',
        style: 'plain',
        text: [`Có ${scans.length} ảnh phiếu quét, trong đó ${counted} ảnh được tính là phiếu bầu. Mỗi ảnh được lưu kèm hồ sơ; mã SHA-256 dưới đây xác định đúng nội dung của ảnh.`],
      },
      {
        kind: 'table',
        columns: [
          { header: 'TT', width: 6, align: 'center' },
          { header: 'Tên ảnh', width: 20, align: 'left' },
          { header: 'Mã SHA-256', width: 42, align: 'left' },
          { header: 'Kết quả', width: 32, align: 'left' },
        ],
        rows: scans.map((s, i) => [[String(i + 1)], [s.image], [hashInGroups(s.sha256)], [decisionText(s)]]),
      },
    ],
  };
}
