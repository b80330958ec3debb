import { cliBenchmarks } from './cli.bench';
import { coreBenchmarks } from './core.bench';
import { entryKeysBenchmarks } from './entry-keys.bench';
import { entryLatencyBenchmarks } from './entry-latency.bench';
import { excelAttackBenchmarks } from './excel-attacks.bench';
import { excelBenchmarks } from './excel.bench';
import { excelFuzzBenchmarks } from './excel-fuzz.bench';
import { printRows, type BenchRow } from './measure';
import { pdfBenchmarks } from './pdf.bench';
import { pinBenchmarks } from './pin.bench';
import { scanBenchmarks } from './scan.bench';
import { scanIndependentBenchmarks } from './scan-independent.bench';
import { startupBenchmarks } from './startup.bench';
import { teamsBenchmarks } from './teams.bench';

const GROUPS: { key: string; title: string; run: () => Promise<BenchRow[]> }[] = [
  { key: 'core', title: 'Lõi kiểm phiếu', run: coreBenchmarks },
  { key: 'cli', title: 'Dòng lệnh', run: cliBenchmarks },
  { key: 'start', title: 'Khởi động', run: startupBenchmarks },
  { key: 'pdf', title: 'Biên bản PDF', run: pdfBenchmarks },
  { key: 'entry', title: 'Nhập phiếu trong ứng dụng (browser shell)', run: entryLatencyBenchmarks },
  { key: 'keys', title: 'Số phím gõ cho một phiếu gạch tên', run: entryKeysBenchmarks },
  { key: 'excel', title: 'Excel', run: async () => [...(await excelBenchmarks()), ...(await excelAttackBenchmarks()), ...(await excelFuzzBenchmarks())] },
  { key: 'teams', title: 'Nhiều tổ kiểm phiếu', run: teamsBenchmarks },
  { key: 'pin', title: 'Mã PIN của chủ tịch đoàn', run: pinBenchmarks },
  { key: 'scan', title: 'Đọc phiếu quét (mô phỏng)', run: scanBenchmarks },
  { key: 'scan-independent', title: 'Đọc phiếu quét: bộ thử độc lập (issue 17)', run: scanIndependentBenchmarks },
];

/**
 * `npm run bench`: measures and prints; never fails on time (timings on shared machines are noisy).
 * `npm run bench -- teams` (or core, cli, start, pdf, entry, keys, excel, pin, scan, scan-independent) runs only the groups named.
 */
async function main(): Promise<void> {
  const chosen = process.argv.slice(2);
  const unknown = chosen.filter((key) => !GROUPS.some((g) => g.key === key));
  if (unknown.length > 0) throw new Error(`unknown bench group ${unknown.join(', ')}: choose among ${GROUPS.map((g) => g.key).join(', ')}`);
  console.log(`kiem-phieu: đo tốc độ (Node ${process.version}, ${process.platform}/${process.arch})`);
  for (const group of GROUPS) if (chosen.length === 0 || chosen.includes(group.key)) printRows(group.title, await group.run());
}

await main();
