/**
 * Vietnamese alphabetical order (RULES R8): a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư; tone marks
 * are secondary, in dictionary order: ngang < huyền < hỏi < ngã < sắc < nặng. Case is tertiary.
 * Our own implementation rather than Intl.Collator, so that Node, Chromium and Electron, whatever
 * ICU they carry, print the same order.
 */
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const LETTER_RANK = new Map<string, number>([...ALPHABET].map((letter, index) => [letter, 100 + index]));

const BREVE = '\u0306';
const CIRCUMFLEX = '\u0302';
const HORN = '\u031b';
/** Tone marks by dictionary rank (ngang = 0). */
const TONE_RANK = new Map<string, number>([
  ['\u0300', 1], // huyền
  ['\u0309', 2], // hỏi
  ['\u0303', 3], // ngã
  ['\u0301', 4], // sắc
  ['\u0323', 5], // nặng
]);

interface CollationKey {
  primary: number[];
  /** One tone per syllable, wherever the mark sits ("Hòa" and "Hoà" are the same word). */
  secondary: number[];
  tertiary: number[];
}

function letterWithModifier(base: string, marks: string): string {
  if (base === 'a' && marks.includes(BREVE)) return 'ă';
  if ((base === 'a' || base === 'e' || base === 'o') && marks.includes(CIRCUMFLEX)) return base + CIRCUMFLEX;
  if ((base === 'o' || base === 'u') && marks.includes(HORN)) return base + HORN;
  return base;
}

const MODIFIED: Record<string, string> = { ['a' + CIRCUMFLEX]: 'â', ['e' + CIRCUMFLEX]: 'ê', ['o' + CIRCUMFLEX]: 'ô', ['o' + HORN]: 'ơ', ['u' + HORN]: 'ư' };

function collationKey(text: string): CollationKey {
  const key: CollationKey = { primary: [], secondary: [], tertiary: [] };
  // Split into base characters each followed by their combining marks.
  const clusters = text.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? [];
  let syllableTone = 0;
  for (const cluster of clusters) {
    const base = cluster[0] ?? '';
    const marks = cluster.slice(1);
    const lower = base.toLowerCase();
    const letter = letterWithModifier(lower, marks);
    const named = MODIFIED[letter] ?? letter;
    const rank = LETTER_RANK.get(named);
    if (rank !== undefined) {
      key.primary.push(rank);
    } else if (/\d/.test(lower)) {
      key.primary.push(10 + Number(lower));
    } else if (lower === ' ') {
      key.primary.push(1);
      key.secondary.push(syllableTone);
      syllableTone = 0;
    } else {
      key.primary.push(1000 + (lower.codePointAt(0) ?? 0));
    }
    for (const mark of marks) syllableTone = TONE_RANK.get(mark) ?? syllableTone;
    key.tertiary.push(base === lower ? 0 : 1);
  }
  key.secondary.push(syllableTone);
  return key;
}

function compareArrays(a: number[], b: number[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const diff = (a[i] as number) - (b[i] as number);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** Compares two strings in Vietnamese alphabetical order. */
export function compareVietnamese(a: string, b: string): number {
  const ka = collationKey(a);
  const kb = collationKey(b);
  return compareArrays(ka.primary, kb.primary) || compareArrays(ka.secondary, kb.secondary) || compareArrays(ka.tertiary, kb.tertiary);
}

/** Given name (tên, the last word), family name (họ, the first word) and middle name (tên đệm). */
export function splitVietnameseName(fullName: string): { family: string; middle: string; given: string } {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0] as string };
  return { family: words[0] as string, middle: words.slice(1, -1).join(' '), given: words[words.length - 1] as string };
}

export interface NamedPerson {
  name: string;
  birthDate?: string | null | undefined;
  birthYear?: number | null | undefined;
}

/** Earlier birth first; a person whose birth is unknown comes after those whose birth is known. */
function compareBirth(a: NamedPerson, b: NamedPerson): number {
  const da = a.birthDate ?? (a.birthYear != null ? String(a.birthYear) : null);
  const db = b.birthDate ?? (b.birthYear != null ? String(b.birthYear) : null);
  if (da === null || db === null) return da === db ? 0 : da === null ? 1 : -1;
  // Compare on the common precision: a year alone against a full date compares the years.
  const length = Math.min(da.length, db.length);
  const pa = da.slice(0, length);
  const pb = db.slice(0, length);
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/** RULES R8: given name, then family name, then middle name, then earlier birth. */
export function compareByVietnameseName(a: NamedPerson, b: NamedPerson): number {
  const na = splitVietnameseName(a.name);
  const nb = splitVietnameseName(b.name);
  return (
    compareVietnamese(na.given, nb.given) ||
    compareVietnamese(na.family, nb.family) ||
    compareVietnamese(na.middle, nb.middle) ||
    compareBirth(a, b)
  );
}

/** The list in ABC order (a stable sort: people who compare equal keep their order). */
export function sortByVietnameseName<T extends NamedPerson>(people: readonly T[]): T[] {
  return [...people].sort(compareByVietnameseName);
}
