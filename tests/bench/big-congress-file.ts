import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { randomInt, sample, seededRandom } from '../helpers/random';
import { vietnameseNames } from '../helpers/big-election';
import { MAX_SUMMONED } from '../../shared/limits';

/**
 * Writes a congress file of `ballots` format-A ballots over `candidates` names (80 % of them to
 * elect), one ballot per line as the program writes them, streamed so that a file of a million
 * ballots never sits in the bench's memory. Ballots strike between the minimum and half the list,
 * and carry a team, as a counting station's do.
 */
export async function writeBigCongressFile(path: string, ballots: number, candidates = 200, seed = 9): Promise<void> {
  const random = seededRandom(seed);
  const ids = Array.from({ length: candidates }, (_, i) => `c${String(i + 1).padStart(3, '0')}`);
  const seats = Math.ceil(candidates * 0.8);
  const names = vietnameseNames(candidates);
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  // More ballots than any congress has summoned (shared/limits.ts): then the figures are left undeclared, as a reader's stress test.
  const real = ballots + 20 <= MAX_SUMMONED;
  const congress = { name: 'Đại hội đại biểu Đảng bộ tỉnh Thừa Thiên lần thứ XVII', kind: 'delegates', summoned: real ? ballots + 20 : MAX_SUMMONED, exclusions: [{ reason: 'Đại biểu vắng mặt suốt thời gian đại hội', count: 5 }], ...(real ? { present: ballots + 10 } : {}) };
  const head = { id: 'bch', office: 'cap_uy', title: 'Bầu Ban Chấp hành Đảng bộ tỉnh khóa XVII', seats, ...(real ? { ballotsIssued: ballots + 10, ballotsReturned: ballots } : {}), candidates: ids.map((id, i) => ({ id, name: names[i] })) };
  await write(`{"format":"kiem-phieu.congress","version":1,"congress":${JSON.stringify(congress)},"elections":[${JSON.stringify(head).slice(0, -1)},"ballots":[\n`);
  for (let b = 0; b < ballots; b++) {
    const struck = sample(random, ids, randomInt(random, candidates - seats, candidates / 2));
    await write(`${JSON.stringify({ id: `p${b + 1}`, team: `Tổ ${(b % 8) + 1}`, struck })}${b + 1 < ballots ? ',' : ''}\n`);
  }
  await write(']}]}\n');
  out.end();
  await once(out, 'close');
}
