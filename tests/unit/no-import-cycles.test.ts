import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The program's own code: each folder a layer (shared below both processes, which never import each other). */
const ROOTS = ['shared', 'src-main', 'src-renderer'] as const;

/**
 * Import cycles known and being removed on other branches: each is the set of files its cycle
 * goes through. Remove an entry when its fix lands (this test says so once the cycle is gone).
 */
const KNOWN_CYCLES_BEING_FIXED: readonly { why: string; files: readonly string[] }[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path.split(sep).join('/')] : [];
  });
}

/** The specifiers of every `import … from`, `import type … from`, `import '…'` and `export … from` of a file. */
function importedSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  return source.statements.flatMap((statement) => {
    const specifier = ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) ? statement.moduleSpecifier : undefined;
    return specifier && ts.isStringLiteral(specifier) ? [specifier.text] : [];
  });
}

/** file → the files of the program it imports (packages and Node's modules left out). */
function importGraph(): Map<string, string[]> {
  const files = ROOTS.flatMap((root) => sourceFiles(root));
  const known = new Set(files);
  const resolve = (from: string, specifier: string): string | null => {
    if (!specifier.startsWith('.')) return null;
    const base = normalize(join(dirname(from), specifier)).split(sep).join('/');
    return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((candidate) => known.has(candidate)) ?? null;
  };
  return new Map(files.map((file) => [file, [...new Set(importedSpecifiers(file).flatMap((s) => resolve(file, s) ?? []))]]));
}

/** The strongly connected components of more than one file (Tarjan): each holds at least one cycle. */
function cyclicComponents(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.get(file)?.includes(file)) components.push(component.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return components;
}

/** One cycle through the component's first file, as `a.ts → b.ts → a.ts` (a shortest one, found breadth first). */
function describeCycle(graph: ReadonlyMap<string, readonly string[]>, component: readonly string[]): string {
  const start = component[0]!;
  const inside = new Set(component);
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of graph.get(file) ?? []) {
      if (!inside.has(next)) continue;
      if (next === start) {
        const path = [file];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return [...path, start].join(' → ');
      }
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return component.join(', ');
}

const sameFiles = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().every((file, i) => file === [...b].sort()[i]);

describe('the import graph of shared/, src-main/ and src-renderer/', () => {
  const graph = importGraph();
  const components = cyclicComponents(graph);

  it('has no cycle (type imports count too), but the known ones being fixed elsewhere', () => {
    const unknown = components.filter((component) => !KNOWN_CYCLES_BEING_FIXED.some((known) => sameFiles(known.files, component)));
    expect(unknown.map((component) => describeCycle(graph, component))).toEqual([]);
  });

  it('still has each known cycle: once one is fixed, remove it from KNOWN_CYCLES_BEING_FIXED', () => {
    const gone = KNOWN_CYCLES_BEING_FIXED.filter((known) => !components.some((component) => sameFiles(known.files, component)));
    expect(gone.map((known) => known.files.join(', '))).toEqual([]);
  });

  it('keeps the layers apart: shared imports neither process, the renderer and the main process never import each other', () => {
    const forbidden: Record<(typeof ROOTS)[number], readonly string[]> = { shared: ['src-main/', 'src-renderer/'], 'src-renderer': ['src-main/'], 'src-main': ['src-renderer/'] };
    const crossings = [...graph].flatMap(([file, imports]) => {
      const layer = ROOTS.find((root) => file.startsWith(`${root}/`))!;
      return imports.filter((target) => forbidden[layer].some((prefix) => target.startsWith(prefix))).map((target) => `${file} → ${target}`);
    });
    expect(crossings).toEqual([]);
  });

  it('finds the imports it is looking for (the graph is not empty by mistake)', () => {
    expect(graph.get('src-main/api/build-api.ts')).toContain('shared/api/contract.ts');
    expect(graph.get('src-renderer/api/client.ts')).toContain('shared/api/contract.ts');
    expect(describeCycle(new Map([['a', ['b']], ['b', ['c', 'a']], ['c', []]]), ['a', 'b'])).toBe('a → b → a');
  });
});
