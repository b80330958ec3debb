import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string>; scripts: Record<string, string> };

/** The NODE_OPTIONS that npm (10 and 11 alike) gives every install step, from the repository's .npmrc. */
function npmNodeOptions(): string {
  const line = readFileSync(join(root, '.npmrc'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith('node-options='));
  expect(line, '.npmrc sets node-options').toBeDefined();
  return (line as string).slice('node-options='.length);
}

/** What ELECTRON_SKIP_BINARY_DOWNLOAD is inside the install step of the package npm is installing. */
function skipDownloadInStepOf(packageName: string): string {
  const env: Record<string, string | undefined> = { ...process.env, NODE_OPTIONS: npmNodeOptions(), npm_package_name: packageName };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const run = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD))'], { env, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

/**
 * `npm install` works with only the npm registry, with npm 10 (Node 20.19) as with npm 11: npm 10
 * ignores package.json's "allowScripts", so Electron's install step, which downloads its binary
 * from GitHub, is told to skip it through the repository's .npmrc (issue 19, item 5).
 */
describe('npm install without internet', () => {
  it("Electron's install step skips its download, and no other step or script is touched", () => {
    expect(skipDownloadInStepOf('electron')).toBe('1');
    expect(skipDownloadInStepOf('kiem-phieu'), 'npm start must still be able to download Electron').toBe('undefined');
    expect(skipDownloadInStepOf('better-sqlite3')).toBe('undefined');
  });

  it("the variable is the one Electron's installer honours", () => {
    const installer = readFileSync(join(root, 'node_modules', 'electron', 'install.js'), 'utf8');
    expect(installer).toMatch(/if \(process\.env\.ELECTRON_SKIP_BINARY_DOWNLOAD\) \{\s*process\.exit\(0\);/);
    expect(JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).scripts.postinstall).toBe('node install.js');
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The packages the program imports (not its tests, bench or build scripts): `from 'x'`, `from '@s/x/y'`. */
function packagesImportedByTheProgram(): Set<string> {
  const found = new Set<string>();
  for (const file of [...sourceFiles(join(root, 'src-main')), ...sourceFiles(join(root, 'shared'))]) {
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:from |import\(|require\()'((?:@[\w.-]+\/)?[\w.-]+)(?:\/[^']*)?'/g)) found.add(match[1] as string);
  }
  return found;
}

describe('the packages of package.json', () => {
  it('every runtime dependency is one the program imports: what only tests, the bench or scripts use is a devDependency', () => {
    const imported = packagesImportedByTheProgram();
    const notImported = Object.keys(packageJson.dependencies).filter((name) => !imported.has(name));
    expect(notImported).toEqual([]);
  });

  it('every tool a script of package.json runs is a declared package (npm run dist: electron-builder)', () => {
    const tools: Record<string, string> = { tsx: 'tsx', 'electron-builder': 'electron-builder', playwright: '@playwright/test', stryker: '@stryker-mutator/core', tsc: 'typescript' };
    const declared = { ...packageJson.dependencies, ...packageJson.devDependencies };
    for (const [script, command] of Object.entries(packageJson.scripts)) {
      for (const [tool, pkg] of Object.entries(tools)) if (new RegExp(`(^|&& )${tool} `).test(command)) expect(declared[pkg], `${script} runs ${tool}`).toBeDefined();
    }
  });
});
