/**
 * The two sets: a small one for the test (every mark a person must judge, every kind of clean mark,
 * a blank paper of each format, most scanning conditions, three rescanned papers) and a large one
 * for the bench (every condition, every mark kind, several hundred papers).
 */
import { ELECTIONS, type ElectionKey } from './congress';
import type { BallotSpec } from './corpus';
import { BALLOT_JUDGE_KINDS, CLEAN_KINDS_A, CLEAN_KINDS_B, JUDGE_KINDS_A, JUDGE_KINDS_B, type MarkKind } from './kinds';
import { makeRng } from './rng';
import { CONDITIONS, type ConditionKey } from './scanner';

export const TEST_SEED = 1717;
export const BENCH_SEED = 20250620;

/** Small and mostly 2- and 4-up slips (fewer pixels): it runs in `npm test`. */
export const TEST_SPECS: readonly BallotSpec[] = [
  // marks a person must judge, format A (17 and 55 names)
  { election: 'bch', condition: 'phang-200', kind: 'A-giu-lai' },
  { election: 'bch', condition: 'cat-4', kind: 'A-giu-lai' },
  { election: 'bch', condition: 'phang-150', kind: 'A-khong-gach' },
  { election: 'dbieu', condition: 'phang-200', kind: 'A-khong-gach' },
  { election: 'bch', condition: 'cat-2', kind: 'A-ghi-ten' },
  { election: 'bch', condition: 'cat-4', kind: 'A-khoanh' },
  { election: 'dbieu', condition: 'den-trang', kind: 'A-khoanh' },
  { election: 'bch', condition: 'cat-4', kind: 'A-ho' },
  { election: 'dbieu', condition: 'phang-200', kind: 'A-ho' },
  { election: 'bch', condition: 'nghieng', kind: 'A-nua-ten' },
  // marks a person must judge, format B (5 names, bí thư)
  { election: 'ubkt', condition: 'cat-2', kind: 'B-bien' },
  { election: 'bithu', condition: 'cat-4', kind: 'B-bien' },
  { election: 'ubkt', condition: 'cat-4', kind: 'B-gach-ten' },
  { election: 'bithu', condition: 'phang-150', kind: 'B-gach-ten' },
  { election: 'ubkt', condition: 'phang-200', kind: 'B-de-ten' },
  { election: 'bithu', condition: 'cat-4', kind: 'B-de-ten' },
  { election: 'bithu', condition: 'cat-4', kind: 'B-hai-o' },
  { election: 'ubkt', condition: 'cat-2', kind: 'B-hai-o' },
  { election: 'ubkt', condition: 'cat-4', kind: 'B-x-hai-o' },
  { election: 'bithu', condition: 'dien-thoai', kind: 'B-x-hai-o' },
  // ink outside the rows
  { election: 'bch', condition: 'cat-4', kind: 'ky-ten' },
  { election: 'ubkt', condition: 'cat-2', kind: 'ghi-chu' },
  // clean marks under the other conditions, and blank papers
  { election: 'bch', condition: 'jpeg-thap', kind: 'A-thang' },
  { election: 'bch', condition: 'nhieu', kind: 'A-luon' },
  { election: 'dbieu', condition: 'sang-khong-deu', kind: 'A-doi' },
  { election: 'bch', condition: 'cat-4', kind: 'A-chi' },
  { election: 'dbieu', condition: 'dien-thoai', kind: 'A-thang' },
  { election: 'ubkt', condition: 'dien-thoai', kind: 'B-x' },
  { election: 'bch', condition: 'vet-ban', kind: 'A-thang' },
  { election: 'ubkt', condition: 'den-trang', kind: 'B-x' },
  { election: 'bithu', condition: 'cat-4', kind: 'B-tick' },
  { election: 'ubkt', condition: 'cat-2', kind: 'B-to' },
  { election: 'ubkt', condition: 'gap-doi', kind: 'B-x' },
  { election: 'bch', condition: 'cat-4', kind: 'trang' },
  { election: 'bithu', condition: 'cat-4', kind: 'trang' },
  // found by the bench (seed BENCH_SEED, paper 316): a phone photo whose shadow edge crosses an unmarked name
  { election: 'bch', condition: 'dien-thoai', kind: 'A-ghi-ten', replay: { seed: BENCH_SEED, index: 315 } },
  // rescans: the same paper twice, at once and after a first count
  { election: 'bithu', condition: 'cat-4', kind: 'B-x', rescans: 1 },
  { election: 'bithu', condition: 'quet-lai', kind: 'B-x', rescans: 1, rescansLater: true },
  { election: 'ubkt', condition: 'cat-4', kind: 'B-x', rescans: 1, rescansLater: true },
  { election: 'bch', condition: 'cat-4', kind: 'A-thang', rescans: 1, rescansLater: true },
];

function kindsFor(election: ElectionKey): { clean: readonly MarkKind[]; judge: readonly MarkKind[] } {
  return ELECTIONS[election].format === 'A' ? { clean: CLEAN_KINDS_A, judge: JUDGE_KINDS_A } : { clean: CLEAN_KINDS_B, judge: JUDGE_KINDS_B };
}

/**
 * The bench's set: for each condition and each election printed for it, `perCell` papers: about
 * 60 % clean, 30 % with a mark a person must judge (each kind in turn), 5 % ink outside the rows,
 * 5 % blank. Under `quet-lai` every paper is scanned twice, half the rescans after a first count.
 */
export function benchSpecs(perCell: number): BallotSpec[] {
  const rng = makeRng(BENCH_SEED).fork('chon-phieu');
  const specs: BallotSpec[] = [];
  let turn = 0;
  for (const condition of Object.keys(CONDITIONS) as ConditionKey[]) {
    for (const election of Object.keys(ELECTIONS) as ElectionKey[]) {
      if (!ELECTIONS[election].perSheet.includes(CONDITIONS[condition].perSheet)) continue;
      const { clean, judge } = kindsFor(election);
      const n = election === 'dbieu' ? Math.ceil(perCell * 1.5) : perCell;
      for (let i = 0; i < n; i++) {
        const roll = rng.next();
        const kind: MarkKind = roll < 0.6 ? rng.pick(clean) : roll < 0.9 ? (judge[turn++ % judge.length] as MarkKind) : roll < 0.95 ? rng.pick(BALLOT_JUDGE_KINDS) : 'trang';
        specs.push(condition === 'quet-lai' ? { election, condition, kind, rescans: 1, rescansLater: i % 2 === 1 } : { election, condition, kind });
      }
    }
  }
  return specs;
}
