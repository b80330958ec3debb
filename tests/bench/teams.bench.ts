import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApi } from '../../src-main/api/build-api';
import { Store } from '../../src-main/db/store';
import { syntheticStationPackages } from '../helpers/packages';
import { ms, type BenchRow } from './measure';

const STATIONS = 10;
const PER_STATION = 5000;

/** Issue 6: the chair merges 10 station packages of 5,000 ballots each, every signature checked, in one transaction. */
export async function teamsBenchmarks(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kiem-phieu-bench-'));
  try {
    const store = Store.open(join(dir, 'chu-tich.kiemphieu'));
    const api = buildApi({ store });
    const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const { congressId } = unwrap(api.createCongress({ name: 'Đại hội đo tốc độ gộp', kind: 'delegates', summoned: STATIONS * PER_STATION + 100 }));
    const { electionId } = unwrap(api.createElection({ congressId, office: 'cap_uy', seats: 45, ballotsReturned: STATIONS * PER_STATION }));
    unwrap(api.addCandidates({ electionId, candidates: Array.from({ length: 55 }, (_, i) => ({ name: `Ứng Cử Viên ${i + 1}` })) }));
    const packages = syntheticStationPackages(store, congressId, Array.from({ length: STATIONS }, (_, i) => `Tổ ${i + 1}`), PER_STATION, 11).map((p, i) => ({ label: `goi-${i + 1}.json`, content: p.text }));
    const megabytes = packages.reduce((n, p) => n + p.content.length, 0) / 1e6;

    let start = performance.now();
    const preview = unwrap(api.previewPackages({ congressId, packages }));
    const previewMs = performance.now() - start;
    if (!preview.canMerge) throw new Error('the packages cannot be merged');

    start = performance.now();
    const merged = unwrap(api.mergePackages({ congressId, packages, operator: 'Đo tốc độ' }));
    const mergeMs = performance.now() - start;
    const added = merged.packages.reduce((n, p) => n + p.elections.reduce((m, e) => m + e.added, 0), 0);
    const counted = unwrap(api.tally({ electionId })).ballots.counted;

    start = performance.now();
    const again = api.mergePackages({ congressId, packages: packages.slice(0, 1) });
    const refusedMs = performance.now() - start;
    store.close();
    return [
      { name: `Gộp ${STATIONS} gói máy trạm × ${PER_STATION.toLocaleString('vi-VN')} phiếu (kiểm chữ ký, một giao dịch)`, value: ms(mergeMs), target: '< 5 s', met: mergeMs < 5000, note: `${added} phiếu mới, tính được ${counted}; ${megabytes.toFixed(1)} MB; xem trước (cũng kiểm chữ ký) ${ms(previewMs)}` },
      { name: 'Từ chối một gói đã gộp (trùng)', value: ms(refusedMs), target: '—', met: null, note: again.ok ? 'KHÔNG bị từ chối' : again.error.code },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
