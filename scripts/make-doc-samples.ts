/**
 * Makes the sample files of the README and the guide (docs/huong-dan-su-dung.md) in assets/mau/:
 *   - dai-hoi-quet.json and quet/: a congress file and the images a scanner would write for it:
 *     the program's own printed ballot (the PDF of `export --ballots`, rasterised by pdftoppm),
 *     marked by the test simulator's voter and captured by its flatbed scanner;
 *   - to/: a chair's congress file, each team's setup package, and what each team's station
 *     sends back (its signed station package, and its congress file), made through the api as the
 *     app makes them.
 * Run with `npx tsx scripts/make-doc-samples.ts` (needs pdftoppm). Everything is seeded: a second
 * run gives the same marks; the packages differ only in their keys and station ids.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCongressFile } from '../shared/congress-file/read';
import type { CongressFile } from '../shared/congress-file/schema';
import type { BallotOnPage, NameLayout } from '../shared/scan/layout';
import { buildApi, type Api } from '../src-main/api/build-api';
import { Store } from '../src-main/db/store';
import { textMarkup } from '../src-main/scan/template';
import { seededRandom, randomInt, sample } from '../tests/helpers/random';
import { flatbedScan } from '../tests/helpers/scan-capture';
import { partialStrike } from '../tests/helpers/scan-marks';
import { paperImage } from '../tests/helpers/scan-paper';
import { printBallots } from '../tests/helpers/scan-print';
import { CLEAN } from '../tests/helpers/scan-scanner';
import { strikeMarkup } from '../tests/helpers/scan-voter';

const OUT = join(process.cwd(), 'assets', 'mau');

/** A congress of a chi bộ electing its chi ủy by scanned papers: 4 names for 3 seats, 5 papers returned. */
const SCAN_CONGRESS = {
  format: 'kiem-phieu.congress',
  version: 1,
  congress: { name: 'Đại hội Chi bộ thôn Hòa Tiến, nhiệm kỳ 2025-2030', organization: 'Chi bộ thôn Hòa Tiến', term: '2025-2030', place: 'Hòa Tiến', date: '2025-06-20', kind: 'members', summoned: 5, present: 5 },
  elections: [
    {
      id: 'bch', office: 'cap_uy', title: 'Bầu Chi ủy Chi bộ thôn Hòa Tiến nhiệm kỳ 2025-2030', seats: 3, ballotsIssued: 5, ballotsReturned: 5,
      candidates: ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy', 'Phạm Minh Đức'].map((name, i) => ({ id: `c${i + 1}`, name })),
    },
  ],
};

/** A delegates' congress counted by two teams on two laptops: 6 names for 5 seats, 30 + 28 papers. */
const TEAMS_CONGRESS = {
  format: 'kiem-phieu.congress',
  version: 1,
  congress: { name: 'Đại hội đại biểu Đảng bộ xã Hòa Tiến lần thứ V', organization: 'Đảng bộ xã Hòa Tiến', term: '2025-2030', place: 'Hòa Tiến', date: '2025-06-21', kind: 'delegates', summoned: 60, present: 58 },
  elections: [
    {
      id: 'bch', office: 'cap_uy', title: 'Bầu Ban Chấp hành Đảng bộ xã Hòa Tiến khóa V', seats: 5, ballotsIssued: 58, ballotsReturned: 58,
      candidates: ['Bùi Quang Khải', 'Cao Thị Xuân', 'Dương Văn Nhân', 'Đỗ Thị Hoa', 'Lý Thị Oanh', 'Vũ Văn Hạnh'].map((name, i) => ({ id: `c${i + 1}`, name })),
    },
  ],
};
const TEAM_PAPERS: Record<string, number> = { 'Tổ 1': 30, 'Tổ 2': 28 };

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function openApp(dir: string, name: string, prefix: string): { api: Api; store: Store } {
  const store = Store.open(join(dir, `${name}.kiemphieu`));
  let n = 0;
  let t = Date.parse('2025-06-21T01:30:00.000Z');
  return { store, api: buildApi({ store, clock: { now: () => new Date((t += 1000)) }, newId: () => `${prefix}-${++n}` }) };
}

const pretty = (text: string) => `${JSON.stringify(JSON.parse(text), null, 1)}\n`;

async function scans(): Promise<void> {
  const folder = join(OUT, 'quet');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const text = `${JSON.stringify(SCAN_CONGRESS, null, 1)}\n`;
  writeFileSync(join(OUT, 'dai-hoi-quet.json'), text);
  // The file as the command line reads it, so that the papers carry the QR code `scan` expects.
  const read = readCongressFile(text);
  if (!read.ok) throw new Error(read.error.message);
  const printed = await printBallots(read.value as CongressFile, 'bch', 4);
  const { layout } = printed;
  const ballot = layout.ballots[0] as BallotOnPage;
  const name = (n: number) => ballot.names[n - 1] as NameLayout;
  const pen = '#1a237e';
  const struck = (random: () => number, numbers: number[]) => numbers.map((n) => strikeMarkup(random, name(n), 'straight', layout.fontSize, pen)).join('');
  // An office scanner's black-and-white PNG (small files), or a grey JPEG when `params.jpeg` says so.
  const scanned = async (marks: string, seed: number, params: Partial<typeof CLEAN> = {}) =>
    flatbedScan(await paperImage(layout, marks, { printed }), { ...CLEAN, ...params }, seededRandom(seed), params.jpeg ? {} : { bits: 1 });
  // Paper 1's marks, kept to scan it twice (the jam of the guide).
  const first = struck(seededRandom(1), [4]);
  const keepWriting = textMarkup('giữ lại', name(2).nameRect.x + name(2).nameRect.width + 8, name(2).nameRect.y + 1, layout.fontSize * 0.8).replace('fill="black"', `fill="${pen}"`);
  const images: Record<string, Uint8Array> = {
    'phieu-001.png': await scanned(first, 11),
    'phieu-002.png': await scanned(struck(seededRandom(2), [1]), 12),
    'phieu-003.png': await scanned(struck(seededRandom(3), [2]), 13),
    // A line through only half of name 1: the machine is unsure, a person decides.
    'phieu-004.png': await scanned(struck(seededRandom(4), [3]) + partialStrike(seededRandom(4), name(1), layout.fontSize, 'half', pen), 14),
    // Names 1 and 2 struck, then "giữ lại" written beside name 2: a committee matter, never read as a plain strike.
    'phieu-005.png': await scanned(struck(seededRandom(5), [1, 2]) + keepWriting, 15),
    // The scanner jammed: paper 1 again, turned and shifted, as JPEG.
    'phieu-006.jpg': await scanned(first, 16, { rotation: 1.8, shift: { x: 22, y: 7 }, jpeg: 75, noise: 4 }),
  };
  for (const [file, bytes] of Object.entries(images)) writeFileSync(join(folder, file), bytes);
}

function stations(): void {
  const folder = join(OUT, 'to');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'kiem-phieu-mau-'));
  try {
    const chair = openApp(work, 'chu-tich', 'chu-tich');
    const { congressId } = unwrap(chair.api.importCongressFile({ content: JSON.stringify(TEAMS_CONGRESS) }));
    unwrap(chair.api.setChairPin({ congressId, pin: '246813', operator: 'Thư ký' }));
    for (const team of Object.keys(TEAM_PAPERS)) unwrap(chair.api.createTeam({ congressId, name: team, operator: 'Thư ký' }));
    writeFileSync(join(folder, 'chu-tich.json'), pretty(unwrap(chair.api.exportCongressFile({ congressId })).text));
    const teams = unwrap(chair.api.getCongress({ congressId })).teams;
    Object.entries(TEAM_PAPERS).forEach(([team, papers], t) => {
      const teamId = teams.find((x) => x.name === team)?.id as number;
      const setup = unwrap(chair.api.exportSetupPackage({ congressId, teamId, operator: 'Thư ký' })).text;
      writeFileSync(join(folder, `to-${t + 1}.goi-thiet-lap.json`), setup);
      const station = openApp(work, `may-to-${t + 1}`, `may-to-${t + 1}`);
      const loaded = unwrap(station.api.loadSetupPackage({ label: `to-${t + 1}.goi-thiet-lap.json`, content: setup, stationName: `Máy tổ ${t + 1}`, operator: 'Thư ký' }));
      const stationCongress = unwrap(station.api.getCongress({ congressId: loaded.congressId }));
      const electionId = stationCongress.elections[0]?.id as number;
      const stationTeam = stationCongress.teams[0]?.id as number;
      const keys = unwrap(station.api.getElection({ electionId })).candidates.map((c) => c.key);
      const random = seededRandom(100 + t);
      for (let i = 0; i < papers; i++) unwrap(station.api.enterBallot({ electionId, teamId: stationTeam, struck: sample(random, keys, randomInt(random, 1, 3)), operator: `Người nhập tổ ${t + 1}` }));
      writeFileSync(join(folder, `to-${t + 1}.goi-tram.json`), unwrap(station.api.exportStationPackage({ congressId: loaded.congressId, teamId: stationTeam, operator: `Người nhập tổ ${t + 1}` })).text);
      writeFileSync(join(folder, `to-${t + 1}.json`), pretty(unwrap(station.api.exportCongressFile({ congressId: loaded.congressId })).text));
      station.store.close();
    });
    chair.store.close();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await scans();
stations();
process.stdout.write(`Đã tạo các tệp mẫu trong ${OUT}\n`);
