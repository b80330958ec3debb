import { parseBallotInput } from '../../shared/entry/ballot-input';
import { keysOf, typedFewest, typedSeparated, typedTopToBottom } from '../helpers/entry-keys';
import { sample, seededRandom } from '../helpers/random';
import type { BenchRow } from './measure';

const PAPERS = 20_000;

interface Paper {
  names: number;
  struck: number;
  target: number;
  before: string;
}

const PAPERS_MEASURED: Paper[] = [
  { names: 55, struck: 8, target: 17, before: '22,7' },
  { names: 17, struck: 2, target: 4.2, before: '4,94' },
];

/** The average keys per paper for random struck sets, and how many typed papers read back otherwise (must be 0). */
function averageKeys(paper: Paper, typed: (numbers: readonly number[], listSize: number) => string, seed: number): { average: number; misread: number } {
  const random = seededRandom(seed);
  const numbers = Array.from({ length: paper.names }, (_, i) => i + 1);
  const options = { format: 'A' as const, listIds: numbers.map((n) => `c${n}`), mode: 'struck' as const };
  let keys = 0;
  let misread = 0;
  for (let i = 0; i < PAPERS; i++) {
    const struck = sample(random, numbers, paper.struck);
    const text = typed(struck, paper.names);
    const read = parseBallotInput(text, options);
    if (read.errors.length > 0 || [...read.numbers].sort((a, b) => a - b).join() !== [...struck].sort((a, b) => a - b).join()) misread++;
    keys += keysOf(text);
  }
  return { average: keys / PAPERS, misread };
}

const figure = (value: number) => value.toFixed(2).replace('.', ',');

/**
 * Issue 18, item 10: the keys an operator presses for one strike-out paper, Enter included, now
 * that a number ends by itself when no longer number on the list starts with it. Averaged over
 * 20,000 random sets of struck names (seeded): typed top to bottom as the paper reads, and in the
 * order of fewest keys (the one number that waits put last); beside it the keys with a separator
 * after every number, as before.
 */
export async function entryKeysBenchmarks(): Promise<BenchRow[]> {
  return PAPERS_MEASURED.flatMap((paper, k) => {
    const topToBottom = averageKeys(paper, typedTopToBottom, 100 + k);
    const fewest = averageKeys(paper, typedFewest, 100 + k);
    const separated = averageKeys(paper, (struck) => typedSeparated(struck), 100 + k);
    const misread = topToBottom.misread + fewest.misread + separated.misread;
    const target = `≤ ${figure(paper.target)} phím (trước: ${paper.before})`;
    return [
      { name: `Phiếu ${paper.names} người, gạch ${paper.struck}: gõ từ trên xuống (số tự kết thúc, Enter)`, value: `${figure(topToBottom.average)} phím`, target, met: topToBottom.average <= paper.target, note: `${PAPERS.toLocaleString('vi-VN')} bộ tên bị gạch ngẫu nhiên; đọc lại sai: ${misread}` },
      { name: `Như trên, số phải chờ gõ sau cùng`, value: `${figure(fewest.average)} phím`, target, met: fewest.average <= paper.target },
      { name: `Như trên, cách gõ cũ (dấu cách sau mỗi số)`, value: `${figure(separated.average)} phím`, target: 'chỉ để so sánh', met: null },
    ];
  });
}
