import { ERROR_CODES } from '../../shared/api/errors';
import type { ExcelImportOptions } from '../../shared/api/excel-inputs';
import type { ExcelPreview, PreviewCandidate, PreviewElection } from '../../shared/api/excel-preview';
import type { CongressFile } from '../../shared/congress-file/schema';
import { err, ok, type AppError, type AppErrorDetail, type Result } from '../../shared/result';
import type { LegacyEncoding } from '../../shared/text/legacy-encodings';
import { fold } from './vocabulary';
import type { Block } from './blocks';
import { buildCongress, type BuiltElection } from './build-congress';
import { draftCongress, draftElections, type ImportQuestion } from './drafts';
import { cellName, type SheetGrid, type WorkbookGrid } from './grid';
import type { PlacedText } from './hints';
import { tooManyElections } from './limits';
import { MEANING_LABELS } from './marks';
import { isOwnWorkbook, readOwnWorkbook } from './own-workbook/read-own-workbook';
import type { ImportProblem } from './problems';
import { readTables } from './tables';
import { placeName } from './view';

export type { ExcelPreview, PreviewCandidate, PreviewElection };

function sheetTexts(sheet: SheetGrid): PlacedText[] {
  const texts: PlacedText[] = [];
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell && cell.text !== '' && typeof cell.value !== 'number') texts.push({ text: cell.text, place: placeName(sheet.name, cellName(r, c)) });
    }),
  );
  return texts;
}

function describe(blocks: readonly Block[]): string {
  if (blocks.length === 0) return 'không thấy bảng kiểm phiếu hay danh sách nào';
  return blocks
    .map((b) => {
      const turned = b.transposed ? ', xoay ngang (mỗi cột một phiếu hoặc một tổ)' : '';
      if (b.kind === 'ballots') return `bảng phiếu từng tờ${turned}: ${b.ballots.length} phiếu, ${b.candidates.length} người`;
      if (b.kind === 'teams') return `bảng tổng hợp theo tổ${turned}: ${b.teams.length} tổ, ${b.candidates.length} người`;
      return `danh sách ứng cử viên: ${b.candidates.length} người`;
    })
    .join('; ');
}

function legacyCells(grid: WorkbookGrid): ExcelPreview['legacyText'] {
  let cells = 0;
  const encodings = new Set<LegacyEncoding>();
  const seen = new Set<unknown>();
  for (const sheet of grid.sheets) {
    for (const row of sheet.rows) {
      for (const cell of row ?? []) {
        if (cell?.encoding && !seen.has(cell)) {
          seen.add(cell);
          cells++;
          encodings.add(cell.encoding);
        }
      }
    }
  }
  return { cells, encodings: [...encodings] };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const PROBLEMS_SHOWN = 200;

function electionPreview(b: BuiltElection): PreviewElection {
  const { draft } = b;
  const { block } = draft;
  return {
    key: draft.key,
    sheet: block.sheet,
    table: block.kind,
    transposed: block.transposed,
    header: block.headerPlace,
    include: draft.include,
    id: draft.id,
    title: draft.title,
    office: draft.office,
    seats: draft.seats,
    marks: {
      meaning: draft.meaning.value,
      label: draft.meaning.value === null ? null : MEANING_LABELS[draft.meaning.value],
      source: draft.meaning.source,
      symbols: [...block.symbols].map(([symbol, count]) => ({ symbol, count })),
    },
    candidates: block.candidates.map((c, i) => ({ id: b.ids[i] as string, name: c.name, original: c.original, encoding: c.encoding, encodingSource: c.encodingSource, place: placeName(block.sheet, c.cell) })),
    candidateDetailsFrom: draft.detailsFrom,
    ballots: block.ballots.length,
    teams: [...new Set([...block.ballots.map((x) => x.team), ...block.teams.map((t) => t.team)].filter((t): t is string => t !== null))],
    skippedLines: block.skipped,
    totals: b.totals,
    result: b.tally
      ? {
          valid: b.tally.ballots.valid,
          invalid: b.tally.ballots.invalid,
          candidates: b.tally.candidates.map((c) => ({ id: c.id, name: c.name, votes: c.votes, percent: c.percent, status: c.status })),
        }
      : null,
  };
}

/** `target.push(...items)` without passing every item as an argument: a sheet of a million texts
 *  or problems would overflow the stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function findSheet(grid: WorkbookGrid, name: string): SheetGrid | undefined {
  return grid.sheets.find((s) => s.name === name) ?? grid.sheets.find((s) => fold(s.name) === fold(name));
}

/**
 * What the workbook holds and how it would be imported: the sheets and their tables, the
 * candidates with their converted names, the ballots or teams, what a mark means and where that
 * came from, the problems with their places, and the questions only the user can answer.
 */
export function previewWorkbook(grid: WorkbookGrid, options: ExcelImportOptions, fileName: string | null): Result<{ preview: ExcelPreview; file: CongressFile | null }> {
  if (isOwnWorkbook(grid)) return readOwnWorkbook(grid, fileName);
  if (options.sheet !== undefined && !findSheet(grid, options.sheet)) {
    return err({ code: ERROR_CODES.excelUnknownSheet, message: `Không có sheet "${options.sheet}". Các sheet trong tệp: ${grid.sheets.map((s) => `"${s.name}"`).join(', ')}`, path: 'sheet' });
  }
  const chosen = options.sheet !== undefined ? findSheet(grid, options.sheet) : undefined;
  const blocks: Block[] = [];
  const otherTexts: PlacedText[] = [];
  const sheets: ExcelPreview['sheets'] = [];
  const problems: ImportProblem[] = [];
  for (const sheet of grid.sheets) {
    if (chosen && sheet !== chosen) {
      sheets.push({ name: sheet.name, hidden: sheet.hidden, read: 'bỏ qua (chỉ đọc sheet đã chọn)' });
      continue;
    }
    if (sheet.hidden && !chosen) {
      sheets.push({ name: sheet.name, hidden: true, read: 'bỏ qua (sheet ẩn; chọn sheet này để đọc)' });
      continue;
    }
    const skip = new Set((options.skip ?? []).filter((s) => s.sheet === sheet.name).map((s) => s.line.toUpperCase()));
    const header = options.headers?.find((h) => h.sheet === sheet.name);
    const found = readTables(sheet, { ...(header ? { header } : {}), skip });
    if (found.length === 0) append(otherTexts, sheetTexts(sheet));
    append(blocks, found);
    sheets.push({ name: sheet.name, hidden: sheet.hidden, read: describe(found) });
  }

  const questions: ImportQuestion[] = [];
  const drafts = draftElections(blocks, options, questions);
  const tooMany = tooManyElections(drafts.length);
  if (tooMany !== null) return err({ code: ERROR_CODES.excelImportRejected, message: `Bảng tính: ${tooMany}. Không nhập gì.`, details: [{ path: 'Bảng tính', message: tooMany }] });
  const congress = draftCongress([...blocks.flatMap((b) => b.texts), ...otherTexts], options, fileName, questions);
  // A table left out does not stop the import with its problems.
  for (const draft of drafts) if (draft.include) append(problems, draft.block.problems);
  for (const block of blocks) if (block.kind === 'candidates' && !drafts.some((d) => d.block === block)) append(problems, block.problems);
  const { file, built } = buildCongress(drafts, congress, problems);
  const openQuestions = questions.filter((q) => q.election === null || drafts.some((d) => d.key === q.election && d.include));
  if (drafts.length === 0) {
    problems.push({ severity: 'error', code: 'NOTHING_FOUND', place: 'Bảng tính', message: 'Bảng tính: không tìm thấy bảng kiểm phiếu, bảng tổng hợp theo tổ hay danh sách ứng cử viên nào (cần một dòng tiêu đề có họ tên các ứng cử viên; nếu tiêu đề ở chỗ khác, hãy chỉ ra dòng tiêu đề)' });
  }
  problems.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const preview: ExcelPreview = {
    fileName,
    source: 'legacy',
    sheets,
    congress,
    elections: built.map(electionPreview),
    legacyText: legacyCells(grid),
    problems: problems.slice(0, PROBLEMS_SHOWN),
    problemsLeftOut: Math.max(0, problems.length - PROBLEMS_SHOWN),
    errors,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    questions: openQuestions,
    ready: errors === 0 && openQuestions.length === 0 && file !== null,
  };
  return ok({ preview, file: preview.ready ? file : null });
}

/** Why a preview cannot be imported, as an error the api and the command line return. */
export function previewRefusal(preview: ExcelPreview): AppError & { details: AppErrorDetail[] } {
  const errors = preview.problems.filter((p) => p.severity === 'error');
  const details: AppErrorDetail[] = [
    ...errors.map((p) => ({ path: p.place, message: p.message.slice(p.place.length + 2) })),
    ...preview.questions.map((q) => ({ path: `--${q.option}`, message: q.message })),
  ];
  if (errors.length > 0) {
    const first = errors[0] as ImportProblem;
    return { code: ERROR_CODES.excelImportRejected, message: `${first.message}${errors.length > 1 ? ` (và ${errors.length - 1} lỗi khác)` : ''}. Không nhập gì.`, details };
  }
  const question = preview.questions[0];
  return { code: ERROR_CODES.excelNeedsAnswers, message: question?.message ?? 'Bảng tính chưa đủ thông tin để nhập', details };
}
