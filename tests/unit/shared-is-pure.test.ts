import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('shared/ is pure TypeScript used by every process', () => {
  it('imports nothing from Node, Electron, the DOM side or the main process', () => {
    const offenders = sourceFiles('shared').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from\s+'([^']+)'/g)]
        .map((m) => m[1] as string)
        .filter((spec) => spec.startsWith('node:') || ['fs', 'path', 'crypto', 'electron', 'better-sqlite3'].includes(spec) || spec.includes('src-main') || spec.includes('src-renderer'))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
