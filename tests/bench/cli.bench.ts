import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../../scripts/builds.mjs';
import { writeBigCongressFile } from './big-congress-file';
import { median, ms, type BenchRow } from './measure';

/** Prints the process's peak memory on stderr as it exits (loaded with --import before the program). */
const REPORT_PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nPEAK_RSS_KB '+process.resourceUsage().maxRSS+'\\n'))`;

interface Run {
  ms: number;
  peakMb: number;
}

function run(args: string[]): Run {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', REPORT_PEAK, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const elapsed = performance.now() - start;
  if (child.status !== 0) throw new Error(`${args.join(' ')}: ${child.stderr}`);
  const peak = /PEAK_RSS_KB (\d+)/.exec(child.stderr);
  return { ms: elapsed, peakMb: peak ? Number(peak[1]) / 1024 : Number.NaN };
}

/** Median of `times` runs, run alternately with the others so that a busy moment hits all alike. */
function alternate(commands: Record<string, string[]>, times: number): Record<string, Run> {
  const runs: Record<string, Run[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < times; i++) for (const [name, args] of Object.entries(commands)) runs[name]!.push(run(args));
  return Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, { ms: median(list.map((r) => r.ms)), peakMb: Math.max(...list.map((r) => r.peakMb)) }]));
}

const CLI = 'bin/kiem-phieu';
const parseFile = (path: string) => ['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(path)}, 'utf8'))`];

/**
 * Issue 9: the command line starts at once and tallies big files at the pace of JSON.parse.
 * Every process is timed whole, as a user sees it (start, read, count, print).
 */
export async function cliBenchmarks(): Promise<BenchRow[]> {
  await ensureBuilt(['cli']);
  const dir = mkdtempSync(join(tmpdir(), 'kiem-phieu-bench-cli-'));
  try {
    const small = join(dir, '100k.json');
    const large = join(dir, '1m.json');
    await writeBigCongressFile(small, 100_000);
    const start = alternate({ node: ['-e', '0'], help: [CLI, 'help'] }, 9);
    const hundred = alternate({ parse: parseFile(small), tally: [CLI, 'tally', small, '--json'] }, 5);
    await writeBigCongressFile(large, 1_000_000);
    const million = run([CLI, 'tally', large, '--json']);
    const mb = (path: string) => `${(statSync(path).size / 1e6).toFixed(0)} MB`;
    const ratio = hundred.tally!.ms / hundred.parse!.ms;
    const growth = million.ms / hundred.tally!.ms;
    return [
      { name: 'kiem-phieu help', value: ms(start.help!.ms), target: '≤ 0,3 s', met: start.help!.ms <= 300, note: `node -e 0 cạnh đó: ${ms(start.node!.ms)}; trung vị của 9 lần` },
      { name: `kiem-phieu tally 100.000 phiếu × 200 người (${mb(small)})`, value: ms(hundred.tally!.ms), target: '≤ 1,5 s', met: hundred.tally!.ms <= 1500, note: `bộ nhớ tối đa ${hundred.tally!.peakMb.toFixed(0)} MB; trung vị của 5 lần` },
      { name: '  so với node đọc và JSON.parse cùng tệp', value: `${ratio.toFixed(2)} ×`, target: '≤ 3 ×', met: ratio <= 3, note: `JSON.parse: ${ms(hundred.parse!.ms)}, bộ nhớ tối đa ${hundred.parse!.peakMb.toFixed(0)} MB` },
      { name: `kiem-phieu tally 1.000.000 phiếu × 200 người (${mb(large)})`, value: ms(million.ms), target: '≤ 12 s', met: million.ms <= 12_000 },
      { name: '  bộ nhớ tối đa', value: `${million.peakMb.toFixed(0)} MB`, target: '≤ 1,5 GB', met: million.peakMb <= 1536 },
      { name: '  thời gian 1.000.000 / 100.000 phiếu', value: `${growth.toFixed(1)} ×`, target: '≈ 10 × (tuyến tính)', met: growth <= 12, note: `bộ nhớ ${(million.peakMb / hundred.tally!.peakMb).toFixed(1)} × (tệp lớn đọc từng phần: bộ nhớ gần như chỉ là tệp)` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
