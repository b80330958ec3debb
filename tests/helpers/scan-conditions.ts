import type { CongressFile } from '../../shared/congress-file/schema';
import type { BallotLayout } from '../../shared/scan/layout';
import { flatbedScan, phonePhoto, randomPhoto, type OfficeParams, type PhotoParams } from './scan-capture';
import { layoutOf, longListCongress, scanSetup } from './scan-congress';
import { between } from './scan-marks';
import { paperImage, randomCut, type PaperImage, type PaperOptions } from './scan-paper';
import { printBallots, type PrintedBallots } from './scan-print';
import { randomScan, type ScanParams } from './scan-scanner';
import { voteFormatA, voteFormatB, type Voted, type VoterHabit } from './scan-voter';

/**
 * The conditions of issue 17 as the bench and the tests draw them: who votes (a clean voter, one
 * who also writes, circles, strikes part of a name…), what happens to the paper (cut crooked,
 * folded, stained) and how it is captured (a flatbed at random settings, an office scanner in
 * 1-bit, a phone), on the paper the program really prints (its PDF, rasterised).
 */
export type Capture = { kind: 'flatbed'; params: ScanParams; office?: OfficeParams } | { kind: 'photo'; params: PhotoParams };

export interface Condition {
  /** What the bench prints for it, in Vietnamese. */
  name: string;
  /** An election of `longListCongress()`: bch (11 names, 9 seats), btv (5 for 5), bt (1 for 1), l17, l55. */
  election: string;
  /** Ballots to a sheet; by default as `export --ballots` prints them (the most that fit). */
  perSheet?: 1 | 2 | 4;
  habit: VoterHabit;
  paper?: (random: () => number) => Omit<PaperOptions, 'printed'>;
  capture?: (random: () => number) => Capture;
}

export interface MadeBallot {
  voted: Voted;
  layout: BallotLayout;
  paper: PaperImage;
  bytes: Uint8Array;
}

/** Makes the ballots of the conditions, printing each election's paper once. */
export class BallotMaker {
  private readonly prints = new Map<string, Promise<PrintedBallots>>();
  readonly file: CongressFile = longListCongress();

  setup(election: string): ReturnType<typeof scanSetup> {
    return scanSetup(election, this.file);
  }

  print(election: string, perSheet?: 1 | 2 | 4): Promise<PrintedBallots> {
    const key = `${election}/${perSheet ?? ''}`;
    let printed = this.prints.get(key);
    if (!printed) {
      printed = printBallots(this.file, election, perSheet ?? (layoutOf(this.setup(election), this.natural(election)).perSheet));
      this.prints.set(key, printed);
    }
    return printed;
  }

  /** The ballots a sheet `export --ballots` chooses: the most that fit. */
  natural(election: string): 1 | 2 | 4 {
    return Math.max(...this.setup(election).layouts.map((l) => l.perSheet)) as 1 | 2 | 4;
  }

  /** One voter's paper: marked, printed, and captured as the condition says. */
  async paper(condition: Condition, random: () => number): Promise<{ voted: Voted; layout: BallotLayout; paper: PaperImage }> {
    const printed = await this.print(condition.election, condition.perSheet);
    const layout = printed.layout;
    const voted = layout.election.ballotFormat === 'A' ? voteFormatA(random, layout, undefined, condition.habit) : voteFormatB(random, layout, undefined, condition.habit);
    const paper = await paperImage(layout, voted.marks, { ...(condition.paper?.(random) ?? {}), printed });
    return { voted, layout, paper };
  }

  async make(condition: Condition, random: () => number): Promise<MadeBallot> {
    const { voted, layout, paper } = await this.paper(condition, random);
    return { voted, layout, paper, bytes: await capture(paper, condition.capture?.(random) ?? { kind: 'flatbed', params: randomScan(random) }, random) };
  }
}

export function capture(paper: PaperImage, how: Capture, random: () => number): Promise<Uint8Array> {
  return how.kind === 'flatbed' ? flatbedScan(paper, how.params, random, how.office) : phonePhoto(paper, how.params, random);
}

const flatbed = (params: Partial<ScanParams> = {}, office?: OfficeParams) => (random: () => number): Capture => ({ kind: 'flatbed', params: { ...randomScan(random), ...params }, ...(office ? { office } : {}) });

/** The office scanner in 1-bit: 200 or 300 dpi, black below a threshold between 120 and 170, PNG or G4 TIFF. */
const oneBit = (tiff: boolean) => (random: () => number): Capture => ({
  kind: 'flatbed',
  params: { ...randomScan(random), dpi: random() < 0.5 ? 200 : 300, jpeg: null, blur: between(random, 0, 0.8), noise: between(random, 0, 4) },
  office: { bits: 1, threshold: Math.round(between(random, 120, 170)), tiff },
});

const photo = (keystone: [number, number], shadow: boolean) => (random: () => number): Capture => {
  const params = randomPhoto(random, between(random, keystone[0], keystone[1]));
  return { kind: 'photo', params: { ...params, shadow: shadow ? { depth: between(random, 0.2, 0.45), angle: between(random, 0, 2 * Math.PI), offset: between(random, -0.25, 0.25), softness: between(random, 2, 20) } : params.shadow } };
};

const clean: VoterHabit = { clean: true };

/** The voters marking cleanly, on the lists of the targets (issue 17, "Ask little"). */
export const TARGET_CONDITIONS: Record<'l55' | 'l17' | 'bch' | 'btv' | 'bt', Condition> = {
  l55: { name: '55 tên (1 phiếu một tờ), đánh dấu đúng cách', election: 'l55', habit: clean },
  l17: { name: '17 tên, đánh dấu đúng cách', election: 'l17', habit: clean },
  bch: { name: '11 tên (mẫu A), đánh dấu đúng cách', election: 'bch', habit: clean },
  btv: { name: '5 tên (mẫu B), đánh dấu đúng cách', election: 'btv', habit: clean },
  bt: { name: '1 tên (mẫu B), đánh dấu đúng cách', election: 'bt', habit: clean },
};

/** Each mark kind and each condition of the issue, one row of the bench's table. */
export const CONDITIONS: Condition[] = [
  { name: 'Gạch tên rồi viết "giữ lại"… bên cạnh', election: 'bch', habit: { clean: true, odd: 'writing' } },
  { name: 'Khoanh tròn một tên (không gạch)', election: 'bch', habit: { clean: true, odd: 'circle' } },
  { name: 'Gạch rồi khoanh tròn một tên', election: 'bch', habit: { clean: true, odd: 'circle-struck' } },
  { name: 'Chỉ gạch họ ("Đỗ")', election: 'bch', habit: { clean: true, odd: 'surname' } },
  { name: 'Gạch nửa tên', election: 'bch', habit: { clean: true, odd: 'half' } },
  { name: 'Đánh dấu bên cạnh tên giữ lại', election: 'bch', habit: { clean: true, odd: 'tick-beside' } },
  { name: 'Mẫu B: dấu trên đường kẻ giữa hai ô', election: 'btv', habit: { clean: true, odd: 'border-tick' } },
  { name: 'Mẫu B: gạch ngang tên', election: 'btv', habit: { clean: true, odd: 'line-through-name' } },
  { name: 'Mẫu B: đánh dấu lên tên', election: 'btv', habit: { clean: true, odd: 'over-name' } },
  { name: 'Mẫu B: một dấu X chạy qua cả hai ô', election: 'btv', habit: { clean: true, odd: 'across' } },
  { name: 'Mẫu B: tô kín ô', election: 'btv', habit: { clean: true, box: 'solid' } },
  { name: 'Mẫu B: 1 tên, tô kín ô', election: 'bt', habit: { clean: true, box: 'solid' } },
  { name: 'Người bầu quen tay (gạch một phần, nét mờ, dấu bên cạnh)', election: 'bch', habit: {} },
  { name: 'Mẫu B, người bầu quen tay (X to, X qua hai ô, X lên tên)', election: 'btv', habit: {} },
  { name: 'Ký tên ngoài các dòng tên (cả trên chữ in)', election: 'bch', habit: { clean: true, outside: 'signature' } },
  { name: 'Ghi "Nhất trí"… ngoài các dòng tên, mẫu B', election: 'btv', habit: { clean: true, outside: 'remark' } },
  { name: 'Bút chì', election: 'bch', habit: { clean: true, strike: 'pencil' } },
  { name: 'Bút chì nhạt (#a0a0a0)', election: 'bch', habit: { clean: true, strike: 'faint', pen: '#a0a0a0' } },
  { name: 'Máy quét văn phòng 1-bit (PNG)', election: 'bch', habit: clean, capture: oneBit(false) },
  { name: 'Máy quét văn phòng 1-bit (TIFF G4), mẫu B', election: 'btv', habit: clean, capture: oneBit(true) },
  { name: 'Nghiêng 8°', election: 'bch', habit: clean, capture: flatbed({ rotation: 8 }) },
  { name: 'Tờ 2 phiếu cắt lệch (nắp máy trắng)', election: 'bch', perSheet: 2, habit: clean, paper: (r) => ({ cut: randomCut(r, 9, '#ffffff') }) },
  { name: 'Tờ 4 phiếu cắt lệch (nắp máy đen)', election: 'btv', perSheet: 4, habit: clean, paper: (r) => ({ cut: randomCut(r, 9, '#1c1c1c') }), capture: flatbed({}, { lid: '#1c1c1c' }) },
  { name: 'Phiếu gấp đôi (nếp gấp)', election: 'bch', habit: clean, paper: (r) => ({ fold: { horizontal: r() < 0.7, at: between(r, 0.3, 0.7), shadow: between(r, 0.1, 0.3), side: between(r, 0, 0.05) } }) },
  { name: 'Phiếu gấp đôi, mẫu B', election: 'btv', habit: clean, paper: (r) => ({ fold: { horizontal: r() < 0.7, at: between(r, 0.3, 0.7), shadow: between(r, 0.1, 0.3), side: between(r, 0, 0.05) } }) },
  { name: 'Vết bẩn (nước chè, vân tay)', election: 'bch', habit: clean, paper: (r) => ({ stain: { x: r(), y: between(r, 0.2, 0.9), r: between(r, 12, 40), darkness: between(r, 0.08, 0.3), ring: r() < 0.5 } }) },
  { name: 'Chụp điện thoại, nghiêng dưới 3 %', election: 'bch', habit: clean, capture: photo([0, 0.03], false) },
  { name: 'Chụp điện thoại, nghiêng 4–8 %', election: 'bch', habit: clean, capture: photo([0.04, 0.08], false) },
  { name: 'Chụp điện thoại có bóng đổ, mẫu B', election: 'btv', habit: clean, capture: photo([0, 0.04], true) },
  { name: '55 tên, bút chì', election: 'l55', habit: { clean: true, strike: 'pencil' } },
];
