import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVALID_REASONS, MARKS } from '../../../shared/domain';
import { EntryReader } from '../../../shared/congress-file/ballot-entry-fast';
import { ballotEntrySchema } from '../../../shared/congress-file/schema';

/** Values of every kind a file may hold where a ballot field is expected, the awkward ones included. */
const anyValue = fc.oneof(
  fc.constantFrom(0, 1, 2, -1, 1.5, 1e21, Number.MAX_SAFE_INTEGER + 2, '', ' ', 'c01', ' c01', 'c01 ', 'x'.repeat(101), 'Tổ 1', ' Tổ\u00a0 1 ', 'Tô\u0309 1', 'x'.repeat(2001), null, true, [], {}, ['c01'], { c01: 'agree' }, 'agree', 'WRITE_IN', 'OVER_N', '__proto__'),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -3, max: 50 }),
);
const id = fc.constantFrom('c01', 'c02', 'c03', 'p-17', 'Tổ', 'a b', ' c01', '');
/** Mostly a plausible value, sometimes an awkward one. */
const mostly = <T,>(plausible: fc.Arbitrary<T>) => fc.oneof({ arbitrary: plausible, weight: 12 }, { arbitrary: anyValue, weight: 1 });
const rawEntry = fc.record(
  {
    id: mostly(id),
    number: mostly(fc.integer({ min: -2, max: 400 })),
    team: mostly(fc.constantFrom('Tổ 1', 'Tổ  2 ', 'To\u0302\u0309 3', '')),
    count: mostly(fc.integer({ min: -2, max: 40 })),
    kept: mostly(fc.array(id, { maxLength: 4 })),
    struck: mostly(fc.array(id, { maxLength: 4 })),
    marks: mostly(fc.dictionary(id, mostly(fc.constantFrom(...MARKS)), { maxKeys: 3 })),
    invalid: mostly(fc.constantFrom(...INVALID_REASONS)),
    note: mostly(fc.string({ maxLength: 6 })),
    operator: mostly(fc.constantFrom('Lan', ' Lan ', 'Ngô\u0302')),
    at: mostly(fc.constantFrom('2025-06-20T07:30:00Z')),
    extra: fc.oneof({ arbitrary: fc.constant(undefined), weight: 10 }, { arbitrary: anyValue, weight: 1 }),
  },
  { requiredKeys: [] },
);
/** Entries as the program writes them: the fast path must take these. */
const commonEntry = fc.record(
  {
    id: fc.constantFrom('p1', 'p-20', 'a7f3'),
    number: fc.integer({ min: 1, max: 400 }),
    team: fc.constantFrom('Tổ 1', 'Tổ 2'),
    count: fc.integer({ min: 1, max: 30 }),
    struck: fc.array(fc.constantFrom('c01', 'c02', 'c03'), { maxLength: 3 }),
    invalid: fc.constantFrom('WRITE_IN', 'MARKED_SIGNED'),
    operator: fc.constantFrom('Lan', 'Hùng'),
  },
  { requiredKeys: ['struck'] },
);

describe('reading ballot entries without zod', () => {
  it('accepts only what the schema accepts, and gives exactly what the schema gives', () => {
    const reader = new EntryReader();
    let taken = 0;
    fc.assert(
      fc.property(rawEntry, (raw) => {
        const input = JSON.parse(JSON.stringify(raw)) as unknown;
        const fast = reader.read(input);
        const schema = ballotEntrySchema.safeParse(input);
        if (fast !== null) {
          taken++;
          expect(schema.success).toBe(true);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(schema.data));
        }
      }),
      { numRuns: 3000 },
    );
    // The awkward values must not make every case a refusal: many entries are taken and compared.
    expect(taken).toBeGreaterThan(100);
  });

  it('takes the entries the program writes itself, so that they never need the slow path', () => {
    const reader = new EntryReader();
    fc.assert(
      fc.property(commonEntry, (raw) => {
        const fast = reader.read(JSON.parse(JSON.stringify(raw)));
        expect(fast).not.toBeNull();
        expect(JSON.stringify(fast)).toBe(JSON.stringify(ballotEntrySchema.parse(raw)));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves to the schema a name given with spaces around it, a count that is not a whole positive number, and an unknown field', () => {
    const reader = new EntryReader();
    expect(reader.read({ struck: [' c01'] })).toBeNull();
    expect(reader.read({ struck: ['c01'], count: 0 })).toBeNull();
    expect(reader.read({ struck: ['c01'], count: 1.5 })).toBeNull();
    expect(reader.read({ struck: ['c01'], colour: 'red' })).toBeNull();
    expect(reader.read({ marks: JSON.parse('{"__proto__":"agree"}') })).toBeNull();
  });
});
