import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The root of the program (where dist/ and assets/ are): two levels above src-main/<shell>/ or dist/<shell>/. */
export function rootFrom(moduleUrl: string): string {
  return resolve(dirname(fileURLToPath(moduleUrl)), '..', '..');
}

/** Where congress files go by default, and where the program keeps its settings. */
export function defaultFolders(): { documentsDir: string; settingsDir: string } {
  const home = homedir();
  const settingsBase = process.platform === 'win32' ? (process.env.APPDATA ?? join(home, 'AppData', 'Roaming')) : (process.env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return { documentsDir: join(home, 'KiemPhieu'), settingsDir: join(settingsBase, 'kiem-phieu') };
}
