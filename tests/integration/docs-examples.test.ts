import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every example command of the README and of the guide runs as written on a fresh copy of the
 * samples: each ```sh block, line by line (a line ending in "\" continues on the next), in the
 * order of the page, in one new folder per page holding `bin` and a copy of `assets`. Lines that
 * install or start the program (`npm …`) are not run here. What a person types at a question is
 * written after the command as `# gõ: 1⏎ 0⏎ c⏎` and given to it. Every command must succeed and
 * write the files it names (-o, --pdf, --xlsx, --ballots). The pictures and local links of the
 * pages must exist.
 */
const ROOT = process.cwd();
const PAGES = ['README.md', 'docs/huong-dan-su-dung.md'];

interface Example {
  command: string;
  typed: string;
}

export function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  for (const block of markdown.matchAll(/^```sh\n([\s\S]*?)^```/gm)) {
    const lines = (block[1] as string).replace(/\\\n\s*/g, '').split('\n');
    for (const line of lines) {
      const command = line.trim();
      if (command === '' || command.startsWith('#') || command.startsWith('npm ')) continue;
      const typed = /#\s*gõ:(.*)$/.exec(command)?.[1] ?? '';
      examples.push({ command, typed: typed.split('⏎').slice(0, -1).map((answer) => `${answer.trim()}\n`).join('') });
    }
  }
  return examples;
}

/** The files a command says it writes. */
function writtenFiles(command: string): string[] {
  return [...command.matchAll(/(?:^|\s)(?:-o|--pdf|--xlsx|--ballots)\s+(\S+)/g)].map((m) => m[1] as string);
}

function freshFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kiem-phieu-docs-'));
  symlinkSync(join(ROOT, 'bin'), join(dir, 'bin'));
  cpSync(join(ROOT, 'assets'), join(dir, 'assets'), { recursive: true });
  return dir;
}

describe.each(PAGES)('the examples of %s', (page) => {
  const markdown = readFileSync(join(ROOT, page), 'utf8');

  it('run as written, each command succeeding and writing what it names', () => {
    const examples = examplesOf(markdown);
    expect(examples.length).toBeGreaterThanOrEqual(page === 'README.md' ? 3 : 15);
    const dir = freshFolder();
    try {
      for (const { command, typed } of examples) {
        const run = spawnSync('bash', ['-c', command], { cwd: dir, input: typed, encoding: 'utf8', timeout: 170_000 });
        expect({ command, status: run.status, stderr: run.stderr }).toEqual({ command, status: 0, stderr: expect.not.stringContaining('Lỗi') });
        for (const file of writtenFiles(command)) expect(existsSync(join(dir, file)) && statSync(join(dir, file)).size > 0, `${command} → ${file}`).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows pictures and links to files that exist', () => {
    const targets = [...markdown.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1] as string).filter((t) => !/^[a-z]+:/.test(t));
    expect(targets.length).toBeGreaterThan(0);
    const missing = targets.filter((t) => !existsSync(resolve(dirname(join(ROOT, page)), t)));
    expect(missing).toEqual([]);
  });
});

describe('the examples of the guide, read', () => {
  it('take what a person types from "# gõ:", Enter by Enter', () => {
    const [example] = examplesOf('```sh\n./bin/kiem-phieu review a.json --election bch   # gõ: 1⏎ 0⏎ c⏎\n```\n');
    expect(example?.typed).toBe('1\n0\nc\n');
    expect(examplesOf('```sh\nnpm install\n# a comment\n./bin/kiem-phieu merge a \\\n    b -o c\n```\n').map((e) => e.command)).toEqual(['./bin/kiem-phieu merge a b -o c']);
  });
});
