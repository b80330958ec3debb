export const REMEMBER_FAILURE_MS: number;
/** The user's cache folder: %LOCALAPPDATA% on Windows, ~/Library/Caches on macOS, $XDG_CACHE_HOME or ~/.cache elsewhere. */
export function userCacheDir(env?: Record<string, string | undefined>, platform?: string, home?: string): string;
export function failureFile(cacheDir?: string): string;
/** The failure of this Electron version less than a day before `now` (ms), or null: try the download. */
export function recentFailure(file: string, version: string, now: number): { at: number; reason: string } | null;
export function rememberFailure(file: string, version: string, now: number, reason: string): void;
export function forgetFailure(file: string): void;
export function vietnameseMoment(ms: number): string;
/** Why a download failed, in Vietnamese words. */
export function downloadFailureReason(result: { error?: { code?: string } | undefined; stderr?: string | null }): string;
