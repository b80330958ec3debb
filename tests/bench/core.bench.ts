import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { checkCongressFile } from '../../shared/congress-file/checks';
import { readCongressFile } from '../../shared/congress-file/read';
import { congressFileSchema, type CongressFile } from '../../shared/congress-file/schema';
import { writeCongressFile } from '../../shared/congress-file/write';
import type { BallotRecord } from '../../shared/domain';
import { tallyElection } from '../../shared/rules/tally';
import { buildApi } from '../../src-main/api/build-api';
import { Store } from '../../src-main/db/store';
import { randomInt, sample, seededRandom } from '../helpers/random';
import { writeBigCongressFile } from './big-congress-file';
import { MAX_SUMMONED } from '../../shared/limits';
import { median, ms, timeRuns, type BenchRow } from './measure';

const CANDIDATES = 200;
const SEATS = 160;
const BALLOTS = 100_000;

function candidateList() {
  return Array.from({ length: CANDIDATES }, (_, i) => ({ id: `c${String(i + 1).padStart(3, '0')}`, name: `Ứng Cử Viên ${i + 1}`, withdrawn: false }));
}

/** Ballots as operators enter them: the numbers of the struck names (30 to 70 of 200), a few over N. */
function struckBallots(ids: readonly string[], count: number, seed = 1): BallotRecord[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => ({ choice: { kind: 'struck' as const, ids: sample(random, ids, randomInt(random, 30, 70)) }, count: 1, ruling: null, team: `Tổ ${(i % 5) + 1}` }));
}

/** The same ballots as lists of kept names (as an imported sheet may give them): 130 to 170 names each. */
function keptBallots(ballots: readonly BallotRecord[], ids: readonly string[]): BallotRecord[] {
  return ballots.map((b) => {
    const struck = new Set(b.choice.kind === 'struck' ? b.choice.ids : []);
    return { ...b, choice: { kind: 'kept' as const, ids: ids.filter((id) => !struck.has(id)) } };
  });
}

async function tallyBench(): Promise<BenchRow[]> {
  const candidates = candidateList();
  const ids = candidates.map((c) => c.id);
  const struck = struckBallots(ids, BALLOTS);
  const kept = keptBallots(struck, ids);
  const input = { id: 'bch', office: 'cap_uy' as const, seats: SEATS, round: 1, base: 110_000, requireMajority: true, allBothOrNoneInvalid: true, candidates, teamTotals: [], ballotsIssued: null, ballotsReturned: null, present: null };
  tallyElection({ ...input, ballots: struck }); // warm up
  const struckTimes = await timeRuns(9, () => tallyElection({ ...input, ballots: struck }));
  const keptTimes = await timeRuns(9, () => tallyElection({ ...input, ballots: kept }));
  return [
    { name: 'Tính kết quả 100.000 phiếu × 200 người (phiếu ghi tên bị gạch)', value: ms(median(struckTimes)), target: '< 200 ms', met: median(struckTimes) < 200, note: `trung vị của 9 lần; nhanh nhất ${ms(Math.min(...struckTimes))}, chậm nhất ${ms(Math.max(...struckTimes))}` },
    { name: 'Tính kết quả 100.000 phiếu × 200 người (phiếu ghi tên giữ lại, ~150 tên/phiếu)', value: ms(median(keptTimes)), target: '< 200 ms', met: median(keptTimes) < 200, note: `trung vị của 9 lần; nhanh nhất ${ms(Math.min(...keptTimes))}, chậm nhất ${ms(Math.max(...keptTimes))}` },
  ];
}

async function storeBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kiem-phieu-bench-'));
  try {
    const store = Store.open(join(dir, 'bench.kiemphieu'));
    const api = buildApi({ store });
    const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const { congressId } = unwrap(api.createCongress({ name: 'Đại hội đo tốc độ', kind: 'delegates', summoned: 300 }));
    const { electionId } = unwrap(api.createElection({ congressId, office: 'cap_uy', seats: 45 }));
    unwrap(api.addCandidates({ electionId, candidates: Array.from({ length: 55 }, (_, i) => ({ name: `Ứng Cử Viên ${i + 1}` })) }));
    const { teamId } = unwrap(api.createTeam({ congressId, name: 'Tổ 1' }));
    const keys = Array.from({ length: 55 }, (_, i) => `c${String(i + 1).padStart(2, '0')}`);
    const random = seededRandom(7);
    const count = 3000;
    const inputs = Array.from({ length: count }, () => ({ electionId, teamId, struck: sample(random, keys, randomInt(random, 10, 20)), operator: 'Đo tốc độ' }));
    const start = performance.now();
    for (const input of inputs) unwrap(api.enterBallot(input));
    const seconds = (performance.now() - start) / 1000;
    const perSecond = count / seconds;
    const verified = store.verifyAuditChain();
    store.close();
    return [{ name: 'Lưu phiếu qua api (mỗi phiếu một giao dịch bền vững + nhật ký)', value: `${Math.round(perSecond)} phiếu/s`, target: '≥ 1.000 phiếu/s', met: perSecond >= 1000, note: `${count} phiếu trong ${ms(seconds * 1000)}; synchronous=FULL, WAL; chuỗi nhật ký ${verified.intact ? 'nguyên vẹn' : 'HỎNG'}` }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function loadBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kiem-phieu-bench-'));
  try {
    const candidates = candidateList();
    const ids = candidates.map((c) => c.id);
    const file: CongressFile = {
      format: 'kiem-phieu.congress', version: 1,
      // More ballots than any congress summons (shared/limits.ts): the figures are left undeclared.
      congress: { name: 'Đại hội đo tốc độ', kind: 'delegates', summoned: MAX_SUMMONED, exclusions: [], present: null },
      elections: [{
        id: 'bch', office: 'cap_uy', seats: SEATS, round: 1, continues: null, requireMajority: true, base: null, ballotsIssued: null, ballotsReturned: null, allBothOrNoneInvalid: true, status: 'open',
        candidates: candidates.map((c) => ({ id: c.id, name: c.name, withdrawn: false, birthYear: null, birthDate: null, gender: null })),
        ballots: struckBallots(ids, BALLOTS, 3).map((b, i) => ({ id: `p${i + 1}`, team: b.team ?? undefined, struck: [...(b.choice.kind === 'struck' ? b.choice.ids : [])], count: 1 })),
        teamTotals: [],
      }],
    };
    const text = writeCongressFile(file);
    const store = Store.open(join(dir, 'load.kiemphieu'));
    const api = buildApi({ store });
    const start = performance.now();
    const result = api.importCongressFile({ content: text });
    const elapsed = performance.now() - start;
    store.close();
    if (!result.ok) throw new Error(result.error.message);
    return [{ name: 'Nạp tệp đại hội 100.000 phiếu vào cơ sở dữ liệu', value: ms(elapsed), target: '< 10 s', met: elapsed < 10_000, note: `tệp ${(text.length / 1e6).toFixed(1)} MB; đọc, kiểm tra và ghi trong một giao dịch` }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Processor time of `fn`, median of `runs` (less swayed by other work than the clock). */
function cpuMs(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}

/**
 * Issue 9, item 3: reading a congress file of 100,000 ballots against JSON.parse of it, and
 * against zod run over every ballot (how it was read before): which is why the ballots go
 * through a checked fast path and zod checks the rest of the file and any ballot the fast path
 * leaves to it.
 */
async function readingBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kiem-phieu-bench-read-'));
  try {
    const path = join(dir, '100k.json');
    await writeBigCongressFile(path, BALLOTS);
    const bytes = new Uint8Array(readFileSync(path));
    const text = new TextDecoder().decode(bytes);
    const parse = cpuMs(5, () => JSON.parse(text));
    const read = cpuMs(5, () => readCongressFile(bytes));
    const zodEverywhere = cpuMs(3, () => {
      const parsed = congressFileSchema.safeParse(JSON.parse(text));
      if (parsed.success) checkCongressFile(parsed.data);
    });
    return [
      { name: 'Đọc và kiểm tra tệp đại hội 100.000 phiếu (thời gian xử lý)', value: `${(read / parse).toFixed(2)} × JSON.parse`, target: 'không hơn JSON.parse bao nhiêu', met: null, note: `JSON.parse ${ms(parse)}, đọc đủ kiểm tra ${ms(read)}; nếu zod kiểm từng phiếu như trước: ${ms(zodEverywhere)} (${(zodEverywhere / parse).toFixed(1)} ×)` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function coreBenchmarks(): Promise<BenchRow[]> {
  return [...(await tallyBench()), ...(await readingBench()), ...(await storeBench()), ...(await loadBench())];
}
