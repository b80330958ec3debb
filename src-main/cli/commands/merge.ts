import { readCongressFile } from '../../../shared/congress-file/read';
import type { CongressFile } from '../../../shared/congress-file/schema';
import { applyPlanToFile, carryScanRecords, targetFromFile, withoutCountedData } from '../../../shared/merge/file-merge';
import { applyPlanToTarget, planMerge, type MergeSource } from '../../../shared/merge/plan';
import { packageFailure } from '../../../shared/packages/errors';
import { SETUP_PACKAGE_FORMAT, STATION_PACKAGE_FORMAT } from '../../../shared/packages/formats';
import { packageBody } from '../../../shared/packages/read';
import { err, ok, type Result } from '../../../shared/result';
import { lockDisagreements, refuseBrokenLocks } from '../../services/congress-file-locks';
import { openStationPackage, openStationPackageJson } from '../../services/packages';
import type { TeamKeys } from '../../services/station-keys';
import { writeFileAtomically } from '../save-congress';
import { writeCongressFile } from '../../../shared/congress-file/write';
import { EXIT_OK, EXIT_USAGE, readTextFile, reportError, type CommandRun } from '../io';
import { teamKeysFromSetups } from './setup-keys';
import { ERROR_CODES } from '../../../shared/api/errors';

interface Input {
  congress: CongressFile;
  source: MergeSource;
  sha256: string | null;
}

/** The file as JSON, read once (null when not whole JSON), and the format it says it has: a package cut short still shows its format string. */
function jsonAndFormat(text: string): { value: unknown; whole: boolean; format: unknown } {
  try {
    const value = JSON.parse(text) as unknown;
    return { value, whole: true, format: typeof value === 'object' && value !== null ? (value as { format?: unknown }).format : undefined };
  } catch {
    return { value: null, whole: false, format: [STATION_PACKAGE_FORMAT, SETUP_PACKAGE_FORMAT].find((format) => text.includes(`"format":"${format}"`)) };
  }
}

/** A congress file, or a station package checked with the key of its team's setup package. */
function readInput(path: string, text: string, keys: TeamKeys | null): Result<Input> {
  const { value, whole, format } = jsonAndFormat(text);
  if (format === SETUP_PACKAGE_FORMAT) return packageFailure(ERROR_CODES.packageWrongKind, path, 'đây là gói thiết lập: đưa nó vào bằng --setup, không phải làm tệp cần gộp');
  if (format === STATION_PACKAGE_FORMAT) {
    if (keys === null) return packageFailure(ERROR_CODES.noCongressIdentity, path, 'cần --setup GÓI-THIẾT-LẬP-CỦA-TỔ.json (gói thiết lập đã xuất cho tổ của gói này) để kiểm tra chữ ký của gói máy trạm');
    const opened = whole ? openStationPackageJson({ body: packageBody(text), value }, path, keys) : openStationPackage(text, path, keys);
    if (!opened.ok && opened.error.code === ERROR_CODES.packageNoTeamKey) {
      const team = whole ? String((value as { team?: unknown }).team) : '?';
      return packageFailure(ERROR_CODES.packageNoTeamKey, path, `không có gói thiết lập của "${team}" để kiểm tra chữ ký: thêm --setup với gói thiết lập đã xuất cho tổ này`);
    }
    if (!opened.ok) return opened;
    const p = opened.value.package;
    return ok({ congress: opened.value.congress, sha256: opened.value.sha256, source: { label: path, team: p.team, station: p.station, createdAt: p.createdAt, identity: p.congressId } });
  }
  // A file that is not whole JSON is read from its text: readCongressFile takes a byte order mark and says where the JSON breaks.
  const read = readCongressFile(whole ? value : text);
  const congress = read.ok ? refuseBrokenLocks(read.value) : read;
  if (!congress.ok && !whole) return packageFailure(ERROR_CODES.packageUnreadable, path, `tệp bị cắt cụt hoặc hỏng: ${congress.error.message}`);
  if (!congress.ok) return err({ ...congress.error, message: `Tệp "${path}": ${congress.error.message}` });
  return ok({ congress: congress.value, sha256: null, source: { label: path, team: null, station: null, createdAt: null } });
}

/** The lock of the first file's election, kept by the merge (checked against the merged ballots before anything is written). */
function withLockOf(election: CongressFile['elections'][number] | undefined): Pick<CongressFile['elections'][number], 'lock'> {
  return election?.lock ? { lock: election.lock } : {};
}

/** The first file's scan records stay with its election (a package brings none: its scanned ballots come as ballots). */
function withScansOf(first: CongressFile['elections'][number] | undefined, merged: CongressFile['elections'][number]): Pick<CongressFile['elections'][number], 'scans'> {
  const scans = first ? carryScanRecords(first, merged) : undefined;
  return scans ? { scans } : {};
}

export const runMerge: CommandRun = ({ positionals, values }, output) => {
  const outPath = values.output;
  if (typeof outPath !== 'string' || outPath === '') {
    output.err('Thiếu tệp ghi kết quả: -o RA.json\n');
    return EXIT_USAGE;
  }
  let keys: TeamKeys | null = null;
  const setups = Array.isArray(values.setup) ? values.setup.filter((v): v is string => typeof v === 'string') : [];
  if (setups.length > 0) {
    const read = teamKeysFromSetups(setups);
    if ('error' in read) return reportError(output, read.file, read.error);
    keys = read.keys;
  }
  const inputs: Input[] = [];
  for (const path of positionals) {
    const text = readTextFile(path);
    if (!text.ok) return reportError(output, path, text.error);
    const input = readInput(path, text.value, keys);
    if (!input.ok) return reportError(output, path, input.error);
    inputs.push(input.value);
  }

  // The first file gives the congress (elections, lists); every file, the first too, brings its ballots.
  const first = (inputs[0] as Input).congress;
  let merged = withoutCountedData({ ...first, elections: first.elections.map((e) => ({ ...e, status: 'open' as const })) });
  const target = targetFromFile(merged);
  const now = new Date().toISOString();
  const acceptCorrections = values['accept-corrections'] === true;
  for (const input of inputs) {
    const earlier = input.sha256 === null ? undefined : target.merged.get(input.sha256);
    if (earlier) return reportError(output, input.source.label, packageFailure(ERROR_CODES.packageDuplicate, input.source.label, `cùng nội dung với "${earlier.label}": không gộp hai lần`).error);
    const plan = planMerge(target, input.congress, input.source, { acceptCorrections });
    const errors = plan.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      return reportError(output, input.source.label, { code: ERROR_CODES.mergeConflict, message: `không gộp được: ${errors[0]?.message}`, details: errors.map((p) => ({ path: '', message: p.message })) });
    }
    for (const warning of plan.problems) output.err(`Lưu ý: ${input.source.label}: ${warning.message}\n`);
    applyPlanToTarget(target, plan, input.sha256, now);
    merged = applyPlanToFile(merged, plan);
    const c = plan.counts;
    output.err(`${input.source.label}: ${c.add} phiếu mới, ${c.present} phiếu đã có${c.corrections ? `, ${c.corrections} phiếu sửa` : ''}${c.missing ? `, ${c.missing} phiếu bỏ` : ''}\n`);
  }
  const firstElections = new Map(first.elections.map((e) => [e.id, e]));
  merged = { ...merged, elections: merged.elections.map((e) => ({ ...e, status: firstElections.get(e.id)?.status ?? e.status, ...withLockOf(firstElections.get(e.id)), ...withScansOf(firstElections.get(e.id), e) })) };
  const broken = lockDisagreements(merged);
  if (broken.length > 0) {
    return reportError(output, positionals[0] as string, { code: ERROR_CODES.mergeConflict, message: `không gộp được vào cuộc bầu đã chốt kết quả: ${broken[0]?.message}`, details: broken.map((d) => ({ path: '', message: d.message })) });
  }

  const saved = writeFileAtomically(outPath, writeCongressFile(merged));
  if (!saved.ok) return reportError(output, outPath, saved.error);
  output.err(`Đã ghi ${outPath}: ${merged.elections.reduce((n, e) => n + e.ballots.length, 0)} phiếu từ ${inputs.length} tệp\n`);
  return EXIT_OK;
};
