import { CONGRESS_KIND_LABELS, OFFICE_LABELS } from '../../shared/domain';
import type { ExcelPreview } from '../excel/preview';
import { SEATS_LABEL } from '../../shared/minutes/figures';

const ENCODING_NAMES = { tcvn3: 'TCVN3', vni: 'VNI' } as const;
const ENCODING_SOURCES: Record<string, string> = { font: 'theo phông chữ', text: 'nhận ra từ chữ', context: 'theo các ô cùng phông' };

/** What was understood of a workbook, as the import command prints it on stderr. */
export function formatImportPreview(preview: ExcelPreview): string {
  const lines: string[] = [`Đã đọc ${preview.fileName ? `"${preview.fileName}"` : 'bảng tính'}${preview.source === 'kiem-phieu' ? ' (bảng tính do kiem-phieu xuất)' : ''}:`];
  for (const sheet of preview.sheets) lines.push(`  Sheet "${sheet.name}": ${sheet.read}`);
  const c = preview.congress;
  lines.push(`Đại hội: ${c.name.value} (${c.name.source})`);
  lines.push(`  Số được triệu tập: ${c.summoned.value ?? 'chưa biết'} (${c.summoned.source})`);
  lines.push(`  Loại: ${CONGRESS_KIND_LABELS[c.kind.value].toLocaleLowerCase('vi')} (${c.kind.source})`);
  if (preview.legacyText.cells > 0) lines.push(`  ${preview.legacyText.cells} ô chữ được chuyển từ bảng mã ${preview.legacyText.encodings.map((e) => ENCODING_NAMES[e]).join(', ')} sang Unicode`);
  for (const e of preview.elections) {
    lines.push(`Cuộc bầu "${e.key}"${e.include ? '' : ' (không nhập)'} → mã ${e.id}: ${e.title.value}`);
    lines.push(`  Chức danh: ${OFFICE_LABELS[e.office.value]} (${e.office.source})`);
    lines.push(`  ${SEATS_LABEL}: ${e.seats.value ?? 'chưa biết'} (${e.seats.source})`);
    if (e.table === 'ballots' && preview.source === 'legacy') {
      const symbols = e.marks.symbols.map((s) => `"${s.symbol}" (${s.count} ô)`).join(', ') || 'không có';
      lines.push(`  Dấu trong ô tên: ${symbols}; nghĩa là: ${e.marks.label ?? 'chưa biết'} (${e.marks.source})`);
    }
    const names = e.candidates.map((x) => (x.original ? `${x.name} ← "${x.original}" (${ENCODING_NAMES[x.encoding ?? 'tcvn3']}, ${ENCODING_SOURCES[x.encodingSource ?? ''] ?? ''})` : x.name));
    lines.push(`  Ứng cử viên (${e.candidates.length}): ${names.join(', ')}`);
    if (e.candidateDetailsFrom) lines.push(`  Năm sinh, giới tính, chức vụ lấy từ danh sách ở ${e.candidateDetailsFrom}`);
    lines.push(`  ${e.table === 'teams' ? `${e.teams.length} tổ: ${e.teams.join(', ')}` : `${e.ballots} phiếu${e.teams.length > 0 ? `; tổ / hòm phiếu: ${e.teams.join(', ')}` : ''}`}`);
    if (e.skippedLines.length > 0) lines.push(`  Bỏ qua theo yêu cầu: ${e.skippedLines.map((l) => `dòng ${l}`).join(', ')}`);
    for (const t of e.totals) lines.push(`  Dòng tổng "${t.label}" (${t.place}): ${t.note ?? (t.disagreements > 0 ? `${t.disagreements} ô khác với số chương trình đếm` : `${t.compared} ô khớp với số chương trình đếm`)}`);
    if (e.result) lines.push(`  Kết quả: ${e.result.valid} phiếu hợp lệ, ${e.result.invalid} không hợp lệ; ${e.result.candidates.map((x) => `${x.name} ${x.votes}`).join(', ')}`);
  }
  for (const p of preview.problems) if (p.severity !== 'error') lines.push(`${p.severity === 'warning' ? 'Cảnh báo' : 'Lưu ý'}: ${p.message}`);
  return `${lines.join('\n')}\n`;
}
