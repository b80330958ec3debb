/**
 * The independent scan set (tests/scan/independent, issue 17) at bench size: several hundred
 * seeded papers over every scanning condition and mark kind, read by `scan --json` and the rescans
 * counted by `scan --count`. The rows per condition and per mark kind read
 * "names read wrongly / names a person must judge that were read / papers counted that needed a
 * person or were invalid", each with target 0; their notes give the share of cleanly marked papers
 * sent to a person and the refusals. `KIEM_PHIEU_BENCH_PER_CELL` (default 6) sets the papers per
 * condition and list; `KIEM_PHIEU_KEEP_SCANS=1` keeps the images and their truth.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figureRows } from '../scan/independent/figures';
import { runSet } from '../scan/independent/run-set';
import { BENCH_SEED, benchSpecs } from '../scan/independent/sets';
import { ms, type BenchRow } from './measure';

export async function scanIndependentBenchmarks(): Promise<BenchRow[]> {
  const perCell = Number(process.env.KIEM_PHIEU_BENCH_PER_CELL ?? 6);
  const dir = mkdtempSync(join(tmpdir(), 'kiem-phieu-bench-quet-doc-lap-'));
  try {
    const { corpus, judged, rescans, drawMs, totalMs } = await runSet(dir, BENCH_SEED, benchSpecs(perCell));
    return [
      ...figureRows(judged, rescans),
      { name: 'thời gian: tạo ảnh / tất cả', value: `${ms(drawMs)} / ${ms(totalMs)}`, target: 'chỉ để biết', met: null, note: `${corpus.images.length} ảnh, ${perCell} phiếu mỗi điều kiện và danh sách (55 tên: gấp rưỡi); đọc chạy song song với tạo ảnh` },
    ];
  } finally {
    if (process.env.KIEM_PHIEU_KEEP_SCANS) console.info(`ảnh và sự thật giữ lại ở ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
