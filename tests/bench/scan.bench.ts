import type { BallotLayout } from '../../shared/scan/layout';
import { readBallotImage } from '../../src-main/scan/read';
import { seededRandom } from '../helpers/random';
import { layoutOf, scanSetup } from '../helpers/scan-congress';
import type { ScanParams } from '../helpers/scan-scanner';
import { judge, makeTrial } from '../helpers/scan-trial';
import type { VoterHabit } from '../helpers/scan-voter';
import { ms, percentile, type BenchRow } from './measure';

/** How a batch of synthetic ballots was read. */
interface Tally {
  ballots: number;
  refused: number;
  wrong: number;
  uncertain: number;
  marked: number;
  times: number[];
}

const empty = (): Tally => ({ ballots: 0, refused: 0, wrong: 0, uncertain: 0, marked: 0, times: [] });

async function readBatch(setup: ReturnType<typeof scanSetup>, layouts: readonly BallotLayout[], count: number, seed: number, params: Partial<ScanParams> = {}, habit: VoterHabit = {}, into: Tally = empty()): Promise<Tally> {
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const trial = await makeTrial(random, layouts[i % layouts.length] as BallotLayout, params, habit);
    const start = performance.now();
    const reading = await readBallotImage(trial.bytes, setup.layouts, { electionHash: setup.electionHash });
    into.times.push(performance.now() - start);
    into.ballots++;
    if (reading.status === 'refused') {
      into.refused++;
      continue;
    }
    const judged = judge(reading, trial.voted);
    into.wrong += judged.wrong.length;
    into.uncertain += judged.uncertain;
    into.marked += judged.marked;
  }
  return into;
}

const pct = (t: Tally) => (t.marked === 0 ? 0 : (100 * t.uncertain) / t.marked);

function sweepRow(name: string, t: Tally): BenchRow {
  return {
    name,
    value: `sai ${t.wrong}`,
    target: 'sai 0',
    met: t.wrong === 0,
    note: `${pct(t).toFixed(1)} % tên có đánh dấu phải nhờ người xem; ${t.refused}/${t.ballots} ảnh không nhận`,
  };
}

/**
 * `npm run bench -- scan`: the scanner on 1,200 synthetic ballots (format A: 11 names for 9 seats,
 * 4, 2 and 1 to a sheet; format B: 5 names and 1 name), scanned with rotation ±3°, scale 97–103 %,
 * shift, blur, noise, uneven light and JPEG 50–90 (tests/helpers/scan-*.ts, seeded); then each
 * distortion pushed past the range, to show where reading degrades (it must send the
 * ballot to a person, never read it wrong).
 */
export async function scanBenchmarks(): Promise<BenchRow[]> {
  const a = scanSetup('bch');
  const b = scanSetup('btv');
  const one = scanSetup('bt');
  const main = empty();
  await readBatch(a, [layoutOf(a, 4), layoutOf(a, 2), layoutOf(a, 4), layoutOf(a, 1)], 600, 1001, {}, {}, main);
  await readBatch(b, [layoutOf(b, 4), layoutOf(b, 2)], 450, 2002, {}, {}, main);
  await readBatch(one, [layoutOf(one, 4)], 150, 3003, {}, {}, main);
  const mean = main.times.reduce((s, v) => s + v, 0) / main.times.length;
  const rows: BenchRow[] = [
    { name: `Đọc ${main.ballots} phiếu mô phỏng: tên đọc chắc chắn mà sai`, value: String(main.wrong), target: '0', met: main.wrong === 0, note: `${main.refused} ảnh không nhận` },
    { name: 'Tên có đánh dấu phải nhờ người xem', value: `${pct(main).toFixed(1)} %`, target: '≤ 12 %', met: pct(main) <= 12, note: `${main.uncertain} tên chưa chắc / ${main.marked} tên có đánh dấu` },
    { name: 'Thời gian đọc một phiếu (trung bình)', value: ms(mean), target: '≤ 200 ms', met: mean <= 200, note: `trung vị ${ms(percentile(main.times, 50))}, 95 % dưới ${ms(percentile(main.times, 95))}; không tính thời gian tạo ảnh mô phỏng` },
  ];
  const four = [layoutOf(a, 4)];
  const sweeps: { name: string; params?: Partial<ScanParams>; habit?: VoterHabit }[] = [
    ...[0, 1, 2, 3].map((blur) => ({ name: `Mờ σ = ${blur} điểm ảnh (150 dpi)`, params: { blur, dpi: 150 } })),
    ...[3, 8, 15].map((rotation) => ({ name: `Nghiêng ${rotation}°`, params: { rotation } })),
    ...[90, 50, 30, 15].map((jpeg) => ({ name: `JPEG chất lượng ${jpeg}`, params: { jpeg } })),
    ...[10, 20, 35].map((noise) => ({ name: `Nhiễu σ = ${noise} mức xám`, params: { noise } })),
    ...[0.3, 0.5].map((light) => ({ name: `Ánh sáng không đều ${Math.round(light * 100)} %`, params: { light } })),
    ...['#505050', '#808080', '#a0a0a0', '#c0c0c0'].map((pen) => ({ name: `Gạch bút chì nhạt ${pen}`, habit: { strike: 'faint' as const, pen } })),
  ];
  for (const [i, sweep] of sweeps.entries()) rows.push(sweepRow(`  ${sweep.name}`, await readBatch(a, four, 40, 5000 + i, sweep.params, sweep.habit)));
  return rows;
}
