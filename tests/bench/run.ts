import { coreBenchmarks } from './core.bench';
import { excelBenchmarks } from './excel.bench';
import { printRows } from './measure';

/** `npm run bench`: measures and prints; never fails on time (timings on shared machines are noisy). */
async function main(): Promise<void> {
  console.log(`kiem-phieu: đo tốc độ (Node ${process.version}, ${process.platform}/${process.arch})`);
  printRows('Lõi kiểm phiếu', await coreBenchmarks());
  printRows('Excel', await excelBenchmarks());
}

await main();
