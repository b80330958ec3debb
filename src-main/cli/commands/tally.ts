import { readFileSync } from 'node:fs';
import { readCongressFile } from '../../../shared/congress-file/read';
import type { CongressFile } from '../../../shared/congress-file/schema';
import { fail, type Result } from '../../../shared/result';
import { readOwnWorkbookFile } from '../../excel/import-workbook';
import { tallyCongressFile } from '../../../shared/congress-file/tally';
import { tallyReport } from '../../../shared/tally-report';
import { formatTallyText } from '../format-tally';
import { EXIT_OK, readTextFile, reportError, type Command } from '../io';

export const tallyCommand: Command = {
  name: 'tally',
  usage: 'kiem-phieu tally TỆP [--json]        tính kết quả (TỆP: .json tệp đại hội, hoặc .xlsx do kiem-phieu xuất)',
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1, missing: 'Thiếu tên tệp cần tính kết quả.' },
  async run({ positionals, values }, output) {
    const file = positionals[0] as string;
    const congress = await readCongress(file);
    if (!congress.ok) return reportError(output, file, congress.error);
    const tallies = tallyCongressFile(congress.value);
    if (values.json) {
      output.out(`${JSON.stringify(tallyReport(tallies), null, 2)}\n`);
    } else {
      output.out(`${congress.value.congress.name.toLocaleUpperCase('vi')}\n\n`);
      output.out(formatTallyText(tallies, new Map(congress.value.elections.map((e) => [e.id, e.title ?? '']))));
    }
    return EXIT_OK;
  },
};

/** A congress file, or a workbook this program exported (told apart by the zip signature). */
async function readCongress(file: string): Promise<Result<CongressFile>> {
  const text = readTextFile(file);
  if (!text.ok) return text;
  if (!text.value.startsWith('PK\u0003\u0004')) return readCongressFile(text.value);
  try {
    return await readOwnWorkbookFile(readFileSync(file));
  } catch (error) {
    return fail('CANNOT_READ', `Không đọc được tệp "${file}": ${(error as Error).message}`);
  }
}
