import type { ScanDecision } from '../api/scan-views';
import type { ScanStatus } from './reading';

/** The words of the "Quét phiếu" screen for what the machine made of an image and what became of it. */
export const SCAN_STATUS_LABELS: Record<ScanStatus, string> = {
  read: 'Đọc được',
  review: 'Cần người xem',
  refused: 'Không đọc được',
};

export const SCAN_DECISION_LABELS: Record<ScanDecision, string> = {
  counted: 'Đã tính (máy đọc chắc chắn)',
  pending: 'Chờ người xác nhận',
  confirmed: 'Đã tính (người xác nhận)',
  set_aside: 'Không tính (người quyết định)',
  refused: 'Không tính, lưu lại để ban kiểm phiếu xem',
};

/** The note a ballot counted from a scan carries (the entry screen shows it). */
export const SCANNED_NOTE = 'quét';

/** A ballot counted from a scan: read with confidence, or confirmed by a person. */
export function scanCounts(decision: ScanDecision): boolean {
  return decision === 'counted' || decision === 'confirmed';
}

/** The image files a scanner writes that the program reads. */
export const SCAN_IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.tif', '.tiff'] as const;

export function isScanImageName(name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith('.') && SCAN_IMAGE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
