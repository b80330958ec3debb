import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadFailureReason, failureFile, forgetFailure, recentFailure, REMEMBER_FAILURE_MS, rememberFailure, userCacheDir } from '../../../scripts/electron-download-memory.mjs';
import { tempDir } from '../../helpers/api';

const at = Date.UTC(2026, 11, 7, 16, 40);
const hour = 60 * 60 * 1000;

/**
 * `npm start` without internet: the Electron download is tried once, its failure remembered for a
 * day in the user's cache folder, and the starts of that day go straight to the browser shell
 * instead of waiting for the download to fail again (issue 19, item 5). Times are given, never read.
 */
describe('the remembered failure of the Electron download', () => {
  it('is remembered for a day, for that version of Electron only', () => {
    const file = failureFile(tempDir());
    expect(recentFailure(file, '39.8.10', at)).toBeNull();
    rememberFailure(file, '39.8.10', at, 'không kết nối được');
    expect(recentFailure(file, '39.8.10', at + 23 * hour)).toEqual({ at, reason: 'không kết nối được' });
    expect(recentFailure(file, '39.8.10', at + REMEMBER_FAILURE_MS), 'a day later it is tried again').toBeNull();
    expect(recentFailure(file, '40.0.0', at + hour), 'a new Electron is tried at once').toBeNull();
    expect(recentFailure(file, '39.8.10', at - hour), 'a clock set back does not hold it off forever').toBeNull();
  });

  it('is forgotten once the download succeeds', () => {
    const file = failureFile(tempDir());
    rememberFailure(file, '39.8.10', at, 'x');
    forgetFailure(file);
    expect(existsSync(file)).toBe(false);
    forgetFailure(file);
  });

  it('a damaged memory or a cache folder that cannot be written means trying again, never a crash', () => {
    const file = failureFile(tempDir());
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, '{ not json');
    expect(recentFailure(file, '39.8.10', at)).toBeNull();
    const blocked = join(tempDir(), 'a-file');
    writeFileSync(blocked, '');
    expect(() => rememberFailure(join(blocked, 'kiem-phieu', 'x.json'), '39.8.10', at, 'x')).not.toThrow();
  });

  it("lives in the user's cache folder of each system", () => {
    expect(userCacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/an')).toBe('/x/cache');
    expect(userCacheDir({}, 'linux', '/home/an')).toBe(join('/home/an', '.cache'));
    expect(userCacheDir({}, 'darwin', '/Users/an')).toBe(join('/Users/an', 'Library', 'Caches'));
    expect(userCacheDir({ LOCALAPPDATA: 'C:\\Users\\an\\AppData\\Local' }, 'win32', 'C:\\Users\\an')).toBe('C:\\Users\\an\\AppData\\Local');
  });

  it('says why in Vietnamese words, not the system codes', () => {
    expect(downloadFailureReason({ stderr: 'RequestError: getaddrinfo ENOTFOUND github.com' })).toBe('không kết nối được tới máy chủ tải Electron: máy chưa có mạng, hoặc mạng chặn trang này');
    expect(downloadFailureReason({ error: { code: 'ETIMEDOUT' }, stderr: '' })).toBe('quá 3 phút chưa tải xong');
    expect(downloadFailureReason({ stderr: 'Error: something else' })).toBe('tải về không thành công');
  });
});
