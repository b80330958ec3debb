import { count, EXCEL_LIMITS, megabytes, overLimit } from './limits';
import { bytesAre, decodeEntities, digitsIn, isSpace, TagNames, textCut, type TagName } from './xml-bytes';

/** The XML of a part is not well formed (cut short, tags that do not match). */
export class XmlError extends Error {}

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
/** The bytes fed so far end inside a token: feed more. */
export const MORE = 4;
export type XmlToken = typeof END | typeof OPEN | typeof CLOSE | typeof TEXT | typeof MORE;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const EQUALS = 0x3d;
const AMPERSAND = 0x26;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

/**
 * A pull tokenizer over the bytes of an XML part, fed whole or piece by piece as they are
 * inflated: each `next()` gives an opening tag (its local name, attributes read on demand), a
 * closing tag (a self-closing tag gives both), text, or MORE when the bytes fed end inside a
 * token. What a token's `start`..`end` point at holds until the next call. It makes no string for
 * what the caller does not ask for, which is what makes a sheet of a million cells quick to read.
 * It checks that tags nest and that the part is not cut short; comments, processing instructions
 * and the doctype are skipped, CDATA is text. Text running past the bytes fed is given in pieces
 * (a 300 MB text is never held whole); any other token longer than the limit, or elements nested
 * deeper, refuse the part.
 */
export class XmlScanner {
  /** Local name of the tag just read (OPEN or CLOSE). */
  name = '';
  selfClosing = false;
  /** Bytes of the text just read (TEXT), or of the attribute value `attribute()` found. */
  start = 0;
  end = 0;
  private cdata = false;
  private bytes: Buffer = Buffer.alloc(0);
  /** No more bytes will come after these. */
  private last = false;
  private pos = 0;
  private attributesStart = 0;
  private attributesEnd = 0;
  private attributeCursor = 0;
  private attributeNameStart = 0;
  private attributeNameEnd = 0;
  /** Where the name of the tag being read ends. */
  private nameEnd = 0;
  private pendingClose = false;
  private readonly open: string[] = [];
  private rootSeen = false;
  private readonly names = new TagNames();

  constructor(readonly part: string) {}

  /** A scanner over a whole part. */
  static of(bytes: Buffer, part: string): XmlScanner {
    const scanner = new XmlScanner(part);
    scanner.feed(bytes, true);
    return scanner;
  }

  /** The next piece of the part (`last`: the part ends with it), after what is left unread. */
  feed(chunk: Buffer, last: boolean): void {
    if (this.bytes.length - this.pos > EXCEL_LIMITS.tokenBytes) {
      const limit = megabytes(EXCEL_LIMITS.tokenBytes);
      throw overLimit(this.place, `có một thẻ hoặc một đoạn chữ dài hơn ${limit}`, limit);
    }
    this.bytes = this.pos < this.bytes.length ? Buffer.concat([this.bytes.subarray(this.pos), chunk]) : chunk;
    this.pos = 0;
    this.last = last;
  }

  next(): XmlToken {
    if (this.pendingClose) {
      this.pendingClose = false;
      return CLOSE;
    }
    const bytes = this.bytes;
    const pos = this.pos;
    if (pos >= bytes.length) {
      if (!this.last) return MORE;
      if (this.open.length > 0) throw this.error(`bị cắt cụt (thẻ <${this.open.at(-1)}> chưa đóng)`);
      if (!this.rootSeen) throw this.error('không có nội dung XML');
      return END;
    }
    if (bytes[pos] !== LT) {
      let end = bytes.indexOf(LT, pos);
      if (end < 0) end = this.last ? bytes.length : textCut(bytes, pos);
      if (end <= pos) return MORE;
      this.start = pos;
      this.end = end;
      this.cdata = false;
      this.pos = this.end;
      return TEXT;
    }
    if (pos + 1 >= bytes.length) return this.incomplete();
    const second = bytes[pos + 1];
    if (second === SLASH) return this.closeTag(pos + 2);
    if (second === BANG) return this.declaration(pos);
    if (second === QUESTION) return this.skipTo('?>', pos + 2);
    return this.openTag(pos + 1);
  }

  /** Steps through the attributes of the tag just opened, from the first again after
   *  `firstAttribute()`: `attributeIs()` then tells its name, `start`..`end` are its value. */
  nextAttribute(): boolean {
    const bytes = this.bytes;
    const limit = this.attributesEnd;
    let p = this.attributeCursor;
    while (p < limit && isSpace(bytes[p] as number)) p++;
    if (p >= limit) return false;
    const nameStart = p;
    while (p < limit && bytes[p] !== EQUALS && !isSpace(bytes[p] as number)) p++;
    const nameEnd = p;
    while (p < limit && isSpace(bytes[p] as number)) p++;
    if (p >= limit || bytes[p] !== EQUALS) return false;
    p++;
    while (p < limit && isSpace(bytes[p] as number)) p++;
    const quote = bytes[p];
    if (quote !== QUOTE && quote !== APOSTROPHE) return false;
    const valueEnd = bytes.indexOf(quote, p + 1);
    if (valueEnd < 0 || valueEnd > limit) return false;
    this.attributeNameStart = nameStart;
    this.attributeNameEnd = nameEnd;
    this.start = p + 1;
    this.end = valueEnd;
    this.attributeCursor = valueEnd + 1;
    return true;
  }

  firstAttribute(): void {
    this.attributeCursor = this.attributesStart;
  }

  /** The attribute `nextAttribute()` found is this one. */
  attributeIs(name: string): boolean {
    return bytesAre(this.bytes, this.attributeNameStart, this.attributeNameEnd, name);
  }

  /** One byte of what `start`..`end` point at. */
  byteAt(offset: number): number {
    return this.bytes[offset] as number;
  }

  /** The value of the attribute (or the text) just read is exactly this. */
  valueIs(value: string): boolean {
    return bytesAre(this.bytes, this.start, this.end, value);
  }

  /** Finds an attribute of the tag just opened; its value's bytes are then `start`..`end`. */
  attribute(name: string): boolean {
    this.firstAttribute();
    while (this.nextAttribute()) if (this.attributeIs(name)) return true;
    return false;
  }

  /** The value of an attribute of the tag just opened, entities decoded; null when it has none. */
  attributeText(name: string): string | null {
    return this.attribute(name) ? this.decoded(this.start, this.end, false) : null;
  }

  /** The text just read, or the attribute value just found, entities decoded. */
  text(): string {
    return this.decoded(this.start, this.end, this.cdata);
  }

  /** The text just read as a whole number when it is only digits (the common case, no string
   *  made); NaN otherwise. */
  digits(): number {
    return digitsIn(this.bytes, this.start, this.end);
  }

  error(what: string): XmlError {
    return new XmlError(`phần "${this.part}" ${what}`);
  }

  private get place(): string {
    return `Tệp .xlsx, phần "${this.part}"`;
  }

  private decoded(start: number, end: number, raw: boolean): string {
    const text = this.bytes.toString('utf8', start, end);
    if (raw) return text;
    for (let p = start; p < end; p++) if (this.bytes[p] === AMPERSAND) return decodeEntities(text);
    return text;
  }

  /** The bytes end inside a token: more will come, or the part is cut short. */
  private incomplete(): XmlToken {
    if (!this.last) return MORE;
    throw this.error('bị cắt cụt');
  }

  /** Skips to after `terminator` (a comment's, a processing instruction's) and reads on. */
  private skipTo(terminator: string, from: number): XmlToken {
    const at = this.bytes.indexOf(terminator, from, 'latin1');
    if (at < 0) return this.incomplete();
    this.pos = at + terminator.length;
    return this.next();
  }

  private declaration(pos: number): XmlToken {
    const bytes = this.bytes;
    if (pos + 4 > bytes.length) return this.incomplete();
    if (bytes[pos + 2] === 0x2d && bytes[pos + 3] === 0x2d) return this.skipTo('-->', pos + 4);
    if (pos + 9 > bytes.length) return this.incomplete();
    if (bytes.toString('latin1', pos, pos + 9) === '<![CDATA[') {
      const end = bytes.indexOf(']]>', pos + 9, 'latin1');
      if (end < 0) return this.incomplete();
      this.start = pos + 9;
      this.end = end;
      this.cdata = true;
      this.pos = end + 3;
      return TEXT;
    }
    // <!DOCTYPE …>, with an internal subset in brackets.
    const bracket = bytes.indexOf(0x5b, pos);
    const close = bytes.indexOf(GT, pos);
    if (close < 0) return this.incomplete();
    return bracket >= 0 && bracket < close ? this.skipTo(']>', bracket) : this.skipTo('>', pos);
  }

  private openTag(from: number): XmlToken {
    const bytes = this.bytes;
    const length = bytes.length;
    const tag = this.tagName(from);
    if (tag === null) return this.incomplete();
    // Attributes run to the first '>' outside quotes.
    let p = this.nameEnd;
    const attributesStart = p;
    for (;;) {
      if (p >= length) return this.incomplete();
      const byte = bytes[p] as number;
      if (byte === GT) break;
      if (byte === QUOTE || byte === APOSTROPHE) {
        const close = bytes.indexOf(byte, p + 1);
        if (close < 0) return this.incomplete();
        p = close + 1;
      } else p++;
    }
    this.selfClosing = bytes[p - 1] === SLASH && p - 1 >= attributesStart;
    this.attributesStart = attributesStart;
    this.attributesEnd = this.selfClosing ? p - 1 : p;
    this.pos = p + 1;
    this.name = tag.local;
    if (this.open.length === 0) {
      if (this.rootSeen) throw this.error('có hai phần tử gốc');
      this.rootSeen = true;
    }
    if (this.selfClosing) this.pendingClose = true;
    else if (this.open.push(tag.qualified) > EXCEL_LIMITS.xmlDepth) {
      const limit = `${count(EXCEL_LIMITS.xmlDepth)} tầng`;
      throw overLimit(this.place, `các thẻ lồng nhau sâu hơn ${limit}`, limit);
    }
    return OPEN;
  }

  private closeTag(from: number): XmlToken {
    const tag = this.tagName(from);
    if (tag === null) return this.incomplete();
    let p = this.nameEnd;
    while (p < this.bytes.length && isSpace(this.bytes[p] as number)) p++;
    if (p >= this.bytes.length) return this.incomplete();
    if (this.bytes[p] !== GT) throw this.error(`có thẻ đóng </${tag.qualified}> sai`);
    const expected = this.open.pop();
    if (expected !== tag.qualified) throw this.error(expected === undefined ? `có thẻ đóng </${tag.qualified}> thừa` : `có thẻ <${expected}> đóng bằng </${tag.qualified}>`);
    this.pos = p + 1;
    this.name = tag.local;
    this.selfClosing = false;
    return CLOSE;
  }

  /** The name starting at `from`, the same string each time the same bytes are met; null when
   *  the bytes end before it does. */
  private tagName(from: number): TagName | null {
    const bytes = this.bytes;
    let p = from;
    let hash = 0;
    let colon = -1;
    for (; p < bytes.length; p++) {
      const byte = bytes[p] as number;
      if (byte === GT || byte === SLASH || isSpace(byte)) break;
      if (byte === COLON) colon = p;
      hash = (Math.imul(hash, 31) + byte) | 0;
    }
    if (p >= bytes.length) return null;
    if (p === from) throw this.error('có thẻ không tên');
    this.nameEnd = p;
    return this.names.name(bytes, from, p, colon, hash);
  }
}
