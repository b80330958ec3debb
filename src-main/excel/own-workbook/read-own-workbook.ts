import type { ExcelPreview, PreviewElection } from '../../../shared/api/excel-preview';
import { readCongressFile } from '../../../shared/congress-file/read';
import type { CongressFile } from '../../../shared/congress-file/schema';
import { electionTallyInputFromFile } from '../../../shared/congress-file/tally';
import { ok, type Result } from '../../../shared/result';
import { paperList } from '../../../shared/rules/paper-list';
import { ballotFormat } from '../../../shared/rules/ballot-format';
import { tallyElection } from '../../../shared/rules/tally';
import { cellAt, type WorkbookGrid } from '../grid';
import { tooManyElections } from '../limits';
import { placeName } from '../view';
import { INFO_SHEET, MARK_TEXT, STRUCK, WORKBOOK_MARKERS } from './layout';
import { OwnWorkbookReader, plainText } from './read-sheets';

export function isOwnWorkbook(grid: WorkbookGrid): boolean {
  const info = grid.sheets.find((s) => s.name === INFO_SHEET);
  const marker = info === undefined ? '' : plainText(cellAt(info, 2, 1));
  return WORKBOOK_MARKERS.some((known) => marker.startsWith(known));
}

/**
 * Reads back a workbook this program wrote: the congress sheet, and for each election its list,
 * its ballots (as they stand now, edits in Excel included) and its team totals. The results and
 * minutes sheets are formulas over those and are not read.
 */
export function readOwnWorkbook(grid: WorkbookGrid, fileName: string | null): Result<{ preview: ExcelPreview; file: CongressFile | null }> {
  const reader = new OwnWorkbookReader(grid);
  const { info, congress } = reader.congress();
  const elections = reader.elections(info);
  const tooMany = tooManyElections(elections.length);
  if (tooMany !== null) reader.fail('Bảng tính', tooMany);
  let file: CongressFile | null = null;
  if (reader.problems.length === 0) {
    const read = readCongressFile({ format: 'kiem-phieu.congress', version: 1, congress, elections: elections.map((e) => e.election) });
    if (read.ok) file = read.value;
    else for (const detail of read.error.details ?? []) reader.fail(placeOfPath(detail.path, elections), `${detail.message} (${detail.path})`);
  }
  const tallies = file ? file.elections.map((e) => tallyElection(electionTallyInputFromFile(file.congress, e))) : [];
  const fromWorkbook = 'bảng tính do kiem-phieu xuất';
  const previewElections: PreviewElection[] = elections.map(({ election, sheet, place }, i) => {
    const tally = tallies[i];
    const format = ballotFormat(paperList(election.candidates).length, election.seats);
    return {
      key: election.id,
      sheet,
      table: 'ballots',
      transposed: false,
      header: place,
      include: true,
      id: election.id,
      title: { value: election.title ?? election.id, source: fromWorkbook },
      office: { value: file?.elections[i]?.office ?? 'khac', source: fromWorkbook },
      seats: { value: election.seats, source: fromWorkbook },
      marks: { meaning: format === 'A' ? 'struck' : null, label: format === 'A' ? `"${STRUCK}": tên bị gạch` : `${Object.values(MARK_TEXT).join(', ')}: các ô đánh dấu`, source: fromWorkbook, symbols: [] },
      candidates: election.candidates.map((c) => ({ id: c.id, name: c.name, original: null, encoding: null, encodingSource: null, place: placeName(sheet, null) })),
      candidateDetailsFrom: null,
      ballots: election.ballots.length,
      teams: [...new Set([...election.ballots.map((b) => b.team), ...election.teamTotals.map((t) => t.team)].filter((t): t is string => typeof t === 'string'))],
      skippedLines: [],
      totals: [],
      result: tally ? { valid: tally.ballots.valid, invalid: tally.ballots.invalid, candidates: tally.candidates.map((c) => ({ id: c.id, name: c.name, votes: c.votes, percent: c.percent, status: c.status })) } : null,
    };
  });
  const errors = reader.problems.length;
  const preview: ExcelPreview = {
    fileName,
    source: 'kiem-phieu',
    sheets: grid.sheets.map((s) => ({ name: s.name, hidden: s.hidden, read: s.name === INFO_SHEET ? 'thông tin đại hội' : 'bảng tính do kiem-phieu xuất' })),
    congress: {
      name: { value: congress.name, source: fromWorkbook },
      organization: congress.organization ?? null,
      term: congress.term ?? null,
      date: congress.date ?? null,
      kind: { value: congress.kind, source: fromWorkbook },
      summoned: { value: congress.summoned, source: fromWorkbook },
      present: congress.present,
    },
    elections: previewElections,
    legacyText: { cells: 0, encodings: [] },
    problems: reader.problems.slice(0, 200),
    problemsLeftOut: Math.max(0, reader.problems.length - 200),
    errors,
    warnings: 0,
    questions: [],
    ready: file !== null,
  };
  return ok({ preview, file });
}

function placeOfPath(path: string, elections: readonly { sheet: string; place: string }[]): string {
  const match = /^elections\[(\d+)\]/.exec(path);
  const election = match ? elections[Number(match[1])] : undefined;
  return election ? placeName(election.sheet, null) : placeName(INFO_SHEET, null);
}

