import type { CongressFile } from '../../shared/congress-file/schema';
import type { Result } from '../../shared/result';
import type { CommandSpec, ParsedArgs } from './io';

type WriteExport = (congress: CongressFile, outPath: string, values: ParsedArgs['values']) => Promise<Result<{ summary: string }>>;

/** One kind of file `export` writes: `--xlsx OUT.xlsx`, `--pdf OUT.pdf`. The writer is loaded only when asked for. */
export interface ExportFormat {
  option: string;
  usage: string;
  /** Further options of this format (`--rehearsal`), handed to the writer with the others. */
  flags?: CommandSpec['options'];
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
    load: async () => {
      const { writeMinutesFile } = await import('../pdf/export-format');
      return (congress, outPath, values) => writeMinutesFile(congress, outPath, { rehearsal: values.rehearsal === true, draft: values.draft === true, words: values.words === true, closedAt: typeof values['closed-at'] === 'string' ? values['closed-at'] : undefined });
    },
  },
  {
    option: 'ballots',
    usage: '--ballots PHIẾU.pdf [--election MÃ] [--per-sheet 1|2|4]',
    flags: { election: { type: 'string' }, 'per-sheet': { type: 'string' } },
    load: async () => {
      const { writeBallotPaperFile } = await import('../pdf/ballot-export');
      return (congress, outPath, values) => writeBallotPaperFile(congress, outPath, { election: typeof values.election === 'string' ? values.election : undefined, perSheet: typeof values['per-sheet'] === 'string' ? values['per-sheet'] : undefined });
    },
  },
];
