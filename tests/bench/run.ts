import { cliBenchmarks } from './cli.bench';
import { coreBenchmarks } from './core.bench';
import { entryLatencyBenchmarks } from './entry-latency.bench';
import { excelBenchmarks } from './excel.bench';
import { excelFuzzBenchmarks } from './excel-fuzz.bench';
import { printRows } from './measure';
import { pdfBenchmarks } from './pdf.bench';
import { startupBenchmarks } from './startup.bench';
import { teamsBenchmarks } from './teams.bench';

/** `npm run bench`: measures and prints; never fails on time (timings on shared machines are noisy). */
async function main(): Promise<void> {
  console.log(`kiem-phieu: đo tốc độ (Node ${process.version}, ${process.platform}/${process.arch})`);
  printRows('Lõi kiểm phiếu', await coreBenchmarks());
  printRows('Dòng lệnh', await cliBenchmarks());
  printRows('Khởi động', await startupBenchmarks());
  printRows('Biên bản PDF', await pdfBenchmarks());
  printRows('Nhập phiếu trong ứng dụng (browser shell)', await entryLatencyBenchmarks());
  printRows('Excel', [...(await excelBenchmarks()), ...(await excelFuzzBenchmarks())]);
  printRows('Nhiều tổ kiểm phiếu', await teamsBenchmarks());
}

await main();
