import { readCongressFile } from '../../../shared/congress-file/read';
import { refuseBrokenLocks } from '../../services/congress-file-locks';
import { EXPORT_FORMATS } from '../export-formats';
import { EXIT_OK, EXIT_USAGE, readTextFile, reportError, type CommandRun } from '../io';

export const runExport: CommandRun = async ({ positionals, values }, output) => {
  const file = positionals[0] as string;
  const chosen = EXPORT_FORMATS.filter((f) => typeof values[f.option] === 'string');
  if (chosen.length === 0) {
    output.err(`Chọn ít nhất một tệp cần xuất: ${EXPORT_FORMATS.map((f) => f.usage).join(' hoặc ')}\n`);
    return EXIT_USAGE;
  }
  const text = readTextFile(file);
  if (!text.ok) return reportError(output, file, text.error);
  const read = readCongressFile(text.value);
  const congress = read.ok ? refuseBrokenLocks(read.value) : read;
  if (!congress.ok) return reportError(output, file, congress.error);
  for (const format of chosen) {
    const outPath = values[format.option] as string;
    const write = await format.load();
    const written = await write(congress.value, outPath, values, file);
    if (!written.ok) return reportError(output, outPath, written.error);
    output.err(`Đã ghi ${outPath}: ${written.value.summary}\n`);
  }
  return EXIT_OK;
};
