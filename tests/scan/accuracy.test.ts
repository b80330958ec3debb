import { describe, expect, it } from 'vitest';
import { readBallotImage } from '../../src-main/scan/read';
import { seededRandom } from '../helpers/random';
import { BallotMaker, type Condition } from '../helpers/scan-conditions';
import { judge, type Judged } from '../helpers/scan-trial';

/**
 * The simulated set (issues 12 and 17): the program's own ballots as it prints them (the PDF,
 * rasterised), filled in by simulated voters and scanned by a simulated scanner (rotation ±3°,
 * scale 97–103 %, shift, blur, noise, uneven light, JPEG 50–90), seeded so the same every run. No
 * name read with confidence may be wrong; voters who mark cleanly are rarely sent to a person; the
 * habitual voter's partial strikes, faint lines and ticks beside names go to a person, never to a
 * reading. `npm run bench -- scan` runs many more, condition by condition.
 */
const maker = new BallotMaker();

async function run(condition: Condition, count: number, seed: number) {
  const setup = maker.setup(condition.election);
  const random = seededRandom(seed);
  const totals = { wrong: [] as (Judged['wrong'][number] & { ballot: number })[], review: 0, refused: [] as string[], ballots: 0 };
  for (let i = 0; i < count; i++) {
    const made = await maker.make(condition, random);
    const reading = await readBallotImage(made.bytes, setup.layouts, { electionHash: setup.electionHash });
    totals.ballots++;
    if (reading.status === 'refused') {
      totals.refused.push(`${i}: ${reading.reason}`);
      continue;
    }
    if (reading.status === 'review' && reading.uncertain.length > 0) totals.review++;
    totals.wrong.push(...judge(reading, made.voted).wrong.map((w) => ({ ...w, ballot: i })));
  }
  return totals;
}

describe('scanned ballots: accuracy on a simulated set', () => {
  it('format A, voters who strike cleanly: no name read wrong, few ballots doubted', async () => {
    const totals = await run({ name: 'A', election: 'bch', habit: { clean: true } }, 30, 101);
    expect(totals.refused).toEqual([]);
    expect(totals.wrong).toEqual([]);
    expect(totals.review / totals.ballots).toBeLessThanOrEqual(0.1);
  });

  it('format B, five names and one, voters who mark cleanly (a filled box too): no name read wrong, few ballots doubted', async () => {
    const five = await run({ name: 'B', election: 'btv', habit: { clean: true } }, 20, 202);
    const solid = await run({ name: 'B', election: 'btv', habit: { clean: true, box: 'solid' } }, 8, 203);
    const one = await run({ name: 'B1', election: 'bt', habit: { clean: true } }, 10, 303);
    for (const totals of [five, solid, one]) {
      expect(totals.refused).toEqual([]);
      expect(totals.wrong).toEqual([]);
    }
    expect((five.review + solid.review + one.review) / (five.ballots + solid.ballots + one.ballots)).toBeLessThanOrEqual(0.1);
  });

  it('habitual voters (parts of names struck, faint lines, ticks beside names, X over two boxes or a name): never a wrong reading', async () => {
    const a = await run({ name: 'A', election: 'bch', habit: {} }, 20, 404);
    const b = await run({ name: 'B', election: 'btv', habit: {} }, 20, 505);
    expect(a.wrong).toEqual([]);
    expect(b.wrong).toEqual([]);
    expect(a.review).toBeGreaterThan(0);
  });
});
