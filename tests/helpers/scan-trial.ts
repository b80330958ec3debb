import type { BallotLayout } from '../../shared/scan/layout';
import type { ScanReading } from '../../shared/scan/reading';
import { ballotSvg } from './scan-ballot';
import { randomScan, scanSvg, type ScanParams } from './scan-scanner';
import { voteFormatA, voteFormatB, type Voted, type VoterHabit } from './scan-voter';

/** One synthetic ballot: what the voter meant, how it was scanned, and the image file. */
export interface Trial {
  voted: Voted;
  params: ScanParams;
  bytes: Uint8Array;
}

/** A voter fills the layout's ballot, a scanner (random within the ranges, or as given) makes its image. */
export async function makeTrial(random: () => number, layout: BallotLayout, params?: Partial<ScanParams>, habit: VoterHabit = {}): Promise<Trial> {
  const voted = layout.election.ballotFormat === 'A' ? voteFormatA(random, layout, undefined, habit) : voteFormatB(random, layout);
  const scan = { ...randomScan(random), ...params };
  const svg = ballotSvg(layout, voted.marks, { pixelsPerPoint: 2 });
  const slot = (layout.ballots[0] as BallotLayout['ballots'][number]).slot;
  return { voted, params: scan, bytes: await scanSvg(svg, slot, scan, random) };
}

/** How a reading compares with what the voter meant. */
export interface Judged {
  /** Names read with confidence and wrong (the reader must never do this). */
  wrong: { id: string; meant: string; read: string; style: string }[];
  /** Names sent to a person. */
  uncertain: number;
  /** Names the voter marked (format A: struck or ticked; format B: any mark, or meant `none`). */
  marked: number;
  names: number;
}

export function judge(reading: ScanReading, voted: Voted): Judged {
  const wrong: Judged['wrong'] = [];
  // A paper a person must see (a signature, a remark, a name to judge) is never counted unseen.
  const mustSee = voted.needsPerson !== undefined || [...voted.intent.values()].includes('ambiguous');
  if (mustSee && reading.status === 'read') wrong.push({ id: '(phiếu)', meant: voted.needsPerson ?? 'ambiguous', read: 'read', style: voted.needsPerson ?? 'ambiguous' });
  let marked = 0;
  for (const [id, meant] of voted.intent) {
    const style = voted.styles.get(id) ?? '';
    if (style !== 'kept' && style !== 'none') marked++;
    const score = reading.scores?.find((s) => s.id === id);
    if (!score || score.reading === 'uncertain') continue;
    if (meant === 'ambiguous' || score.reading !== meant) wrong.push({ id, meant, read: score.reading, style });
  }
  return { wrong, uncertain: reading.uncertain.length, marked, names: voted.intent.size };
}
