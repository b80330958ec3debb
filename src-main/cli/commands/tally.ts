import { readCongressFile } from '../../../shared/congress-file/read';
import { tallyCongressFile } from '../../../shared/congress-file/tally';
import { tallyReport } from '../../../shared/tally-report';
import { formatTallyText } from '../format-tally';
import { EXIT_OK, readTextFile, reportError, type Command } from '../io';

export const tallyCommand: Command = {
  name: 'tally',
  usage: 'kiem-phieu tally TỆP [--json]        tính kết quả (TỆP: .json tệp đại hội)',
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1, missing: 'Thiếu tên tệp cần tính kết quả.' },
  run({ positionals, values }, output) {
    const file = positionals[0] as string;
    const text = readTextFile(file);
    if (!text.ok) return reportError(output, file, text.error);
    const congress = readCongressFile(text.value);
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
