import { describe, expect, it } from 'vitest';
import type { BallotLayout, BallotOnPage, NameLayout } from '../../shared/scan/layout';
import { looksLikeSamePaper, samePaperLikelihood } from '../../shared/scan/same-paper';
import { readBallotImage } from '../../src-main/scan/read';
import { seededRandom } from '../helpers/random';
import { ballotSvg } from '../helpers/scan-ballot';
import { layoutOf, scanSetup } from '../helpers/scan-congress';
import { CLEAN, scanSvg, type ScanParams } from '../helpers/scan-scanner';
import { boxMarkup, strikeMarkup } from '../helpers/scan-voter';

const setup = scanSetup('bch');
const layout = layoutOf(setup, 4);
const ballot = layout.ballots[0] as BallotOnPage;

/** A voter strikes the names numbered in `struck` with straight lines in black ink; `seed` is the voter's hand. */
function paper(struck: readonly number[], seed: number, l: BallotLayout = layout): string {
  const random = seededRandom(seed);
  const b = l.ballots[0] as BallotOnPage;
  return ballotSvg(l, struck.map((n) => strikeMarkup(random, b.names[n - 1] as NameLayout, 'straight', l.fontSize, '#111111')).join(''), { pixelsPerPoint: 2 });
}

async function descriptorOf(svg: string, params: Partial<ScanParams>, seed: number, s = setup, l: BallotLayout = layout): Promise<string> {
  const bytes = await scanSvg(svg, (l.ballots[0] as BallotOnPage).slot, { ...CLEAN, ...params }, seededRandom(seed));
  const reading = await readBallotImage(bytes, s.layouts, { electionHash: s.electionHash });
  expect(reading.status).not.toBe('refused');
  expect(reading.marksDescriptor).toMatch(/^m1\/4(\/|$)/);
  return reading.marksDescriptor as string;
}

describe('the same paper scanned twice is known by its marks, not its bytes (issue 17, item 2)', () => {
  it('a rescan after a jam (turned, shifted, another resolution, noise, JPEG, upside down) is taken for the same paper', async () => {
    const svg = paper([2, 5, 9], 11);
    const first = await descriptorOf(svg, {}, 1);
    const rescans = [
      { rotation: 2.2, shift: { x: 25, y: 6 }, jpeg: 70, noise: 6 },
      { dpi: 200, rotation: -1.4, blur: 0.8, light: 0.2 },
      { rotation: 180.8, jpeg: 55, scale: 1.02 },
    ];
    for (const [i, params] of rescans.entries()) {
      const again = await descriptorOf(svg, params, 20 + i);
      expect(again).not.toBe(first);
      expect({ params, same: looksLikeSamePaper(first, again) }).toEqual({ params, same: true });
    }
  });

  it('four voters who struck the same names with straight lines in the same pen are four papers', async () => {
    const papers = await Promise.all([31, 32, 33, 34].map((hand, i) => descriptorOf(paper([2, 5, 9], hand), {}, 40 + i)));
    for (let i = 0; i < papers.length; i++) for (let j = i + 1; j < papers.length; j++) expect(samePaperLikelihood(papers[i] as string, papers[j] as string)).toBeLessThan(0.5);
  });

  it('format B: a rescan of a paper of crosses is the same paper; another voter with the same choices is not', async () => {
    const b = scanSetup('btv');
    const bLayout = layoutOf(b, 4);
    const names = (bLayout.ballots[0] as BallotOnPage).names;
    const crosses = (seed: number) => {
      const random = seededRandom(seed);
      return ballotSvg(bLayout, names.map((n, i) => boxMarkup(random, (i % 2 === 0 ? n.agreeBox : n.disagreeBox) as NameLayout['agreeBox'] & object, 'x')).join(''), { pixelsPerPoint: 2 });
    };
    const one = await descriptorOf(crosses(5), {}, 1, b, bLayout);
    const rescan = await descriptorOf(crosses(5), { rotation: -2, dpi: 200, jpeg: 65 }, 2, b, bLayout);
    const other = await descriptorOf(crosses(6), {}, 3, b, bLayout);
    expect(looksLikeSamePaper(one, rescan)).toBe(true);
    expect(looksLikeSamePaper(one, other)).toBe(false);
  });

  it('a blank paper carries no marks to compare: it is never taken for another blank paper', async () => {
    const blank = await descriptorOf(ballotSvg(layout, '', { pixelsPerPoint: 2 }), {}, 1);
    expect(blank).toBe('m1/4');
    expect(samePaperLikelihood(blank, blank)).toBeNull();
    expect(ballot.names.length).toBe(11);
  });
});
