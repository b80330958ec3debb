import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApi } from '../../src-main/api/build-api';
import { Store } from '../../src-main/db/store';
import { syntheticStationPackages } from '../helpers/packages';
import { median, ms, timeRuns, type BenchRow } from './measure';
import { MAX_SUMMONED } from '../../shared/limits';

const STATIONS = 10;
const PER_STATION = 5000;
const RUNS = 5;
const MERGE_TARGET_MS = 2000;

type Unwrappable<T> = { ok: true; value: T } | { ok: false; error: { message: string } };
function unwrap<T>(r: Unwrappable<T>): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The chair's file with the congress set up and nothing counted, and the stations' packages for it. */
function chairAndPackages(dir: string): { chairFile: string; electionId: number; congressId: number; packages: { label: string; content: string }[] } {
  const store = Store.open(join(dir, 'chu-tich.kiemphieu'));
  const api = buildApi({ store });
  // 50,000 ballots: more than any congress summons (shared/limits.ts), so the figures are left undeclared.
  const { congressId } = unwrap(api.createCongress({ name: 'Đại hội đo tốc độ gộp', kind: 'delegates', summoned: MAX_SUMMONED }));
  const { electionId } = unwrap(api.createElection({ congressId, office: 'cap_uy', seats: 45 }));
  unwrap(api.addCandidates({ electionId, candidates: Array.from({ length: 55 }, (_, i) => ({ name: `Ứng Cử Viên ${i + 1}` })) }));
  const packages = syntheticStationPackages(store, congressId, Array.from({ length: STATIONS }, (_, i) => `Tổ ${i + 1}`), PER_STATION, 11).map((p, i) => ({ label: `goi-${i + 1}.json`, content: p.text }));
  const chairFile = join(dir, 'chu-tich-truoc-khi-gop.kiemphieu');
  store.copyTo(chairFile);
  store.close();
  return { chairFile, electionId, congressId, packages };
}

/** CPU time of this process since `since` (GC threads included): steadier than the clock when other work shares the cores. */
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const spread = (times: readonly number[]) => `trung vị của ${times.length} lần; nhanh nhất ${ms(Math.min(...times))}, chậm nhất ${ms(Math.max(...times))}`;

/**
 * Issue 6 and 9: the chair previews, then merges, 10 station packages of 5,000 ballots each, every
 * signature checked with the key of the package's team (derived from the congress key), in one transaction. Each run starts from a copy of the same chair's file: JSON.parse
 * of the same texts (the floor to compare with), the preview and the merge side by side.
 */
export async function teamsBenchmarks(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kiem-phieu-bench-'));
  try {
    const { chairFile, electionId, congressId, packages } = chairAndPackages(dir);
    const megabytes = packages.reduce((n, p) => n + p.content.length, 0) / 1e6;
    const parseTimes: number[] = [];
    const previewTimes: number[] = [];
    const mergeTimes: number[] = [];
    const previewCpu: number[] = [];
    const mergeCpu: number[] = [];
    let counted = 0;
    let refused = { ms: 0, code: '' };
    for (let run = 0; run < RUNS; run++) {
      const file = join(dir, `lan-${run + 1}.kiemphieu`);
      copyFileSync(chairFile, file);
      const chair = Store.open(file);
      const api = buildApi({ store: chair });
      parseTimes.push(...(await timeRuns(1, () => packages.map((p) => JSON.parse(p.content) as unknown))));
      let cpu = process.cpuUsage();
      let start = performance.now();
      const preview = unwrap(api.previewPackages({ congressId, packages }));
      previewTimes.push(performance.now() - start);
      previewCpu.push(cpuMs(cpu));
      if (!preview.canMerge) throw new Error('the packages cannot be merged');
      cpu = process.cpuUsage();
      start = performance.now();
      unwrap(api.mergePackages({ congressId, packages, operator: 'Đo tốc độ' }));
      mergeTimes.push(performance.now() - start);
      mergeCpu.push(cpuMs(cpu));
      counted = unwrap(api.tally({ electionId })).ballots.counted;
      start = performance.now();
      const again = api.mergePackages({ congressId, packages: packages.slice(0, 1) });
      refused = { ms: performance.now() - start, code: again.ok ? 'KHÔNG bị từ chối' : again.error.code };
      chair.close();
    }

    const preview = median(previewTimes);
    const merge = median(mergeTimes);
    const parse = median(parseTimes);
    const what = `${STATIONS} gói máy trạm × ${PER_STATION.toLocaleString('vi-VN')} phiếu`;
    return [
      { name: `Xem trước ${what} (kiểm chữ ký)`, value: ms(preview), target: `≤ gộp (${ms(merge)})`, met: preview <= merge, note: `${spread(previewTimes)}; CPU ${ms(median(previewCpu))}; ${(preview / parse).toFixed(1)} × JSON.parse` },
      { name: `Gộp ${what} (kiểm chữ ký, một giao dịch)`, value: ms(merge), target: `≤ ${ms(MERGE_TARGET_MS)}`, met: merge <= MERGE_TARGET_MS, note: `${spread(mergeTimes)}; CPU ${ms(median(mergeCpu))}; ${(merge / parse).toFixed(1)} × JSON.parse; tính được ${counted} phiếu; ${megabytes.toFixed(1)} MB` },
      { name: `JSON.parse của cùng ${STATIONS} gói (mức sàn để so)`, value: ms(parse), target: '—', met: null, note: spread(parseTimes) },
      { name: 'Từ chối một gói đã gộp (trùng)', value: ms(refused.ms), target: '—', met: null, note: refused.code },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
