import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/api/errors';

const root = process.cwd();
const UNION = join('shared', 'api', 'errors.ts');
const codes = new Set<string>(Object.values(ERROR_CODES));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every line of the program's sources (not the union itself), as "file:line: text". */
function programLines(): { place: string; text: string }[] {
  return ['shared', 'src-main', 'src-renderer']
    .flatMap((dir) => sourceFiles(join(root, dir)))
    .filter((file) => relative(root, file) !== UNION)
    .flatMap((file) => readFileSync(file, 'utf8').split('\n').map((text, i) => ({ place: `${relative(root, file)}:${i + 1}`, text })));
}

/**
 * An error code is written one way, `ERROR_CODES.x` of shared/api/errors.ts (issue 19, item 3): not
 * as a string ('INVALID_INPUT'), which a typo or a rename leaves behind unseen, and not under a
 * second name (`const EXCEL_UNREADABLE = ERROR_CODES.excelUnreadable`, a table of aliases), which
 * makes a reader look in two places for one code.
 */
describe('error codes come only from the one union', () => {
  it('no source writes an error code as a string', () => {
    const literals = programLines().flatMap(({ place, text }) =>
      [...text.matchAll(/(['"`])([A-Z][A-Z0-9_]+)\1/g)].filter((m) => codes.has(m[2] as string) && !/^\s*(\/\/|\*)/.test(text)).map((m) => `${place}: ${m[0]}`),
    );
    expect(literals).toEqual([]);
  });

  it('no source gives an error code a second name', () => {
    const aliases = programLines()
      .filter(({ text }) => /^\s*(export\s+)?const\s+\w+\s*(:\s*\w+\s*)?=\s*ERROR_CODES\.\w+\s*;/.test(text) || /^\s*(?!code\b)\w+:\s*ERROR_CODES\.\w+,?\s*$/.test(text))
      .map(({ place, text }) => `${place}: ${text.trim()}`);
    expect(aliases).toEqual([]);
  });
});
