/**
 * Whole numbers in Vietnamese words, as committees write the counts of the minutes:
 * 146 → "một trăm bốn mươi sáu". Northern usage: "nghìn", "linh" (or "lẻ" on request).
 */
const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** Scales of three digits; past "tỷ" the words repeat ("nghìn tỷ"), handled by recursion. */
const SCALES = ['', 'nghìn', 'triệu'] as const;
const BILLION = 1_000_000_000;

export interface NumberWordsOptions {
  /** The word for an empty tens place before a unit: 101 "một trăm linh một" or "một trăm lẻ một". */
  zeroTens?: 'linh' | 'lẻ';
}

function digit(d: number): string {
  return DIGITS[d] as string;
}

/** 0 < n < 1000. `full`: a group after a larger one, read with its hundreds ("không trăm linh năm"). */
function groupWords(n: number, full: boolean, zeroTens: string): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(digit(hundreds), 'trăm');
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push(zeroTens);
  } else if (tens === 1) {
    words.push('mười');
  } else {
    words.push(digit(tens), 'mươi');
  }
  if (units === 0) return words;
  if (units === 1 && tens >= 2) words.push('mốt');
  else if (units === 4 && tens >= 2) words.push('tư');
  else if (units === 5 && tens >= 1) words.push('lăm');
  else words.push(digit(units));
  return words;
}

/** Below one billion; `full` as in groupWords, for the part after "tỷ". */
function belowBillion(n: number, full: boolean, zeroTens: string): string[] {
  const groups = [n % 1000, Math.floor(n / 1000) % 1000, Math.floor(n / 1_000_000)];
  const words: string[] = [];
  for (let scale = 2; scale >= 0; scale--) {
    const group = groups[scale] as number;
    if (group === 0) continue;
    words.push(...groupWords(group, full || words.length > 0, zeroTens));
    if (scale > 0) words.push(SCALES[scale] as string);
  }
  return words;
}

function wordsOf(n: number, full: boolean, zeroTens: string): string[] {
  if (n < BILLION) return belowBillion(n, full, zeroTens);
  const billions = Math.floor(n / BILLION);
  const rest = n % BILLION;
  const words = [...wordsOf(billions, full, zeroTens), 'tỷ'];
  if (rest > 0) words.push(...belowBillion(rest, true, zeroTens));
  return words;
}

export function numberToVietnameseWords(n: number, options: NumberWordsOptions = {}): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`numberToVietnameseWords: cần số nguyên không âm, nhận ${n}`);
  if (n === 0) return DIGITS[0];
  return wordsOf(n, false, options.zeroTens ?? 'linh').join(' ');
}

/** "146 (một trăm bốn mươi sáu)" when words are asked for, else "146". */
export function countText(n: number, inWords: boolean): string {
  return inWords ? `${n} (${numberToVietnameseWords(n)})` : String(n);
}
