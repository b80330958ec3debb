import { writeFileSync } from 'node:fs';
import type { CongressFile } from '../../shared/congress-file/schema';
import { fail, ok, type Result } from '../../shared/result';
import { exportCongressWorkbook } from './own-workbook/write-workbook';
import { ERROR_CODES } from '../../shared/api/errors';

/** `kiem-phieu export FILE.json --xlsx OUT.xlsx`: the secretariat's workbook, written to a file. */
export async function writeWorkbookFile(congress: CongressFile, outPath: string): Promise<Result<{ summary: string }>> {
  const data = await exportCongressWorkbook(congress);
  if (!data.ok) return data;
  try {
    writeFileSync(outPath, data.value);
  } catch (error) {
    return fail(ERROR_CODES.cannotWrite, `Không ghi được tệp "${outPath}": ${(error as Error).message}`);
  }
  const ballots = congress.elections.reduce((n, e) => n + e.ballots.reduce((m, b) => m + b.count, 0), 0);
  return ok({ summary: `bảng tính Excel, ${congress.elections.length} cuộc bầu, ${ballots} phiếu; kết quả là công thức tự tính lại` });
}
