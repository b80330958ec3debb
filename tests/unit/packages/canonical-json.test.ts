import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/packages/canonical-json';

describe('canonical JSON (what a package signature covers)', () => {
  it('sorts keys at every depth, keeps array order, writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: 'x', c: null }], é: true })).toBe('{"a":[3,{"c":null,"d":"x"}],"b":1,"é":true}');
  });

  it('orders keys by UTF-16 code units, as RFC 8785 does', () => {
    expect(canonicalJson({ '\u00e9': 1, z: 2, '\ud83d\ude00': 3, Z: 4 })).toBe('{"Z":4,"z":2,"é":1,"😀":3}');
  });

  it('leaves out undefined members and refuses what JSON cannot hold', () => {
    expect(canonicalJson({ a: undefined, b: 'Tổ 1' })).toBe('{"b":"Tổ 1"}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
    expect(() => canonicalJson({ a: () => 1 })).toThrow();
  });

  it('reads back to the same value, and is the same whatever order the keys were built in', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
    const reversed = Object.fromEntries(Object.entries({ a: 1, b: 2, c: { y: 1, x: 2 } }).reverse());
    expect(canonicalJson(reversed)).toBe(canonicalJson({ a: 1, b: 2, c: { x: 2, y: 1 } }));
  });
});
