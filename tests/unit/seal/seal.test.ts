import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../../shared/congress-file/read';
import type { CongressFile, ElectionInFile } from '../../../shared/congress-file/schema';
import { BallotsDigest, onPaperIds } from '../../../shared/seal/canonical';
import { checkSeal } from '../../../shared/seal/check';
import { base32 } from '../../../shared/seal/base32';
import { SEAL_CODE_PATTERN, sealOf } from '../../../shared/seal/seal';
import { Sha256, sha256 } from '../../../shared/seal/sha256';
import { seededRandom } from '../../helpers/random';
import { sampleText } from '../../helpers/samples';

const HEAD = 'ab'.repeat(32);

function sample(): CongressFile {
  const read = readCongressFile(sampleText('dai-hoi-mau.json'));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

const bchOf = (file: CongressFile) => file.elections[0] as ElectionInFile;
const withBch = (file: CongressFile, change: (e: ElectionInFile) => ElectionInFile): CongressFile => ({ ...file, elections: [change(bchOf(file)), ...file.elections.slice(1)] });

describe('SHA-256 of shared/seal (pure TypeScript)', () => {
  it('gives the digest node:crypto gives, whole or fed in pieces of any size', () => {
    const random = seededRandom(20);
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 4097]) {
      const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      const expected = createHash('sha256').update(bytes).digest('hex');
      expect(Buffer.from(sha256(bytes)).toString('hex')).toBe(expected);
      const pieces = new Sha256();
      for (let at = 0; at < length; ) {
        const step = 1 + Math.floor(random() * 70);
        pieces.update(bytes.subarray(at, at + step));
        at += step;
      }
      expect(pieces.hex()).toBe(expected);
    }
  });

  it('writes base32 as RFC 4648 does (its test vectors, without padding)', () => {
    const vectors: [string, string][] = [['', ''], ['f', 'MY'], ['fo', 'MZXQ'], ['foo', 'MZXW6'], ['foob', 'MZXW6YQ'], ['fooba', 'MZXW6YTB'], ['foobar', 'MZXW6YTBOI']];
    for (const [text, encoded] of vectors) expect(base32(new TextEncoder().encode(text))).toBe(encoded);
  });
});

describe('the seal of a locked election', () => {
  it('is SHA-256 in full, printed as 13 groups of four base32 characters', () => {
    const seal = sealOf(sample().congress, bchOf(sample()), HEAD);
    expect(seal.code).toMatch(SEAL_CODE_PATTERN);
    expect(seal.code.replace(/-/g, '')).toHaveLength(52);
  });

  it('does not change when names inside a ballot are reordered, or a paper is spelled kept instead of struck (finding 1)', () => {
    const file = sample();
    const before = sealOf(file.congress, bchOf(file), HEAD).code;
    const onPaper = onPaperIds(bchOf(file));
    const respelled = withBch(file, (e) => ({
      ...e,
      ballots: e.ballots.map((b, i) => {
        if (b.struck === undefined) return b;
        const { struck, ...rest } = b;
        return i % 2 === 0 ? { ...rest, kept: onPaper.filter((id) => !struck.includes(id)).reverse() } : { ...rest, struck: [...struck].reverse() };
      }),
    }));
    expect(sealOf(respelled.congress, bchOf(respelled), HEAD).code).toBe(before);
  });

  it('changes when one ballot’s vote changes, and names the part: the ballots', () => {
    const file = sample();
    const bch = bchOf(file);
    const seal = sealOf(file.congress, bch, HEAD);
    const index = bch.ballots.findIndex((b) => b.struck !== undefined && !b.struck.includes('c01'));
    const moved = withBch(file, (e) => ({ ...e, ballots: e.ballots.map((b, i) => (i === index ? { ...b, struck: [...(b.struck ?? []), 'c01'] } : b)) }));
    const verdict = checkSeal(moved.congress, bchOf(moved), { at: '2025-06-20T10:45:00+07:00', fingerprint: seal.code, auditHead: HEAD, digests: seal.digests });
    expect(verdict).toMatchObject({ state: 'broken', parts: ['ballots'] });
  });

  it('streams the ballots part to the same digest as it is computed whole', () => {
    const file = sample();
    const bch = bchOf(file);
    const streamed = new BallotsDigest(onPaperIds(bch));
    for (const entry of bch.ballots) streamed.add(entry);
    expect(sealOf(file.congress, { ...bch, ballots: [] }, HEAD, streamed.hex())).toEqual(sealOf(file.congress, bch, HEAD));
  });

  it('binds the log head of its lock', () => {
    const file = sample();
    expect(sealOf(file.congress, bchOf(file), HEAD).code).not.toBe(sealOf(file.congress, bchOf(file), 'cd'.repeat(32)).code);
  });
});
