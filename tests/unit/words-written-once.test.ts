import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Issue 19, item 2: the figures and the summary of a result are worded once, in the words module
 * beside the minutes model; every paper, sheet, screen and the command line take them from there.
 * This reads the text of the program (string literals, templates, JSX text; comments do not count)
 * and finds where a phrase is written.
 */

const ROOTS = ['shared', 'src-main', 'src-renderer', 'scripts'] as const;
const WORDS_MODULE = 'shared/minutes/figures.ts';

/** The label, as a label: a sentence may still say "số lượng cần bầu" in its own words. */
const SEATS_LABEL = /Số lượng cần bầu/u;
/** Every way "nobody elected" has been written. */
const NOBODY_ELECTED = /không (có )?(ai|đồng chí nào|người nào)( được)? trúng cử/iu;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(tsx?|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path.split(sep).join('/')] : [];
  });
}

/** The texts a file writes: its string literals, the fixed parts of its templates and its JSX text. */
function writtenTexts(file: string, source: string): string[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : file.endsWith('.mjs') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const root = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node)) texts.push(node.text);
    node.forEachChild(visit);
  };
  visit(root);
  return texts.filter((text) => text.trim() !== '');
}

let program: Map<string, string[]> | null = null;

/** Each file of the program and what it writes, read once. */
function programTexts(): Map<string, string[]> {
  program ??= new Map(ROOTS.flatMap((root) => sourceFiles(root)).map((file) => [file, writtenTexts(file, readFileSync(file, 'utf8'))]));
  return program;
}

/** The files other than the words module that write the phrase. */
function writersOf(phrase: RegExp): string[] {
  return [...programTexts()].filter(([file, texts]) => file !== WORDS_MODULE && texts.some((text) => phrase.test(text))).map(([file]) => file);
}

describe('the words of the figures and the outcome are written once (issue 19, item 2)', () => {
  it('reads what a file writes, not its comments', () => {
    const source = '/** "Số lượng cần bầu: 9" */\nconst a = `${n}. Số lượng cần bầu: ${x}`;\nconst b = <p>Không có ai trúng cử.</p>;';
    expect(writtenTexts('x.tsx', source)).toEqual(['. Số lượng cần bầu: ', 'Không có ai trúng cử.']);
  });

  it('"Số lượng cần bầu" is written only in the words module', () => {
    expect(programTexts().get(WORDS_MODULE)?.some((text) => SEATS_LABEL.test(text))).toBe(true);
    expect(writersOf(SEATS_LABEL)).toEqual([]);
  });

  it('"nobody elected" is written only in the words module, one way', () => {
    const own = programTexts().get(WORDS_MODULE)?.filter((text) => NOBODY_ELECTED.test(text));
    expect(own).toEqual(['không có đồng chí nào trúng cử']);
    expect(writersOf(NOBODY_ELECTED)).toEqual([]);
  });
});
