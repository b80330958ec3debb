/**
 * Issue 17, tested from the outside: ballots printed by `export --ballots`, marked the ways voters
 * mark them, cut, folded, stained, scanned or photographed (a seeded set, built from RULES R1/R3
 * and the issue, not from the program's code), read by `scan --json` and counted by
 * `scan --count`. Name by name: the machine never reads a name wrongly with confidence; a name a
 * person must judge is never read with confidence and its paper is never `read`; a paper scanned
 * twice is counted once. (How much goes to a person is the bench's figure, not this test's.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from './corpus';
import { type FindingKind, type Judged } from './judge';
import { JUDGE_KINDS_A, JUDGE_KINDS_B } from './kinds';
import type { RescanCount } from './rescans';
import { runSet } from './run-set';
import { TEST_SEED, TEST_SPECS } from './sets';

let dir = '';
let corpus: Corpus;
let judged: Judged[] = [];
let rescans: RescanCount[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kiem-phieu-quet-doc-lap-'));
  ({ corpus, judged, rescans } = await runSet(dir, TEST_SEED, TEST_SPECS));
}, 600_000);

afterAll(() => {
  if (process.env.KIEM_PHIEU_KEEP_SCANS) console.info(`ảnh và sự thật giữ lại ở ${dir}`);
  else if (dir) rmSync(dir, { recursive: true, force: true });
});

const findings = (kind: FindingKind): string[] => judged.flatMap((j) => j.findings.filter((f) => f.kind === kind).map((f) => `${f.image}: ${f.detail}`));

describe('the independent set itself', () => {
  it('holds every mark a person must judge, each on a paper whose truth names it', () => {
    const kinds = new Set(corpus.images.map((i) => i.kind));
    for (const kind of [...JUDGE_KINDS_A, ...JUDGE_KINDS_B]) expect(kinds.has(kind), kind).toBe(true);
    for (const image of corpus.images.filter((i) => (JUDGE_KINDS_A as readonly string[]).includes(i.kind) || (JUDGE_KINDS_B as readonly string[]).includes(i.kind))) {
      expect(Object.values(image.truth.names), image.file).toContain('judge');
    }
  });

  it('every image is in the scanner output', () => {
    expect(findings('thieu-ket-qua')).toEqual([]);
    expect(judged).toHaveLength(corpus.images.length);
  });
});

describe('scan: the machine counts only what needs no judgement (issue 17)', () => {
  it('no name is read with confidence and wrong', () => {
    expect(findings('sai-chac-chan')).toEqual([]);
  });

  it('every name a person must judge (writing beside a strike, a circle, a partial strike, a mark on the border, on the name, in both boxes) is uncertain', () => {
    expect(findings('can-nguoi-bi-doc')).toEqual([]);
  });

  it('a paper with a mark a person must judge, or ink outside the rows, is never `read`', () => {
    expect(findings('phieu-can-nguoi-thanh-doc')).toEqual([]);
  });

  it('a paper the machine reads is valid under RULES R3 (a blank or over-marked paper waits for a person)', () => {
    expect(findings('phieu-khong-hop-le-thanh-doc')).toEqual([]);
  });

  it('a paper scanned twice (at once, or again after a first count) is counted at most once', () => {
    expect(rescans.length).toBeGreaterThan(0);
    const double = rescans.filter((r) => r.counted > r.papersRead).map((r) => `${r.election}, lần đếm ${r.run}: ${r.counted} phiếu được tính từ ${r.papersRead} tờ phiếu máy đọc được (${r.imagesRead} ảnh)`);
    expect(double).toEqual([]);
  });
});
