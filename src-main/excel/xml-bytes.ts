const ENTITY = /&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi;

/** XML text with its entities (`&amp;`, `&#7841;`) replaced by the characters they stand for. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'amp') return '&';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

export function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** The bytes `start`..`end` are the (ASCII) characters of `text`. */
export function bytesAre(bytes: Buffer, start: number, end: number, text: string): boolean {
  if (end - start !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[start + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** The bytes `start`..`end` as a whole number when they are only digits (15 at most); NaN otherwise. */
export function digitsIn(bytes: Buffer, start: number, end: number): number {
  if (end === start || end - start > 15) return NaN;
  let n = 0;
  for (let p = start; p < end; p++) {
    const digit = (bytes[p] as number) - 0x30;
    if (digit < 0 || digit > 9) return NaN;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * Where text running past the bytes fed may be cut: not inside an entity (an `&` with no `;` after
 * it) nor inside a character (a UTF-8 sequence not yet complete). `from` when it cannot be cut.
 */
export function textCut(bytes: Buffer, from: number): number {
  let cut = bytes.length;
  const ampersand = bytes.lastIndexOf(0x26);
  if (ampersand >= from && bytes.indexOf(0x3b, ampersand) < 0) cut = ampersand;
  let lead = cut - 1;
  while (lead > from && ((bytes[lead] as number) & 0xc0) === 0x80) lead--;
  if (lead < from) return cut;
  const byte = bytes[lead] as number;
  const length = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
  return lead + length > cut ? lead : cut;
}

/** A tag name, and its local part (after the namespace prefix). */
export interface TagName {
  qualified: string;
  local: string;
}

/** Names kept by `TagNames`: a part uses a few dozen; one that makes up millions must not fill
 *  the memory with them. */
const KEPT_NAMES = 4096;

/** Tag names met in a part, by a hash of their bytes: the same bytes give the same strings, and
 *  no new string is made for the millionth `<c>`. */
export class TagNames {
  private readonly names = new Map<number, TagName>();

  name(bytes: Buffer, start: number, end: number, colon: number, hash: number): TagName {
    const known = this.names.get(hash);
    if (known && bytesAre(bytes, start, end, known.qualified)) return known;
    const qualified = bytes.toString('utf8', start, end);
    const name = { qualified, local: colon < 0 ? qualified : bytes.toString('utf8', colon + 1, end) };
    if (!known && this.names.size < KEPT_NAMES) this.names.set(hash, name);
    return name;
  }
}
