import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBallotSlice, splitBallotArrays } from '../../../shared/congress-file/ballot-arrays';
import { checkCongressFile } from '../../../shared/congress-file/checks';
import { readCongressFile } from '../../../shared/congress-file/read';
import { congressFileSchema, type BallotEntry } from '../../../shared/congress-file/schema';
import { writeCongressFile } from '../../../shared/congress-file/write';
import { issueDetails } from '../../../shared/validation/issues';
import { bigCongressFile } from '../../helpers/big-election';
import { sampleText } from '../../helpers/samples';

/**
 * The reader takes the ballots apart from the rest of the file, and reads bytes a slice at a
 * time. Held here to the plain reading it replaces: JSON.parse of the whole text, the schema
 * over everything, then the checks. Same file, same answer, same first message.
 */
function plainRead(text: string) {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, json: true };
  }
  const header = json as { format?: unknown; version?: unknown };
  if (typeof json !== 'object' || json === null || Array.isArray(json) || header.format !== 'kiem-phieu.congress' || header.version !== 1) return { ok: false, header: true };
  const parsed = congressFileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return { ok: false, details: issueDetails(parsed.error.issues) };
  const details = checkCongressFile(parsed.data);
  return details.length > 0 ? { ok: false, details } : { ok: true, value: parsed.data };
}

function sameAnswer(text: string, bytes: Uint8Array = new TextEncoder().encode(text)) {
  const expected = plainRead(new TextDecoder().decode(bytes));
  const fromText = readCongressFile(new TextDecoder().decode(bytes));
  const fromBytes = readCongressFile(bytes, undefined, 0);
  expect(fromBytes).toEqual(fromText);
  expect(fromBytes.ok).toBe(expected.ok);
  if (fromBytes.ok && expected.ok) expect(fromBytes.value).toEqual(expected.value);
  if (!fromBytes.ok && 'details' in expected && expected.details) expect(fromBytes.error.details).toEqual(expected.details.slice(0, 50));
}

const sample = sampleText('dai-hoi-mau.json');
const big = writeCongressFile(bigCongressFile(12, 300, 3));

/** A change to the text of a file: a value replaced by junk, a byte dropped, doubled or flipped. */
const mutation = fc.record({ at: fc.nat(), kind: fc.nat(6), junk: fc.constantFrom('"x"', '-1', '0', '1.5', 'null', '[]', '{}', '"c99"', '" c01"', '"WRITE_IN"', 'true', '"', ',', ']', '}', '{"kept":["c01"],"struck":["c02"]}') });

function mutate(text: string, { at, kind, junk }: { at: number; kind: number; junk: string }): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  const i = at % bytes.length;
  if (kind === 0) return new Uint8Array([...bytes.subarray(0, i), ...bytes.subarray(i + 1)]);
  if (kind === 1) return new Uint8Array([...bytes.subarray(0, i), bytes[i] as number, ...bytes.subarray(i)]);
  if (kind === 2) {
    const copy = bytes.slice();
    copy[i] = (copy[i] as number) ^ 0x20;
    return copy;
  }
  // Replace the value after the i-th colon or the i-th array element by junk.
  const values = [...text.matchAll(/(?<=[:[,]\s*)("(?:[^"\\]|\\.)*"|-?\d+|true|false|null)/g)];
  const value = values[at % values.length];
  if (!value) return bytes;
  return new TextEncoder().encode(text.slice(0, value.index) + junk + text.slice((value.index ?? 0) + value[0].length));
}

describe('reading a congress file from its bytes, a slice of ballots at a time', () => {
  it('gives the answer of a plain reading for the sample, a big file, and any damaged copy of them', () => {
    sameAnswer(sample);
    sameAnswer(big);
    fc.assert(
      fc.property(fc.boolean(), mutation, (useBig, change) => sameAnswer('', mutate(useBig ? big : sample, change))),
      { numRuns: 1500 },
    );
  });

  it('follows JSON written in any legal way: keys in any order, escapes, brackets inside strings, spacing, a byte-order mark, a key given twice', () => {
    const file = JSON.parse(sample) as { elections: Record<string, unknown>[] };
    const election = file.elections[0] as Record<string, unknown>;
    const reordered = { ...file, elections: [{ ballots: election.ballots, ...election }, ...file.elections.slice(1)] };
    sameAnswer(JSON.stringify(reordered));
    sameAnswer(`\ufeff${JSON.stringify(file, null, '\t')}`);
    sameAnswer(JSON.stringify(file).replace('"ballots":[', '"ballot\\u0073":['));
    sameAnswer(JSON.stringify(file).replace('"ballots":[', '"ballots":[],"ballots":['));
    sameAnswer(JSON.stringify(file).replace('"ballots":[', '"ballots":[{"struck":["c01"]}],"ballots":5,"x":['));
    sameAnswer(JSON.stringify(file).replace(/"note":"[^"]*"/, '"note":"có [dấu] {lạ}, \\"ngoặc\\" và \\\\"'));
    sameAnswer(JSON.stringify(file).replace('"elections":[', '"elections":[],"elections":['));
    sameAnswer(`${JSON.stringify(file)}  \n`);
    sameAnswer(`${JSON.stringify(file)} x`);
  });

  it('names the faults of the ballots and of the rest of the file in the order of one reading of it', () => {
    const file = JSON.parse(sample) as { congress: Record<string, unknown>; elections: Record<string, unknown>[] };
    const [first, second] = file.elections as [Record<string, unknown>, Record<string, unknown>];
    (first.candidates as Record<string, unknown>[])[1]!.name = '';
    (first.ballots as Record<string, unknown>[])[2]!.count = 0;
    (first.ballots as Record<string, unknown>[])[4]!.struck = 'c01';
    first.teamTotals = [{ team: 'T9', returned: -1, valid: 0 }];
    if (second) second.seats = 0;
    file.congress.summoned = 'bốn mươi';
    sameAnswer(JSON.stringify(file));
    const read = readCongressFile(JSON.stringify(file));
    expect(read.ok ? [] : read.error.details?.map((d) => d.path)).toEqual(['congress.summoned', 'elections[0].candidates[1].name', 'elections[0].ballots[2].count', 'elections[0].ballots[4].struck', 'elections[0].teamTotals[0].returned', ...(second ? ['elections[1].seats'] : [])]);
  });

  it('hands every ballot to the sink in file order, and keeps none in the file', () => {
    const seen: [number, BallotEntry][] = [];
    const read = readCongressFile(new TextEncoder().encode(big), (_, election, entry) => seen.push([election, entry]), 0);
    const whole = readCongressFile(big);
    expect(read.ok && whole.ok).toBe(true);
    if (!read.ok || !whole.ok) return;
    expect(read.value.elections.map((e) => e.ballots.length)).toEqual(whole.value.elections.map(() => 0));
    expect(seen).toEqual(whole.value.elections.flatMap((e, i) => e.ballots.map((b) => [i, b])));
  });
});

describe('splitting the ballots arrays', () => {
  it('gives back every element in order, whatever the slice size and the spacing', () => {
    const element = fc.oneof(fc.constant('{"struck":["c01"]}'), fc.constant('{ "kept" : [ "c02" , "c03" ] , "note" : "a,]}[{" }'), fc.constant('{"marks":{"c01":"agree"}}'), fc.constant('7'), fc.constant('[1,[2]]'));
    fc.assert(
      fc.property(fc.array(element, { maxLength: 30 }), fc.integer({ min: 1, max: 7 }), fc.constantFrom('', ' ', '\n  '), (elements, perSlice, space) => {
        const text = `{"format":"kiem-phieu.congress","elections":[{"id":"a","ballots":[${space}${elements.join(`${space},${space}`)}${space}]}]}`;
        const bytes = new TextEncoder().encode(text);
        const split = splitBallotArrays(bytes, perSlice);
        expect(split).not.toBeNull();
        expect(JSON.parse(split!.skeleton)).toEqual({ format: 'kiem-phieu.congress', elections: [{ id: 'a', ballots: [] }] });
        const decoder = new TextDecoder();
        const found = split!.ballotArrays.flatMap((array) => Array.from({ length: array.bounds.length - 1 }, (_, k) => parseBallotSlice(bytes, array, k, decoder)).flat());
        expect(found).toEqual(elements.map((e) => JSON.parse(e)));
        expect(split!.ballotArrays.every((a) => a.bounds.length - 1 === Math.ceil(a.elements / perSlice))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('gives up, for a whole reading to name the fault, on brackets that do not match, an empty element or a trailing comma', () => {
    for (const broken of ['{"elections":[{"ballots":[1,]}]}', '{"elections":[{"ballots":[1,,2]}]}', '{"elections":[{"ballots":[1}]}', '{"elections":[{"ballots":["a]}]}', '[1]', '{"a":1} {}']) {
      expect(splitBallotArrays(new TextEncoder().encode(broken)), broken).toBeNull();
    }
  });
});
