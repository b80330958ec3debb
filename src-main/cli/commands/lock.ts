import { lockElectionInFile } from '../../services/congress-file-locks';
import { EXIT_OK, reportError, type CommandRun } from '../io';
import { CongressFileOnDisk } from '../save-congress';
import { ERROR_CODES } from '../../../shared/api/errors';

/**
 * `kiem-phieu lock FILE.json --election ID`: "Chốt kết quả" at the command line. Refused, naming
 * each reason, while a blocking check fails (RULES R4, scans still waiting included); afterwards
 * the file carries the lock, every change through the program is refused, and `export --pdf`
 * prints the official minutes.
 */
export const runLock: CommandRun = ({ positionals, values }, output) => {
  const path = positionals[0] as string;
  const disk = CongressFileOnDisk.open(path);
  if (!disk.ok) return reportError(output, path, disk.error);
  const file = disk.value.file;
  const electionId = typeof values.election === 'string' ? values.election : file.elections.length === 1 ? file.elections[0]?.id : undefined;
  if (electionId === undefined) return reportError(output, path, { code: ERROR_CODES.invalidInput, message: `Tệp có ${file.elections.length} cuộc bầu: hãy chọn một bằng --election (${file.elections.map((e) => e.id).join(', ')})` });
  const locked = lockElectionInFile(file, electionId, new Date().toISOString());
  if (!locked.ok) return reportError(output, path, locked.error);
  const saved = disk.value.save(locked.value.file);
  if (!saved.ok) return reportError(output, path, saved.error);
  output.out(`Đã chốt kết quả cuộc bầu "${electionId}": mã kiểm tra ${locked.value.fingerprint}. Từ nay mọi thay đổi đều bị từ chối.\nIn biên bản chính thức: kiem-phieu export ${path} --pdf BIEN-BAN.pdf\n`);
  return EXIT_OK;
};
