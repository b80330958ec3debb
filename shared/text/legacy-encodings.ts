/**
 * The legacy Vietnamese 8-bit encodings of old workbooks (LEGACY_EXCEL.md), read as the Latin-1
 * look-alikes a spreadsheet stores, and converted to Unicode NFC.
 *
 * - TCVN3 (ABC, TCVN 5712:1993 VN3), fonts `.VnTime`, `.VnArial`, …: one byte per letter; only
 *   the lowercase toned letters and Ă Â Ê Ô Ơ Ư Đ are encoded. The uppercase toned letters are the
 *   same bytes shown in an uppercase font (`.VnTimeH`, `.VnArialH`, …).
 * - VNI Windows, fonts `VNI-Times`, `VNI-Helve`, …: a base letter followed by a diacritic byte
 *   (`Nguyeãn` = Nguyễn), with a few letters of their own (ñ = đ, ô = ơ, ö = ư, ì í æ ó ò = the
 *   toned i, î = ỵ).
 *
 * Tables are built from the letters in tone order (ngang, huyền, hỏi, ngã, sắc, nặng) so that
 * each published table appears once, as a row per vowel.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Each vowel with its five toned forms: huyền, hỏi, ngã, sắc, nặng. */
const TONED: ReadonlyArray<readonly [string, string]> = [
  ['a', 'àảãáạ'],
  ['ă', 'ằẳẵắặ'],
  ['â', 'ầẩẫấậ'],
  ['e', 'èẻẽéẹ'],
  ['ê', 'ềểễếệ'],
  ['i', 'ìỉĩíị'],
  ['o', 'òỏõóọ'],
  ['ô', 'ồổỗốộ'],
  ['ơ', 'ờởỡớợ'],
  ['u', 'ùủũúụ'],
  ['ư', 'ừửữứự'],
  ['y', 'ỳỷỹýỵ'],
];

function tonedForms(vowel: string): string[] {
  const row = TONED.find(([v]) => v === vowel);
  if (!row) throw new Error(`no toned forms for ${vowel}`);
  return [...row[1]];
}

// ---------------------------------------------------------------------------------------------
// TCVN3 (VN3): byte → letter. The toned letters of each vowel, in tone order.
const TCVN3_TONED_BYTES: Record<string, readonly number[]> = {
  a: [0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};
const TCVN3_LETTER_BYTES: ReadonlyArray<readonly [number, string]> = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
];

function buildTcvn3(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [byte, letter] of TCVN3_LETTER_BYTES) table.set(String.fromCharCode(byte), letter);
  for (const [vowel, bytes] of Object.entries(TCVN3_TONED_BYTES)) {
    tonedForms(vowel).forEach((letter, tone) => table.set(String.fromCharCode(bytes[tone] as number), letter));
  }
  return table;
}

/** Latin-1 look-alike → Unicode letter, 74 entries. */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = buildTcvn3();

// ---------------------------------------------------------------------------------------------
// VNI Windows: sequences → letter. Diacritic bytes in tone order (huyền, hỏi, ngã, sắc, nặng).
const VNI_TONES = { lower: 'øûõùï', upper: 'ØÛÕÙÏ' };
const VNI_CIRCUMFLEX = { lower: 'âàåãáä', upper: 'ÂÀÅÃÁÄ' }; // bare, then toned
const VNI_BREVE = { lower: 'êèúüéë', upper: 'ÊÈÚÜÉË' };
const VNI_I = { lower: 'ìæóíò', upper: 'ÌÆÓÍÒ' };

function buildVni(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (sequence: string, letter: string) => {
    table.set(sequence, letter);
  };
  for (const upper of [false, true]) {
    const cased = (s: string) => (upper ? s.toLocaleUpperCase('vi') : s);
    const tones = upper ? VNI_TONES.upper : VNI_TONES.lower;
    const circumflex = upper ? VNI_CIRCUMFLEX.upper : VNI_CIRCUMFLEX.lower;
    const breve = upper ? VNI_BREVE.upper : VNI_BREVE.lower;
    // a e o u y take the tone bytes directly (ỵ has a letter of its own, below).
    for (const vowel of ['a', 'e', 'o', 'u', 'y']) {
      tonedForms(vowel).forEach((letter, tone) => {
        if (vowel !== 'y' || tone !== 4) add(cased(vowel) + (tones[tone] as string), cased(letter));
      });
    }
    // â ê ô: base + circumflex byte, or base + circumflex-and-tone byte.
    for (const [vowel, base] of [['â', 'a'], ['ê', 'e'], ['ô', 'o']] as const) {
      add(cased(base) + (circumflex[0] as string), cased(vowel));
      tonedForms(vowel).forEach((letter, tone) => add(cased(base) + (circumflex[tone + 1] as string), cased(letter)));
    }
    // ă: a + breve byte, or a + breve-and-tone byte.
    add(cased('a') + (breve[0] as string), cased('ă'));
    tonedForms('ă').forEach((letter, tone) => add(cased('a') + (breve[tone + 1] as string), cased(letter)));
    // ơ ư are letters of their own (ô ö), toned with the tone bytes.
    for (const [vowel, own] of [['ơ', 'ô'], ['ư', 'ö']] as const) {
      add(cased(own), cased(vowel));
      tonedForms(vowel).forEach((letter, tone) => add(cased(own) + (tones[tone] as string), cased(letter)));
    }
    // The toned i, ỵ and đ are single letters.
    tonedForms('i').forEach((letter, tone) => add((upper ? VNI_I.upper : VNI_I.lower)[tone] as string, cased(letter)));
    add(upper ? 'Î' : 'î', cased('ỵ'));
    add(upper ? 'Ñ' : 'ñ', cased('đ'));
  }
  return table;
}

/** VNI sequence (one or two characters) → Unicode letter. */
export const VNI_TO_UNICODE: ReadonlyMap<string, string> = buildVni();

// ---------------------------------------------------------------------------------------------

function invert(table: ReadonlyMap<string, string>): Map<string, string> {
  const inverse = new Map<string, string>();
  for (const [legacy, letter] of table) if (!inverse.has(letter)) inverse.set(letter, legacy);
  return inverse;
}

const UNICODE_TO_TCVN3 = invert(TCVN3_TO_UNICODE);
const UNICODE_TO_VNI = invert(VNI_TO_UNICODE);

/** TCVN3 text → Unicode NFC. `upperCaseFont`: the text was shown in a `…H` font (all capitals). */
export function decodeTcvn3(text: string, options: { upperCaseFont?: boolean } = {}): string {
  let out = '';
  for (const ch of text) out += TCVN3_TO_UNICODE.get(ch) ?? ch;
  out = out.normalize('NFC');
  return options.upperCaseFont ? out.toLocaleUpperCase('vi') : out;
}

/** VNI text → Unicode NFC: the longest sequence first (a letter with its diacritic byte). */
export function decodeVni(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const pair = ch + (chars[i + 1] ?? '');
    const two = chars[i + 1] !== undefined ? VNI_TO_UNICODE.get(pair) : undefined;
    if (two !== undefined) {
      out += two;
      i++;
    } else {
      out += VNI_TO_UNICODE.get(ch) ?? ch;
    }
  }
  return out.normalize('NFC');
}

/** Unicode → TCVN3 (the lowercase table; capitals without a code of their own stay as they are).
 *  For fixtures and for checking that the tables are one-to-one. */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += UNICODE_TO_TCVN3.get(ch) ?? ch;
  return out;
}

/** Unicode → VNI. For fixtures and for checking that the tables are one-to-one. */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += UNICODE_TO_VNI.get(ch) ?? ch;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Detection.

/** What a font name says: `.VnTime` (and `.VnTimeH`, capitals) is TCVN3, `VNI-Times` is VNI. */
export function legacyEncodingOfFont(fontName: string | null | undefined): { encoding: LegacyEncoding; upperCase: boolean } | null {
  const name = (fontName ?? '').trim();
  if (/^\.?vn[a-z]/i.test(name) && !/^vni/i.test(name)) return { encoding: 'tcvn3', upperCase: /H$/.test(name) };
  if (/^vni[-\s_]/i.test(name)) return { encoding: 'vni', upperCase: false };
  return null;
}

/** The Latin-1 letters Vietnamese Unicode text uses as they are. */
const VIETNAMESE_LATIN1 = new Set('ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý');
/** Letters only Unicode Vietnamese text has (ă đ ơ ư, Latin Extended Additional, combining marks). */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u0300-\u036f\u1ea0-\u1ef9]/;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const WORD_BREAK = /[\s,.;:()/\\-]+/;

/** Latin-1 characters no Vietnamese Unicode text has: the trace of a legacy encoding. */
function foreignLatin1(text: string): number {
  let n = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code > 0xa0 && code <= 0xff && !VIETNAMESE_LATIN1.has(ch)) n++;
  }
  return n;
}

/** A decoding is plausible when nothing foreign is left, no word carries two tones, and no
 *  converted letter stands alone (a "×" between numbers is not an "ì"). */
function plausible(original: string, decoded: string): boolean {
  if (foreignLatin1(decoded) > 0) return false;
  const words = decoded.normalize('NFD').split(WORD_BREAK);
  if (words.some((word) => (word.match(TONE_MARKS)?.length ?? 0) > 1)) return false;
  return !original.split(WORD_BREAK).some((word) => word.length === 1 && word.charCodeAt(0) > 0xa0);
}
/** Letters only Unicode has: such text is never converted, whatever its font says. */
export function isUnicodeVietnamese(text: string): boolean {
  return UNICODE_VIETNAMESE.test(text);
}

/** VNI pairs that are also Vietnamese in Unicode ("Hoàng", "hoá", "loã"): no evidence either way. */
const VNI_PAIRS_ALSO_UNICODE = new Set(['oà', 'oá', 'oã', 'Oà', 'Oá', 'Oã', 'OÀ', 'OÁ', 'OÃ']);

/** Number of VNI letter-plus-diacritic pairs no Unicode Vietnamese text has ("eã", "aê"). */
function distinctiveVniPairs(text: string): number {
  const chars = [...text];
  let pairs = 0;
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = (chars[i] as string) + (chars[i + 1] as string);
    if (VNI_TO_UNICODE.has(pair)) {
      if (!VNI_PAIRS_ALSO_UNICODE.has(pair)) pairs++;
      i++;
    }
  }
  return pairs;
}

function decodeAs(text: string, encoding: LegacyEncoding, upperCaseFont = false): string {
  return encoding === 'tcvn3' ? decodeTcvn3(text, { upperCaseFont }) : decodeVni(text);
}

/** Whether the text reads as plausible Vietnamese in the encoding. */
function plausibleAs(text: string, encoding: LegacyEncoding): boolean {
  return !isUnicodeVietnamese(text) && plausible(text, decodeAs(text, encoding));
}

/**
 * The legacy encoding the text itself shows, or null when it is Unicode (or plain ASCII) or when
 * it cannot tell. VNI wins when it reads a letter-plus-diacritic pair Unicode text never has
 * ("eã"): TCVN3 reads nearly every VNI byte as some letter, so TCVN3 alone proves little.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (isUnicodeVietnamese(text)) return null;
  const pairs = distinctiveVniPairs(text);
  if (pairs === 0 && foreignLatin1(text) === 0) return null;
  const tcvn3 = plausibleAs(text, 'tcvn3');
  const vni = plausibleAs(text, 'vni');
  if (vni && (!tcvn3 || pairs > 0)) return 'vni';
  if (tcvn3 && !vni) return 'tcvn3';
  return null;
}

export interface DecodedText {
  text: string;
  /** The encoding converted from, or null when the text was Unicode already. */
  encoding: LegacyEncoding | null;
  /** What told the encoding: the cell's font name, the text itself, or the other cells of the
   *  sheet in the same font (`context`, for text too short to tell on its own). */
  source: 'font' | 'text' | 'context' | null;
}

/**
 * Text of a cell as Unicode NFC: the font name decides first (text that already has Unicode-only
 * letters is left alone whatever the font), then the text itself, then `context`: the encoding
 * the other cells in the same font were found in.
 */
export function decodeLegacyText(text: string, fontName?: string | null, context?: LegacyEncoding | null): DecodedText {
  const font = legacyEncodingOfFont(fontName);
  if (isUnicodeVietnamese(text)) return { text: text.normalize('NFC'), encoding: null, source: null };
  if (font && /[\u00a1-\u00ff]/.test(text)) return { text: decodeAs(text, font.encoding, font.upperCase), encoding: font.encoding, source: 'font' };
  // An uppercase font shows even plain ASCII letters as capitals.
  if (font?.upperCase) return { text: text.toLocaleUpperCase('vi').normalize('NFC'), encoding: null, source: null };
  const detected = detectLegacyEncoding(text);
  if (detected) return { text: decodeAs(text, detected), encoding: detected, source: 'text' };
  if (context && /[\u00a1-\u00ff]/.test(text) && plausibleAs(text, context)) return { text: decodeAs(text, context), encoding: context, source: 'context' };
  return { text: text.normalize('NFC'), encoding: null, source: null };
}
