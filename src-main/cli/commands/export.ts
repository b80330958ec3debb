import { readCongressFile } from '../../../shared/congress-file/read';
import type { CongressFile } from '../../../shared/congress-file/schema';
import type { Result } from '../../../shared/result';
import { xlsxExportFormat } from '../../excel/export-format';
import { pdfExportFormat } from '../../pdf/export-format';
import { EXIT_OK, readTextFile, reportError, type Command, type ParsedArgs } from '../io';

/** One kind of file `export` writes: `--xlsx OUT.xlsx`, `--pdf OUT.pdf`. */
export interface ExportFormat {
  option: string;
  usage: string;
  /** Further options of this format (`--rehearsal`), handed to `write` with the others. */
  flags?: Command['options'];
  write(congress: CongressFile, outPath: string, values: ParsedArgs['values']): Promise<Result<{ summary: string }>>;
}

/** The formats, each implemented in its own module (Excel: src-main/excel, PDF: src-main/pdf). */
export const EXPORT_FORMATS: ExportFormat[] = [xlsxExportFormat, pdfExportFormat];

export const exportCommand: Command = {
  name: 'export',
  get usage() {
    return `kiem-phieu export TỆP.json ${EXPORT_FORMATS.map((f) => `[${f.usage}]`).join(' ')}   xuất bảng tính và biên bản`;
  },
  get options() {
    return Object.fromEntries(EXPORT_FORMATS.flatMap((f) => [[f.option, { type: 'string' as const }], ...Object.entries(f.flags ?? {})]));
  },
  positionals: { min: 1, max: 1, missing: 'Thiếu tên tệp đại hội cần xuất.' },
  async run({ positionals, values }, output) {
    const file = positionals[0] as string;
    const chosen = EXPORT_FORMATS.filter((f) => typeof values[f.option] === 'string');
    if (chosen.length === 0) {
      output.err(`Chọn ít nhất một tệp cần xuất: ${EXPORT_FORMATS.map((f) => f.usage).join(' hoặc ')}\n`);
      return 2;
    }
    const text = readTextFile(file);
    if (!text.ok) return reportError(output, file, text.error);
    const congress = readCongressFile(text.value);
    if (!congress.ok) return reportError(output, file, congress.error);
    for (const format of chosen) {
      const outPath = values[format.option] as string;
      const written = await format.write(congress.value, outPath, values);
      if (!written.ok) return reportError(output, outPath, written.error);
      output.err(`Đã ghi ${outPath}: ${written.value.summary}\n`);
    }
    return EXIT_OK;
  },
};
