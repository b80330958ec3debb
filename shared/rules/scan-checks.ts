import { undecidedPairText, type EarlierImage } from '../scan/resemblance';
import { marginChecked, type MarginCheck, type SecondLook } from '../scan/second-look';
import { closeText, DEFAULT_SCAN_MARGIN, type CloseCandidate } from './margin';
import { problem, type Problem } from './problems';

/** How many scanned images an election has, counted as ballots and waiting for a person. */
export interface ScanFigures {
  total: number;
  counted: number;
  pending: number;
  /** Papers near-identical to an earlier one, both still counting or waiting, of which no person said they are two papers (issue 17, item 2). */
  samePaper?: readonly { image: string; earlier: EarlierImage }[];
  /** The second looks the committee made (issue 17, item 8: the margin check, spot checks). */
  checks?: readonly SecondLook[];
}

/**
 * RULES R4 for a count helped by a scanner (issue 12): the images counted as ballots are checked
 * against the ballots returned, and no image may still wait for a person when the result is
 * locked. Images refused or set aside count nowhere and are not checked here.
 */
export function checkScans(scans: ScanFigures, returned: number | null, close: readonly CloseCandidate[] = [], margin = DEFAULT_SCAN_MARGIN): Problem[] {
  if (scans.total === 0) return [];
  const problems: Problem[] = [];
  const checks = scans.checks ?? [];
  if (scans.counted > 0 && close.length > 0 && !marginChecked(checks, close, margin, scans.counted)) {
    const last = [...checks].reverse().find((c): c is MarginCheck => c.kind === 'margin');
    const wrong = last && last.wrong.length > 0 ? ` Lần xem lại trước thấy phiếu số ${last.wrong.join(', ')} chưa đúng như đã tính: sửa các phiếu đó rồi xem lại.` : '';
    problems.push(problem('SCANS_MARGIN_UNCHECKED', 'error', `Kết quả được quyết định bởi rất ít phiếu (từ ${margin} phiếu trở xuống): ${close.map(closeText).join('; ')}. Trước khi chốt, ban kiểm phiếu xem lại dòng tên của ${close.length > 1 ? 'những người này' : 'người này'} trên mọi phiếu quét, trong một lượt (trong ứng dụng: nút Chốt kết quả; bằng dòng lệnh: kiem-phieu review --margin).${wrong}`));
  }
  const pairs = scans.samePaper ?? [];
  if (pairs.length > 0) problems.push(problem('SCANS_SAME_PAPER', 'error', `Có ${pairs.length} ảnh có thể là cùng một tờ phiếu quét hai lần, chưa ai trả lời "cùng một tờ phiếu?": ${pairs.map(undecidedPairText).join('; ')} (trong ứng dụng: màn hình Quét phiếu, phím F4; bằng dòng lệnh: kiem-phieu review)`));
  if (scans.pending > 0) problems.push(problem('SCANS_PENDING', 'error', `Còn ${scans.pending} ảnh phiếu quét chờ người xác nhận: chưa được tính (trong ứng dụng: màn hình Quét phiếu, phím F4; bằng dòng lệnh: kiem-phieu review)`));
  if (returned !== null && scans.counted > returned) problems.push(problem('SCANS_GT_RETURNED', 'error', `Số ảnh phiếu quét đã tính (${scans.counted}) lớn hơn số phiếu thu vào (${returned})`));
  else if (returned !== null && scans.counted < returned) problems.push(problem('SCANS_LT_RETURNED', 'warning', `Số ảnh phiếu quét đã tính (${scans.counted}) ít hơn số phiếu thu vào (${returned}): các phiếu còn lại phải được quét hoặc nhập bằng bàn phím`));
  return problems;
}
