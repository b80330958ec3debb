// `npm start` downloads the Electron binary on first use. Where that fails (no internet), the
// failure is remembered for a day in a small file of the user's cache folder, so that the next
// starts go straight to the browser shell instead of waiting for the download to time out again.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export const REMEMBER_FAILURE_MS = 24 * 60 * 60 * 1000;

/** The user's cache folder: %LOCALAPPDATA% on Windows, ~/Library/Caches on macOS, $XDG_CACHE_HOME or ~/.cache elsewhere. */
export function userCacheDir(env = process.env, platform = process.platform, home = homedir()) {
  if (platform === 'win32') return env.LOCALAPPDATA || join(home, 'AppData', 'Local');
  if (platform === 'darwin') return join(home, 'Library', 'Caches');
  return env.XDG_CACHE_HOME || join(home, '.cache');
}

/** Where the last failed download is remembered. */
export function failureFile(cacheDir = userCacheDir()) {
  return join(cacheDir, 'kiem-phieu', 'electron-download-failed.json');
}

/** The failure of this Electron version less than a day before `now` (ms), or null: try the download. */
export function recentFailure(file, version, now) {
  let remembered;
  try {
    remembered = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  const at = typeof remembered?.at === 'number' ? remembered.at : NaN;
  if (remembered?.version !== version || !(at <= now) || now - at >= REMEMBER_FAILURE_MS) return null;
  return { at, reason: String(remembered.reason ?? '') };
}

/** Remembers a failed download; a cache folder that cannot be written only means trying again next time. */
export function rememberFailure(file, version, now, reason) {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ version, at: now, reason })}\n`);
  } catch {
    // Nothing to do: the next start tries the download again.
  }
}

export function forgetFailure(file) {
  rmSync(file, { force: true });
}

/** Why a download (the result of spawnSync on electron/install.js) failed, in words rather than the system's codes. */
export function downloadFailureReason(result) {
  if (result.error?.code === 'ETIMEDOUT') return 'quá 3 phút chưa tải xong';
  const text = `${result.stderr ?? ''}`;
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo/.test(text)) return 'không kết nối được tới máy chủ tải Electron: máy chưa có mạng, hoặc mạng chặn trang này';
  if (/ENOSPC/.test(text)) return 'ổ đĩa đã đầy';
  if (/EACCES|EPERM/.test(text)) return 'không có quyền ghi vào thư mục cài đặt';
  return 'tải về không thành công';
}

/** "23:40 ngày 07/12/2026", local time. */
export function vietnameseMoment(ms) {
  const d = new Date(ms);
  const two = (n) => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())} ngày ${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}
