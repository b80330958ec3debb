import { basename, join } from 'node:path';
import { SCAN_FORMAT, SCAN_VERSION, scanFileBallot, type ScanFileBallot, type ScanReading } from '../../../shared/scan/reading';
import { quotedName } from '../../../shared/text/printable';
import { imageBytes, imagesNamed, type ImagePath } from '../../scan/image-files';
import { electionLayouts } from '../../scan/election-layouts';
import { readBallotImage } from '../../scan/read';
import { editableElectionIndex } from '../../../shared/congress-file/frozen';
import { scansDir } from '../../scan/evidence-files';
import type { ElectionScanSetup } from '../../scan/election-layouts';
import { CongressFileOnDisk } from '../save-congress';
import { EXIT_OK, EXIT_USAGE, reportError, type CommandRun, type Output, type ParsedArgs } from '../io';
import { countScansIntoFile } from './scan-count';
import { ERROR_CODES } from '../../../shared/api/errors';

/**
 * `kiem-phieu scan FILE.json --election ID IMAGE|FOLDER… [--json]`: reads scanned ballots of one
 * election against its layout, computed from the congress file as `export --ballots` prints it.
 * `--json` prints `kiem-phieu.scan` (INTERCHANGE.md, "Scanned ballots"); otherwise a Vietnamese
 * line per image and a summary; nothing is written. `--count` counts them into the file instead
 * (scan-count.ts): the confident ones at once, the others after `kiem-phieu review`.
 */
export const runScan: CommandRun = async ({ positionals, values }, output) => {
  const [file, ...rest] = positionals as [string, ...string[]];
  const disk = CongressFileOnDisk.open(file);
  if (!disk.ok) return reportError(output, file, disk.error);
  const setup = electionLayouts(disk.value.file, typeof values.election === 'string' ? values.election : undefined);
  if (!setup.ok) return reportError(output, file, setup.error);
  const paths = imagesNamed(rest);
  if (!paths.ok) return reportError(output, rest.join(' '), paths.error);
  const names = new Map(setup.value.layouts[0]?.ballots[0]?.names.map((n) => [n.id, `${n.number}. ${n.name}`]) ?? []);
  if (values.count === true) return countIntoFile(disk.value, setup.value, paths.value, values, names, output);
  if (values.operator !== undefined || values.team !== undefined) return usage(output, '--operator và --team chỉ dùng với --count');
  const ballots: ScanFileBallot[] = [];
  for (const image of paths.value) {
    const bytes = imageBytes(image);
    if (!bytes.ok && !values.json) {
      output.out(`${quotedName(basename(image.path))}: BỎ QUA — ${bytes.reason}\n`);
      continue;
    }
    const reading: ScanReading = bytes.ok
      ? await readBallotImage(bytes.bytes, setup.value.layouts, { electionHash: setup.value.electionHash, allBothOrNoneInvalid: setup.value.allBothOrNoneInvalid, withdrawnOnPaper: setup.value.withdrawnOnPaper })
      : { status: 'refused', reason: bytes.reason, sha256: '', uncertain: [] };
    const ballot = scanFileBallot(image.path, reading);
    ballots.push(ballot);
    if (!values.json) output.out(readingLine(ballot, names));
  }
  if (values.json) output.out(`${JSON.stringify({ format: SCAN_FORMAT, version: SCAN_VERSION, ballots }, null, 2)}\n`);
  else output.out(summary(ballots));
  return EXIT_OK;
};

function usage(output: Output, message: string): number {
  output.err(`${message}\n`);
  return EXIT_USAGE;
}

/** `--count`: the readings go into the congress file (scan-count.ts); the lines say what became of each image. */
async function countIntoFile(disk: CongressFileOnDisk, setup: ElectionScanSetup, paths: readonly ImagePath[], values: ParsedArgs['values'], names: ReadonlyMap<string, string>, output: Output): Promise<number> {
  if (values.json) return usage(output, '--count không đi cùng --json: kết quả được ghi vào tệp đại hội');
  const operator = typeof values.operator === 'string' ? values.operator.trim() : '';
  if (operator === '') return usage(output, 'Ghi tên người quét phiếu: --operator "Họ và tên"');
  const file = disk.path;
  const index = editableElectionIndex(disk.file, setup.electionId ?? '');
  if (!index.ok) return reportError(output, file, index.error);
  const ballots: ScanFileBallot[] = [];
  const team = typeof values.team === 'string' && values.team.trim() !== '' ? values.team.trim() : undefined;
  const counted = await countScansIntoFile(disk, index.value, setup, paths, { operator, ...(team ? { team } : {}) }, (image) => {
    if (image.kind === 'already') return output.out(`${quotedName(basename(image.path))}: ĐÃ CÓ — ảnh này đã được đọc (${quotedName(image.sameAs)}), không tính lại\n`);
    if (image.kind === 'unreadable') return output.out(`${quotedName(basename(image.path))}: BỎ QUA — ${image.reason}\n`);
    const ballot = scanFileBallot(image.path, image.reading);
    // A paper like one already counted or waiting is not counted: it waits for a person ("cùng một tờ phiếu?").
    const shown = image.record.sameAs !== undefined ? { ...ballot, status: 'review' as const, reason: image.record.reason ?? '' } : ballot;
    ballots.push(shown);
    output.out(`${readingLine(shown, names).trimEnd()}${image.number !== null ? ` → phiếu số ${image.number}` : ''}\n`);
  });
  if (!counted.ok) return reportError(output, file, counted.error);
  output.out(summary(ballots));
  const election = counted.value.elections[index.value];
  const pending = (election?.scans ?? []).filter((s) => s.decision === 'pending').length;
  output.out(`Đã ghi vào ${file}; ảnh được lưu trong ${scansDir(file)}.\n`);
  if (pending > 0) output.out(`Còn ${pending} ảnh chờ người xác nhận: kiem-phieu review ${file} --election ${election?.id ?? ''} --operator "Họ và tên"\n`);
  return EXIT_OK;
}

const MARK_WORDS = { agree: 'đồng ý', disagree: 'không đồng ý', both: 'cả hai ô', none: 'không đánh dấu' } as const;

function readingLine(b: ScanFileBallot, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  const head = `${quotedName(basename(b.image))}: `;
  if (b.status === 'refused') return `${head}KHÔNG NHẬN — ${b.reason ?? ''}\n`;
  const read = b.struck !== undefined ? (b.struck.length ? `gạch ${b.struck.map(name).join(', ')}` : 'không gạch tên nào') : Object.entries(b.marks ?? {}).map(([id, mark]) => `${name(id)}: ${MARK_WORDS[mark]}`).join('; ');
  const status = b.status === 'read' ? 'ĐỌC ĐƯỢC' : 'CẦN NGƯỜI XEM';
  const unsure = b.uncertain.length ? `; chưa chắc: ${b.uncertain.map(name).join(', ')}` : '';
  const why = b.status === 'review' && b.reason ? ` (${b.reason.replace(/^Cần người xem: /, '')})` : '';
  return `${head}${status}${why} — ${read}${unsure}\n`;
}

function summary(ballots: readonly ScanFileBallot[]): string {
  const count = (s: string) => ballots.filter((b) => b.status === s).length;
  return `\nTổng cộng ${ballots.length} ảnh: ${count('read')} phiếu đọc được, ${count('review')} phiếu cần người xem, ${count('refused')} ảnh không nhận.\n`;
}
