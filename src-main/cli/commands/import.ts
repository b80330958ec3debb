import { readFileSync } from 'node:fs';
import { writeOwnerOnlyFile } from '../../services/owner-only';
import { basename } from 'node:path';
import { CONGRESS_KINDS } from '../../../shared/domain';
import { MARK_MEANINGS, type ExcelImportOptions } from '../../../shared/api/excel-inputs';
import { writeCongressFile } from '../../../shared/congress-file/write';
import { previewExcelFile } from '../../excel/import-workbook';
import { formatImportPreview } from '../format-import';
import { EXIT_OK, EXIT_REJECTED, EXIT_USAGE, type CommandRun, type Output } from '../io';
import { ERROR_CODES } from '../../../shared/api/errors';

function positive(value: unknown, option: string, output: Output): number | null | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value === 'string' && /^\d+$/.test(value) && n >= 1) return n;
  output.err(`--${option} cần một số nguyên dương, không phải "${String(value)}"\n`);
  return null;
}

/** `--skip-row "BCH!17"` (a row) or `--skip-row "BCH!Q"` (a column of a transposed sheet). */
function skipLines(values: unknown, output: Output): NonNullable<ExcelImportOptions['skip']> | null {
  const list = Array.isArray(values) ? values : values === undefined ? [] : [values];
  const skip = [];
  for (const value of list) {
    const match = /^(.+)!(\d{1,7}|[A-Za-z]{1,3})$/.exec(String(value));
    if (!match) {
      output.err(`--skip-row cần dạng SHEET!DÒNG, ví dụ "BCH!17", không phải "${String(value)}"\n`);
      return null;
    }
    skip.push({ sheet: match[1] as string, line: (match[2] as string).toUpperCase() });
  }
  return skip;
}

export const runImport: CommandRun = async ({ positionals, values }, output) => {
  const file = positionals[0] as string;
  const out = values.output;
  if (typeof out !== 'string') {
    output.err('Thiếu -o TỆP.json: tệp đại hội sẽ ghi ra.\n');
    return EXIT_USAGE;
  }
  const marks = values.marks;
  if (marks !== undefined && !(MARK_MEANINGS as readonly unknown[]).includes(marks)) {
    output.err(`--marks cần "struck" (dấu = tên bị gạch) hoặc "kept" (dấu = tên được bầu), không phải "${String(marks)}"\n`);
    return EXIT_USAGE;
  }
  const kind = values.kind;
  if (kind !== undefined && !(CONGRESS_KINDS as readonly unknown[]).includes(kind)) {
    output.err(`--kind cần "delegates" (đại hội đại biểu), "members" (đại hội đảng viên) hoặc "committee" (hội nghị Ban Chấp hành), không phải "${String(kind)}"\n`);
    return EXIT_USAGE;
  }
  const seats = positive(values.seats, 'seats', output);
  const summoned = positive(values.summoned, 'summoned', output);
  const skip = skipLines(values['skip-row'], output);
  if (seats === null || summoned === null || skip === null) return EXIT_USAGE;

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    output.err(`Lỗi: không đọc được tệp "${file}": ${code === 'ENOENT' ? 'không có tệp này' : (error as Error).message}\n`);
    return EXIT_REJECTED;
  }
  const options: ExcelImportOptions = {
    ...(typeof values.sheet === 'string' ? { sheet: values.sheet } : {}),
    ...(marks !== undefined ? { marks: marks as ExcelImportOptions['marks'] } : {}),
    ...(seats !== undefined ? { seats } : {}),
    ...(summoned !== undefined ? { summoned } : {}),
    ...(kind !== undefined ? { kind: kind as ExcelImportOptions['kind'] } : {}),
    ...(skip.length > 0 ? { skip } : {}),
  };
  const previewed = await previewExcelFile(bytes, options, basename(file));
  if (!previewed.ok) {
    output.err(`Lỗi: ${file}: ${previewed.error.message}\n`);
    return previewed.error.code === ERROR_CODES.excelUnknownSheet ? EXIT_USAGE : EXIT_REJECTED;
  }
  const { preview, file: congress } = previewed.value;
  output.err(formatImportPreview(preview));
  const errors = preview.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    for (const p of errors) output.err(`Lỗi: ${p.message}\n`);
    if (preview.errors > errors.length) output.err(`… và ${preview.errors - errors.length} lỗi khác\n`);
    const lines = [...new Set(errors.flatMap((p) => (p.line ? [`--skip-row "${p.line.sheet}!${p.line.line}"`] : [])))];
    output.err(`Không nhập gì: ${preview.errors} lỗi.${lines.length > 0 ? ` Sửa bảng tính, hoặc bỏ qua các dòng lỗi: ${lines.slice(0, 10).join(' ')}${lines.length > 10 ? ' …' : ''}` : ''}\n`);
    return EXIT_REJECTED;
  }
  if (preview.questions.length > 0) {
    for (const q of preview.questions) output.err(`Cần cho biết: ${q.message}\n`);
    return EXIT_USAGE;
  }
  if (congress === null) {
    output.err('Không nhập gì: bảng tính không có cuộc bầu nào để nhập.\n');
    return EXIT_REJECTED;
  }
  try {
    writeOwnerOnlyFile(out, writeCongressFile(congress));
  } catch (error) {
    output.err(`Lỗi: không ghi được tệp "${out}": ${(error as Error).message}\n`);
    return EXIT_REJECTED;
  }
  const ballots = congress.elections.reduce((n, e) => n + e.ballots.reduce((m, b) => m + b.count, 0), 0);
  const teams = congress.elections.reduce((n, e) => n + e.teamTotals.length, 0);
  output.err(`Đã ghi ${out}: ${congress.elections.length} cuộc bầu, ${ballots} phiếu${teams > 0 ? `, ${teams} bản tổng hợp của tổ kiểm phiếu` : ''}.\n`);
  return EXIT_OK;
};
