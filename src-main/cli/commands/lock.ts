import { lockElectionInFile } from '../../services/congress-file-locks';
import { EXIT_OK, reportError, type CommandRun } from '../io';
import { CongressFileOnDisk } from '../save-congress';
import { ERROR_CODES } from '../../../shared/api/errors';

/**
 * `kiem-phieu lock FILE.json --election ID`: "Chốt kết quả" at the command line. Refused, naming
 * each reason, while a blocking check fails (RULES R4, scans still waiting included); afterwards
 * the file carries the lock, every change through the program is refused, and `export --pdf`
 * prints the official minutes. `--reseal` gives the seal to an election locked with an old 48-bit
 * code (before issue 20), the chair's act once the data has been checked against the signed paper.
 */
export const runLock: CommandRun = ({ positionals, values }, output) => {
  const path = positionals[0] as string;
  const disk = CongressFileOnDisk.open(path);
  if (!disk.ok) return reportError(output, path, disk.error);
  const file = disk.value.file;
  const electionId = typeof values.election === 'string' ? values.election : file.elections.length === 1 ? file.elections[0]?.id : undefined;
  if (electionId === undefined) return reportError(output, path, { code: ERROR_CODES.invalidInput, message: `Tệp có ${file.elections.length} cuộc bầu: hãy chọn một bằng --election (${file.elections.map((e) => e.id).join(', ')})` });
  const locked = lockElectionInFile(file, electionId, new Date().toISOString(), { reseal: values.reseal === true });
  if (!locked.ok) return reportError(output, path, locked.error);
  const saved = disk.value.save(locked.value.file);
  if (!saved.ok) return reportError(output, path, saved.error);
  output.out(`Đã chốt kết quả cuộc bầu "${electionId}": con dấu số ${locked.value.fingerprint}. Từ nay mọi thay đổi đều bị từ chối.\nIn biên bản chính thức: kiem-phieu export ${path} --pdf BIEN-BAN.pdf\nĐối chiếu tệp với biên bản đã ký: kiem-phieu verify ${path} --code CON-DẤU-IN-TRÊN-BIÊN-BẢN\n`);
  return EXIT_OK;
};
