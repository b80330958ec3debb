import { parseArgs } from 'node:util';
import { readCongressFile } from '../../shared/congress-file/read';
import { tallyCongressFile } from '../../shared/congress-file/tally';
import { tallyReport } from '../../shared/tally-report';
import { formatTallyText } from './format-tally';
import { EXIT_OK, EXIT_USAGE, processOutput, readTextFile, reportError, type Output } from './io';

const USAGE = `Cách dùng:
  kiem-phieu tally TỆP [--json]        tính kết quả (TỆP: .json tệp đại hội)
  kiem-phieu help                      hiện hướng dẫn này
`;

function usageError(output: Output, message: string): number {
  output.err(`${message}\n\n${USAGE}`);
  return EXIT_USAGE;
}

function tally(args: string[], output: Output): number {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  } catch (error) {
    return usageError(output, `Tham số không hợp lệ: ${(error as Error).message}`);
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined) return usageError(output, 'Thiếu tên tệp cần tính kết quả.');
  if (extra.length > 0) return usageError(output, `Thừa tham số: ${extra.join(' ')}`);
  const text = readTextFile(file);
  if (!text.ok) return reportError(output, file, text.error);
  const congress = readCongressFile(text.value);
  if (!congress.ok) return reportError(output, file, congress.error);
  const tallies = tallyCongressFile(congress.value);
  if (parsed.values.json) {
    output.out(`${JSON.stringify(tallyReport(tallies), null, 2)}\n`);
  } else {
    output.out(`${congress.value.congress.name.toLocaleUpperCase('vi')}\n\n`);
    output.out(formatTallyText(tallies, new Map(congress.value.elections.map((e) => [e.id, e.title ?? '']))));
  }
  return EXIT_OK;
}

/** Runs one command; returns the exit status. */
export async function main(argv: string[], output: Output = processOutput): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'tally':
      return tally(args, output);
    case 'help':
    case '--help':
    case '-h':
      output.out(USAGE);
      return EXIT_OK;
    case undefined:
      return usageError(output, 'Thiếu lệnh.');
    default:
      return usageError(output, `Không có lệnh "${command}".`);
  }
}
