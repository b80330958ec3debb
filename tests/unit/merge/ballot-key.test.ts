import { describe, expect, it } from 'vitest';
import { ballotContentKey } from '../../../shared/merge/ballot-key';
import type { BallotEntryLike } from '../../../shared/validation/ballot-entry';

describe('what a ballot says (the content compared when a package brings a ballot id again)', () => {
  it('is the same paper whatever the order of the names or marks, who typed it and when', () => {
    expect(ballotContentKey({ struck: ['c03', 'c01'], team: 'Tổ 1' })).toBe(ballotContentKey({ struck: ['c01', 'c03'], count: 1, team: 'Tổ 2' }));
    expect(ballotContentKey({ marks: { c02: 'agree', c01: 'none' } })).toBe(ballotContentKey({ marks: { c01: 'none', c02: 'agree' } }));
    expect(ballotContentKey({ kept: ['c01'], note: '' })).toBe(ballotContentKey({ kept: ['c01'] }));
    // A code the program computes is not trusted, so it does not make two papers differ.
    expect(ballotContentKey({ struck: [], invalid: 'OVER_N' })).toBe(ballotContentKey({ struck: [] }));
  });

  it('tells apart what the paper says: names kept or struck, marks, count, ruling and note', () => {
    const entries: BallotEntryLike[] = [
      { struck: ['c01'] },
      { kept: ['c01'] },
      { struck: ['c01', 'c02'] },
      { struck: ['c01'], count: 2 },
      { struck: ['c01'], note: 'rách góc' },
      { invalid: 'WRITE_IN' },
      { invalid: 'COMMITTEE_RULED', note: 'rách góc' },
      { marks: { c01: 'agree' } },
      { marks: { c01: 'disagree' } },
      { marks: { c01: 'agree', c02: 'none' } },
    ];
    const keys = entries.map(ballotContentKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
