import { readCongressFile } from '../../../shared/congress-file/read';
import type { ElectionLock } from '../../../shared/congress-file/schema';
import { sealBrokenWords, type SealVerdict } from '../../../shared/seal/check';
import { SHORT_CODE_GROUPS, shortCode } from '../../../shared/seal/seal';
import { namedElection, sealVerdicts } from '../../services/congress-file-locks';
import { EXIT_OK, EXIT_REJECTED, EXIT_USAGE, readTextFile, reportError, type CommandRun, type Output } from '../io';

/**
 * A code as read from a paper: the text of its QR code (the seal taken from it), or typed: letters
 * upper-cased, spaces and hyphens dropped, then grouped again by four.
 */
export function codeAsTyped(typed: string): string | null {
  const scanned = /CON-DAU ([A-Z2-7]{4}(?:-[A-Z2-7]{4}){12})/.exec(typed);
  if (scanned) return scanned[1] as string;
  const bare = typed.toUpperCase().replace(/[\s\-\u2010-\u2015]/g, '');
  if (!/^[A-Z2-7]+$/.test(bare) || (bare.length !== 52 && bare.length !== SHORT_CODE_GROUPS * 4)) return null;
  return (bare.match(/.{1,4}/g) ?? []).join('-');
}

function describe(output: Output, name: string, lock: ElectionLock, verdict: SealVerdict): void {
  if (verdict.state === 'sealed') output.out(`Cuộc bầu ${name}: con dấu số ${verdict.code} (mã ngắn ${shortCode(verdict.code)}), mã nhật ký ${lock.auditHead.slice(0, 16)}: số liệu khớp với con dấu.\n`);
  else output.out(`Cuộc bầu ${name}: ${sealBrokenWords(verdict)}.\n`);
}

/**
 * `kiem-phieu verify FILE [--code CODE]` (INTERCHANGE.md, "The seal"): each locked election's
 * seal recomputed from the file; with the code read from signed minutes (full or short), whether
 * the file still matches it: exit 0 when it does, 1 naming the election when not, 2 for a code
 * that is not one.
 */
export const runVerify: CommandRun = ({ positionals, values }, output) => {
  const path = positionals[0] as string;
  const typed = typeof values.code === 'string' ? values.code : undefined;
  const code = typed === undefined ? undefined : codeAsTyped(typed);
  if (code === null) {
    output.err(`Lỗi: "${typed}" không phải con dấu số: con dấu gồm 13 nhóm 4 ký tự (chữ A–Z và số 2–7), mã ngắn là 4 nhóm đầu.\n`);
    return EXIT_USAGE;
  }
  const text = readTextFile(path);
  if (!text.ok) return reportError(output, path, text.error);
  const read = readCongressFile(text.value);
  if (!read.ok) return reportError(output, path, read.error);
  const verdicts = sealVerdicts(read.value);
  if (verdicts.length === 0) {
    output.out(`Tệp ${path} không có cuộc bầu nào đã chốt kết quả: chưa có con dấu số để đối chiếu.\n`);
    return code === undefined ? EXIT_OK : EXIT_REJECTED;
  }
  if (code === undefined) {
    for (const { election, lock, verdict } of verdicts) describe(output, namedElection(election), lock, verdict);
    return verdicts.every((v) => v.verdict.state === 'sealed') ? EXIT_OK : EXIT_REJECTED;
  }
  const short = code.split('-').length === SHORT_CODE_GROUPS;
  const nowCode = (v: SealVerdict) => (v.state === 'sealed' ? v.code : v.now);
  const matching = verdicts.find((v) => v.verdict.state !== 'old' && (short ? shortCode(nowCode(v.verdict)) : nowCode(v.verdict)) === code);
  if (matching) {
    output.out(`KHỚP: số liệu của cuộc bầu ${namedElection(matching.election)} trong tệp cho đúng con dấu ${short ? `(mã ngắn) ${code}` : code} in trên biên bản.\n`);
    if (short) output.out(`Mã ngắn chỉ gồm 80 bit đầu: khi cần chắc chắn, đối chiếu cả con dấu đầy đủ ${nowCode(matching.verdict)} hoặc quét mã QR trên biên bản.\n`);
    return EXIT_OK;
  }
  const recorded = verdicts.find((v) => (short ? shortCode(v.lock.fingerprint) : v.lock.fingerprint) === code);
  if (recorded && recorded.verdict.state !== 'sealed') {
    output.out(`KHÔNG KHỚP: cuộc bầu ${namedElection(recorded.election)} ${sealBrokenWords(recorded.verdict)}.\n`);
    return EXIT_REJECTED;
  }
  output.out(`KHÔNG KHỚP: không cuộc bầu nào của tệp cho con dấu ${code}. Con dấu của các cuộc bầu đã chốt trong tệp:\n`);
  for (const { election, lock, verdict } of verdicts) describe(output, namedElection(election), lock, verdict);
  return EXIT_REJECTED;
};
