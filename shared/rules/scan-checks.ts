import { undecidedPairText, type EarlierImage } from '../scan/resemblance';
import { problem, type Problem } from './problems';

/** How many scanned images an election has, counted as ballots and waiting for a person. */
export interface ScanFigures {
  total: number;
  counted: number;
  pending: number;
  /** Papers near-identical to an earlier one, both still counting or waiting, of which no person said they are two papers (issue 17, item 2). */
  samePaper?: readonly { image: string; earlier: EarlierImage }[];
}

/**
 * RULES R4 for a count helped by a scanner (issue 12): the images counted as ballots are checked
 * against the ballots returned, and no image may still wait for a person when the result is
 * locked. Images refused or set aside count nowhere and are not checked here.
 */
export function checkScans(scans: ScanFigures, returned: number | null): Problem[] {
  if (scans.total === 0) return [];
  const problems: Problem[] = [];
  const pairs = scans.samePaper ?? [];
  if (pairs.length > 0) problems.push(problem('SCANS_SAME_PAPER', 'error', `Có ${pairs.length} ảnh có thể là cùng một tờ phiếu quét hai lần, chưa ai trả lời "cùng một tờ phiếu?": ${pairs.map(undecidedPairText).join('; ')} (trong ứng dụng: màn hình Quét phiếu, phím F4; bằng dòng lệnh: kiem-phieu review)`));
  if (scans.pending > 0) problems.push(problem('SCANS_PENDING', 'error', `Còn ${scans.pending} ảnh phiếu quét chờ người xác nhận: chưa được tính (trong ứng dụng: màn hình Quét phiếu, phím F4; bằng dòng lệnh: kiem-phieu review)`));
  if (returned !== null && scans.counted > returned) problems.push(problem('SCANS_GT_RETURNED', 'error', `Số ảnh phiếu quét đã tính (${scans.counted}) lớn hơn số phiếu thu vào (${returned})`));
  else if (returned !== null && scans.counted < returned) problems.push(problem('SCANS_LT_RETURNED', 'warning', `Số ảnh phiếu quét đã tính (${scans.counted}) ít hơn số phiếu thu vào (${returned}): các phiếu còn lại phải được quét hoặc nhập bằng bàn phím`));
  return problems;
}
