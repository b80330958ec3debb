/**
 * Finds, in the bytes of a congress file (UTF-8 JSON), the ballots array of every election, so
 * that the file can be read without holding the whole text and every ballot at once: the rest
 * of the file (the skeleton, with each ballots array left empty) is parsed as one small text,
 * and the ballots a slice at a time. Only the structure is followed here (strings, brackets,
 * commas, the two keys that matter); JSON.parse checks everything else. Anything unexpected
 * (brackets that do not match, an empty element, a key given twice, text cut short) answers null,
 * and the caller reads the file whole, which also names the place of a syntax error.
 */

/** One election's ballots: the byte offsets of its elements, `perSlice` at a time. */
export interface BallotArray {
  /** The election's position in `elections`. */
  election: number;
  /** Where each slice of elements starts and ends: slice k is bytes[bounds[k], bounds[k + 1] − 1) (a comma separates them). */
  bounds: number[];
  /** How many elements in all. */
  elements: number;
}

export interface SplitFile {
  /** The file's text with every ballots array found emptied (`[]`). */
  skeleton: string;
  ballotArrays: BallotArray[];
  perSlice: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

const ELECTIONS = [...'elections'].map((c) => c.charCodeAt(0));
const BALLOTS = [...'ballots'].map((c) => c.charCodeAt(0));

function keyIs(bytes: Uint8Array, start: number, end: number, key: readonly number[]): boolean {
  if (end - start !== key.length) return false;
  for (let i = 0; i < key.length; i++) if (bytes[start + i] !== key[i]) return false;
  return true;
}

/** What the scanner is inside: the path that matters is root object → elections → election → ballots. */
const enum Role {
  Other,
  Root,
  Elections,
  Election,
  Ballots,
}

interface Frame {
  object: boolean;
  role: Role;
  /** Objects: the last key read, as byte offsets. */
  keyStart: number;
  keyEnd: number;
  /** Objects: the next string is a key. */
  expectKey: boolean;
  /** Arrays: elements so far, and whether the current one has begun. */
  elements: number;
  hasContent: boolean;
  /** Objects: keys seen that matter (to refuse a key given twice). */
  seenTarget: boolean;
}

function frame(object: boolean, role: Role): Frame {
  return { object, role, keyStart: 0, keyEnd: 0, expectKey: object, elements: 0, hasContent: false, seenTarget: false };
}

export function splitBallotArrays(bytes: Uint8Array, perSlice = 2000): SplitFile | null {
  const stack: Frame[] = [];
  const arrays: BallotArray[] = [];
  const kept: [number, number][] = [];
  let top: Frame | undefined;
  let current: BallotArray | null = null;
  let electionIndex = -1;
  let started = false;
  const n = bytes.length;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let keptFrom = i;

  for (; i < n; i++) {
    const byte = bytes[i] as number;
    if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) continue;
    if (top === undefined) {
      if (started || byte !== OPEN_OBJECT) return null; // a root that is not an object, or text after it
      started = true;
      top = frame(true, Role.Root);
      stack.push(top);
      continue;
    }
    if (!top.object && !top.hasContent && byte !== CLOSE_ARRAY && byte !== COMMA) top.hasContent = true;

    if (byte === QUOTE) {
      const start = i + 1;
      for (i = start; i < n; i++) {
        const c = bytes[i];
        if (c === QUOTE) break;
        if (c === BACKSLASH) i++;
      }
      if (i >= n) return null;
      if (top.object && top.expectKey) {
        top.keyStart = start;
        top.keyEnd = i;
        top.expectKey = false;
      }
      continue;
    }
    if (byte === COMMA) {
      if (top.object) {
        top.expectKey = true;
        continue;
      }
      if (!top.hasContent) return null; // an empty element
      top.elements++;
      top.hasContent = false;
      if (current !== null && top.role === Role.Ballots && top.elements % perSlice === 0) current.bounds.push(i + 1);
      continue;
    }
    if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      const object = byte === OPEN_OBJECT;
      let role = Role.Other;
      if (top.object && (top.role === Role.Root || top.role === Role.Election)) {
        const target = top.role === Role.Root ? ELECTIONS : BALLOTS;
        if (keyIs(bytes, top.keyStart, top.keyEnd, target)) {
          if (top.seenTarget) return null;
          top.seenTarget = true;
          if (!object) role = top.role === Role.Root ? Role.Elections : Role.Ballots;
        }
      } else if (!top.object && top.role === Role.Elections && object) {
        role = Role.Election;
        electionIndex = top.elements;
      }
      top = frame(object, role);
      stack.push(top);
      if (role === Role.Ballots) {
        current = { election: electionIndex, bounds: [i + 1], elements: 0 };
        kept.push([keptFrom, i + 1]);
      }
      continue;
    }
    if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      if (top.object !== (byte === CLOSE_OBJECT)) return null;
      if (!top.object) {
        if (top.hasContent) top.elements++;
        else if (top.elements > 0) return null; // a comma before the closing bracket
      }
      stack.pop();
      if (top.role === Role.Ballots && current !== null) {
        current.elements = top.elements;
        current.bounds.push(i + 1);
        if (current.elements > 0) arrays.push(current);
        current = null;
        keptFrom = i;
      }
      top = stack[stack.length - 1];
      continue;
    }
    if (byte === COLON) continue;
    // A number, true, false or null: JSON.parse checks it; skip the rest of the token.
    while (i + 1 < n) {
      const next = bytes[i + 1];
      if (next === COMMA || next === CLOSE_ARRAY || next === CLOSE_OBJECT || next === COLON || next === 0x20 || next === 0x0a || next === 0x0d || next === 0x09) break;
      i++;
    }
  }
  if (top !== undefined || !started) return null;
  kept.push([keptFrom, n]);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const skeleton = kept.map(([from, to]) => decoder.decode(bytes.subarray(from, to))).join('');
  return { skeleton, ballotArrays: arrays, perSlice };
}

/** Parses slice `k` of a ballots array: its elements, in order. */
export function parseBallotSlice(bytes: Uint8Array, array: BallotArray, k: number, decoder: TextDecoder): unknown[] {
  const start = array.bounds[k] as number;
  const end = (array.bounds[k + 1] as number) - 1;
  return JSON.parse(`[${decoder.decode(bytes.subarray(start, end))}]`) as unknown[];
}
