import { looksLikeSamePaper } from '../../shared/scan/same-paper';
import type { ScanReading } from '../../shared/scan/reading';
import { readBallotImage } from '../../src-main/scan/read';
import { seededRandom } from '../helpers/random';
import { BallotMaker, capture, CONDITIONS, TARGET_CONDITIONS, type Condition } from '../helpers/scan-conditions';
import { randomScan } from '../helpers/scan-scanner';
import { judge } from '../helpers/scan-trial';
import { ms, percentile, type BenchRow } from './measure';

/** How a batch of simulated ballots was read. */
interface Tally {
  ballots: number;
  refused: number;
  /** Names read with confidence and wrong (what the voter meant, or a mark a person must judge, read as something). */
  wrong: number;
  /** Ballots sent to a person. */
  review: number;
  times: number[];
  examples: string[];
}

const empty = (): Tally => ({ ballots: 0, refused: 0, wrong: 0, review: 0, times: [], examples: [] });

/** `SCAN_BENCH_SCALE=0.3 npm run bench -- scan` for a quicker, rougher run. */
const SCALE = Number(process.env.SCAN_BENCH_SCALE ?? 1);
const n = (count: number) => Math.max(2, Math.round(count * SCALE));

async function read(maker: BallotMaker, election: string, bytes: Uint8Array, into: Tally): Promise<ScanReading> {
  const setup = maker.setup(election);
  const start = performance.now();
  const reading = await readBallotImage(bytes, setup.layouts, { electionHash: setup.electionHash, allBothOrNoneInvalid: setup.allBothOrNoneInvalid });
  into.times.push(performance.now() - start);
  return reading;
}

async function runCondition(maker: BallotMaker, condition: Condition, count: number, seed: number, into: Tally = empty()): Promise<Tally> {
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const made = await maker.make(condition, random);
    const reading = await read(maker, condition.election, made.bytes, into);
    into.ballots++;
    if (reading.status === 'refused') {
      into.refused++;
      if (into.examples.length < 2) into.examples.push(`không nhận: ${reading.reason}`);
      continue;
    }
    if (reading.status === 'review') into.review++;
    const wrong = judge(reading, made.voted).wrong;
    into.wrong += wrong.length;
    for (const w of wrong.slice(0, 2 - Math.min(2, into.examples.length))) into.examples.push(`SAI: ${w.id} (${w.style}) đọc "${w.read}", người bầu: ${w.meant}`);
  }
  return into;
}

const pct = (part: number, whole: number) => (whole === 0 ? 0 : (100 * part) / whole);

function conditionRow(name: string, t: Tally): BenchRow {
  const read = t.ballots - t.refused;
  return {
    name: `  ${name}`,
    value: `sai ${t.wrong}`,
    target: 'sai 0',
    met: t.wrong === 0,
    note: `${t.ballots} phiếu: ${t.review} cần người xem (${pct(t.review, read).toFixed(0)} %), ${t.refused} không nhận${t.examples.length ? ` · ${t.examples.join(' · ')}` : ''}`,
  };
}

/** Rescans of one paper (another scan: shift, turn, resolution, noise, JPEG), and two voters with the same choices and the same hand. */
async function samePaper(maker: BallotMaker, pairs: number): Promise<BenchRow[]> {
  const caught = { a: 0, b: 0, all: 0 };
  const alike = { same: 0, all: 0 };
  const tally = empty();
  const random = seededRandom(9090);
  for (let i = 0; i < pairs; i++) {
    const condition = i % 3 === 2 ? TARGET_CONDITIONS.btv : TARGET_CONDITIONS.bch;
    const { paper } = await maker.paper(condition, random);
    const first = await read(maker, condition.election, await capture(paper, { kind: 'flatbed', params: randomScan(random) }, random), tally);
    const again = await read(maker, condition.election, await capture(paper, { kind: 'flatbed', params: { ...randomScan(random), rotation: (random() < 0.3 ? 180 : 0) + (random() - 0.5) * 6 } }, random), tally);
    if (first.marksDescriptor && again.marksDescriptor) {
      caught.all++;
      if (looksLikeSamePaper(first.marksDescriptor, again.marksDescriptor)) caught.a++;
    }
    // Two voters: the same names struck (or the same boxes), straight lines in the same pen.
    const names = (await maker.print(condition.election)).layout.ballots[0]?.names ?? [];
    const struckIds = names.filter(() => random() < 0.4).map((x) => x.id);
    const habit = { clean: true, strike: 'straight' as const, pen: '#111111', box: 'x' as const, struckIds };
    const one = await maker.make({ ...condition, habit }, seededRandom(50_000 + i));
    const other = await maker.make({ ...condition, habit }, seededRandom(60_000 + i));
    const r1 = await read(maker, condition.election, one.bytes, tally);
    const r2 = await read(maker, condition.election, other.bytes, tally);
    if (r1.marksDescriptor && r2.marksDescriptor) {
      alike.all++;
      if (looksLikeSamePaper(r1.marksDescriptor, r2.marksDescriptor)) alike.same++;
    }
  }
  return [
    { name: '  Quét lại cùng một tờ phiếu: nhận ra là một tờ', value: `${caught.a}/${caught.all}`, target: 'tất cả', met: caught.a === caught.all },
    { name: '  Hai người gạch cùng những tên, cùng cách, cùng bút: bị coi là một tờ', value: `${alike.same}/${alike.all}`, target: 'báo con số', met: null, note: `${pct(alike.same, alike.all).toFixed(1)} %: những cặp này chờ người xem, không bao giờ bị bỏ mà không hỏi` },
  ];
}

/**
 * `npm run bench -- scan` (issue 17): the reader on the program's own printed ballots (the PDF of
 * `export --ballots`, rasterised), marked by simulated voters and captured by simulated scanners
 * and phones (tests/helpers/scan-*.ts, seeded). First the targets (voters marking cleanly: 0
 * confident errors; at most 25 % of 55-name and 15 % of 17-name ballots to a person), then every
 * mark kind and condition of the issue, then the same paper scanned twice. `SCAN_BENCH_SCALE`
 * scales the counts.
 */
export async function scanBenchmarks(): Promise<BenchRow[]> {
  const maker = new BallotMaker();
  const all = empty();
  const targets: { key: keyof typeof TARGET_CONDITIONS; count: number; limit: number | null }[] = [
    { key: 'l55', count: n(30), limit: 25 },
    { key: 'l17', count: n(60), limit: 15 },
    { key: 'bch', count: n(40), limit: null },
    { key: 'btv', count: n(40), limit: null },
    { key: 'bt', count: n(20), limit: null },
  ];
  const rows: BenchRow[] = [];
  const targetRows: BenchRow[] = [];
  let wrongClean = 0;
  for (const [i, target] of targets.entries()) {
    const t = await runCondition(maker, TARGET_CONDITIONS[target.key], target.count, 1000 + i);
    wrongClean += t.wrong;
    all.times.push(...t.times);
    const share = pct(t.review, t.ballots - t.refused);
    targetRows.push({
      name: `  ${TARGET_CONDITIONS[target.key].name}: phiếu nhờ người xem`,
      value: `${share.toFixed(1)} %`,
      target: target.limit === null ? '—' : `≤ ${target.limit} %`,
      met: target.limit === null ? null : share <= target.limit,
      note: `${t.review}/${t.ballots - t.refused} phiếu; sai ${t.wrong}; ${t.refused} không nhận${t.examples.length ? ` · ${t.examples.join(' · ')}` : ''}`,
    });
  }
  rows.push({ name: 'Người bầu đánh dấu đúng cách: tên đọc chắc chắn mà sai', value: String(wrongClean), target: '0', met: wrongClean === 0 }, ...targetRows);
  const mean = all.times.reduce((s, v) => s + v, 0) / Math.max(1, all.times.length);
  rows.push({ name: 'Thời gian đọc một phiếu (trung bình)', value: ms(mean), target: '≤ 2 lần trước đây', met: null, note: `trung vị ${ms(percentile(all.times, 50))}, 95 % dưới ${ms(percentile(all.times, 95))}; không tính thời gian tạo ảnh mô phỏng` });
  rows.push({ name: 'Theo từng kiểu đánh dấu và điều kiện', value: '', target: 'sai 0', met: null });
  let wrongAll = wrongClean;
  for (const [i, condition] of CONDITIONS.entries()) {
    const t = await runCondition(maker, condition, n(16), 3000 + i);
    wrongAll += t.wrong;
    rows.push(conditionRow(condition.name, t));
  }
  rows.push({ name: 'Cùng một tờ phiếu quét hai lần', value: '', target: '', met: null }, ...(await samePaper(maker, n(30))));
  rows.push({ name: 'Tổng: tên đọc chắc chắn mà sai, mọi bộ', value: String(wrongAll), target: '0', met: wrongAll === 0 });
  return rows;
}
