import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The path of LibreOffice's `soffice`, or '' when it is not installed. */
export function sofficePath(): string {
  return spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
}

/** A LibreOffice profile in `dir` that recalculates every formula of an .xlsx when it loads one;
 *  its URL, for `soffice -env:UserInstallation=…`. */
export function recalculatingProfile(dir: string): string {
  const user = join(dir, 'profile', 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return pathToFileURL(join(dir, 'profile')).href;
}

/** `soffice --headless --convert-to xlsx` of one workbook: LibreOffice loads it (recalculating
 *  every formula, with the profile above) and saves it again. */
export function convertWithLibreOffice(soffice: string, profile: string, book: string, outDir: string, timeoutMs = 120_000): SpawnSyncReturns<string> {
  return spawnSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, book], { encoding: 'utf8', timeout: timeoutMs });
}
