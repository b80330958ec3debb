import { packageFailure } from '../../../shared/packages/errors';
import type { AppError } from '../../../shared/result';
import { openSetupPackage } from '../../services/packages';
import { givenTeamKeys, type TeamKeys } from '../../services/station-keys';
import { readTextFile } from '../io';
import { ERROR_CODES } from '../../../shared/api/errors';

/**
 * `merge --setup A --setup B …`: the keys that check the station packages on the command line.
 * The congress key never leaves the chair's machine, so the command line checks each team's
 * package with the key of that team's setup package: the files the chair exported for the
 * stations, taken from the chair's own folder. All must be of one congress; a team given twice
 * must carry the same key.
 */
export function teamKeysFromSetups(paths: readonly string[]): { keys: TeamKeys } | { file: string; error: AppError } {
  let identity: { value: string; path: string } | null = null;
  const keys = new Map<string, { key: string; path: string }>();
  for (const path of paths) {
    const text = readTextFile(path);
    if (!text.ok) return { file: path, error: text.error };
    const setup = openSetupPackage(text.value, path);
    if (!setup.ok) return { file: path, error: setup.error };
    const { congressId, team, teamKey } = setup.value.package;
    identity ??= { value: congressId, path };
    if (congressId !== identity.value) return { file: path, error: packageFailure(ERROR_CODES.packageForeign, path, `gói thiết lập của một đại hội khác với "${identity.path}"`).error };
    const earlier = keys.get(team);
    if (earlier && earlier.key !== teamKey) return { file: path, error: packageFailure(ERROR_CODES.packageTampered, path, `mang khóa của "${team}" khác với "${earlier.path}": chỉ dùng các gói thiết lập do máy chủ tịch đoàn xuất`).error };
    keys.set(team, { key: teamKey, path });
  }
  if (identity === null) throw new Error('teamKeysFromSetups: no setup package');
  return { keys: givenTeamKeys(identity.value, new Map([...keys].map(([team, k]) => [team, k.key]))) };
}
