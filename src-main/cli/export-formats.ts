import type { CongressFile } from '../../shared/congress-file/schema';
import { LOCAL_DATE_TIME_EXPECTED, parseLocalDateTime } from '../../shared/format/date';
import type { Result } from '../../shared/result';
import { PER_SHEET_EXPECTED, perSheetOf } from '../../shared/scan/layout';
import type { CommandSpec, ParsedArgs } from './io';

/** `source`: the congress file's path (the ballot paper records its printing there, RULES R1). */
type WriteExport = (congress: CongressFile, outPath: string, values: ParsedArgs['values'], source: string) => Promise<Result<{ summary: string }>>;

/** One kind of file `export` writes: `--xlsx OUT.xlsx`, `--pdf OUT.pdf`. The writer is loaded only when asked for. */
export interface ExportFormat {
  option: string;
  usage: string;
  /** Further options of this format (`--rehearsal`), handed to the writer with the others. */
  flags?: CommandSpec['options'];
  /** What the values of those options must be (a usage error otherwise, before anything is read). */
  checks?: CommandSpec['checks'];
  load(): Promise<WriteExport>;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    option: 'xlsx',
    usage: '--xlsx TỆP.xlsx',
    load: async () => (await import('../excel/export-format')).writeWorkbookFile,
  },
  {
    option: 'pdf',
    usage: '--pdf RA.pdf [--draft] [--rehearsal] [--words] [--closed-at NNNN-TT-NNTgg:pp]',
    flags: { draft: { type: 'boolean' }, rehearsal: { type: 'boolean' }, words: { type: 'boolean' }, 'closed-at': { type: 'string' } },
    checks: { 'closed-at': (value) => (parseLocalDateTime(value) ? null : LOCAL_DATE_TIME_EXPECTED) },
    load: async () => {
      const { writeMinutesFile } = await import('../pdf/export-format');
      return (congress, outPath, values) => writeMinutesFile(congress, outPath, { rehearsal: values.rehearsal === true, draft: values.draft === true, words: values.words === true, closedAt: typeof values['closed-at'] === 'string' ? values['closed-at'] : undefined });
    },
  },
  {
    option: 'ballots',
    usage: '--ballots PHIẾU.pdf [--election MÃ] [--per-sheet 1|2|4] [--reprint] [--operator "HỌ TÊN"]',
    flags: { election: { type: 'string' }, 'per-sheet': { type: 'string' }, reprint: { type: 'boolean' }, operator: { type: 'string' } },
    checks: { 'per-sheet': (value) => (perSheetOf(value) ? null : PER_SHEET_EXPECTED) },
    load: async () => {
      const { exportBallotsRecorded } = await import('./ballot-printing');
      const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
      return (_congress, outPath, values, source) => exportBallotsRecorded(source, outPath, { election: text(values.election), perSheet: text(values['per-sheet']), reprint: values.reprint === true, operator: text(values.operator)?.trim() || undefined });
    },
  },
];
