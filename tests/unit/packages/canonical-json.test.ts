import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonOfParsed } from '../../../shared/packages/canonical-json';

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

  it('of a parsed value, is the same text whatever order the file had its keys in', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const text of [canonicalJson(value), JSON.stringify(value)]) expect(canonicalJsonOfParsed(JSON.parse(text))).toBe(canonicalJson(JSON.parse(text)));
      }),
      { numRuns: 300 },
    );
    // Keys that read as array indices come first in JavaScript's own order, not in the canonical one.
    expect(canonicalJsonOfParsed(JSON.parse('{"10":1,"9":2,"a":3}'))).toBe('{"10":1,"9":2,"a":3}');
    expect(canonicalJsonOfParsed(JSON.parse('{"b":{"d":1,"c":2},"a":[1.5,"x",null,true]}'))).toBe('{"a":[1.5,"x",null,true],"b":{"c":2,"d":1}}');
  });

  it('of a parsed value with a number JSON cannot hold again, is none', () => {
    expect(canonicalJsonOfParsed(JSON.parse('{"a":1e999}'))).toBeNull();
    expect(canonicalJsonOfParsed(JSON.parse('{"b":1,"a":[-1e999]}'))).toBeNull();
  });
});
