import { writeFileSync } from 'node:fs';
import { fail, ok } from '../../shared/result';
import type { ExportFormat } from '../cli/commands/export';
import { writeCongressWorkbook } from './own-workbook/write-workbook';

/** `kiem-phieu export FILE.json --xlsx OUT.xlsx`: the secretariat's workbook. */
export const xlsxExportFormat: ExportFormat = {
  option: 'xlsx',
  usage: '--xlsx TỆP.xlsx',
  async write(congress, outPath) {
    const data = await writeCongressWorkbook(congress);
    try {
      writeFileSync(outPath, data);
    } catch (error) {
      return fail('CANNOT_WRITE', `Không ghi được tệp "${outPath}": ${(error as Error).message}`);
    }
    const ballots = congress.elections.reduce((n, e) => n + e.ballots.reduce((m, b) => m + b.count, 0), 0);
    return ok({ summary: `bảng tính Excel, ${congress.elections.length} cuộc bầu, ${ballots} phiếu; kết quả là công thức tự tính lại` });
  },
};
