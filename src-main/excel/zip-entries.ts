import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import { count, EXCEL_LIMITS, ExcelLimitError, megabytes, overLimit } from './limits';

/** The archive cannot be read: its directory, an entry's data or an entry's checksum is wrong. */
export class ZipError extends Error {}

interface ZipEntry {
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  offset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const UNKNOWN_32 = 0xffffffff;
/** Inflated bytes are handed on in pieces of this size. */
const PIECE = 1 << 20;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function uint64(data: DataView, at: number): number {
  return data.getUint32(at, true) + data.getUint32(at + 4, true) * 2 ** 32;
}

/** Where the directory is and how many entries it lists, from the end record (zip64 too). */
function findDirectory(bytes: Uint8Array, data: DataView): { start: number; end: number; count: number } {
  let at = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (data.getUint32(i, true) === END_OF_DIRECTORY) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipError('không thấy mục lục của tệp nén (tệp bị cắt cụt?)');
  let count = data.getUint16(at + 10, true);
  let size = data.getUint32(at + 12, true);
  let start = data.getUint32(at + 16, true);
  let end = at;
  if ((count === 0xffff || size === UNKNOWN_32 || start === UNKNOWN_32) && at >= 20 && data.getUint32(at - 20, true) === ZIP64_LOCATOR) {
    const record = uint64(data, at - 12);
    if (record + 56 > at || data.getUint32(record, true) !== ZIP64_END_OF_DIRECTORY) throw new ZipError('mục lục zip64 sai');
    count = uint64(data, record + 32);
    size = uint64(data, record + 40);
    start = uint64(data, record + 48);
    end = record;
  }
  if (start + size > end) throw new ZipError('mục lục của tệp nén nằm ngoài tệp');
  return { start, end: start + size, count };
}

/** The sizes and offset a zip64 extra field holds in place of those the directory marks unknown. */
function applyZip64(entry: ZipEntry, data: DataView, from: number, to: number): void {
  for (let at = from; at + 4 <= to; ) {
    const id = data.getUint16(at, true);
    const length = data.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + length) throw new ZipError('trường zip64 thiếu');
        const value = uint64(data, field);
        field += 8;
        return value;
      };
      if (entry.size === UNKNOWN_32) entry.size = next();
      if (entry.compressedSize === UNKNOWN_32) entry.compressedSize = next();
      if (entry.offset === UNKNOWN_32) entry.offset = next();
      return;
    }
    at += 4 + length;
  }
}

function partTooBig(path: string, limit: number): ExcelLimitError {
  return overLimit(`Tệp .xlsx, phần "${path}"`, `giải nén ra hơn ${megabytes(limit)}`, `${megabytes(limit)} một phần`);
}

function archiveTooBig(): ExcelLimitError {
  const limit = megabytes(EXCEL_LIMITS.archiveBytes);
  return overLimit('Tệp .xlsx', `giải nén ra hơn ${limit}`, `${limit} cả tệp`);
}

/**
 * A zip archive (an .xlsx) read from its central directory. Entries are inflated with zlib when
 * asked for, and each one is checked against its length and CRC-32 before it is used: a damaged
 * file is refused, never half read. An archive whose directory lists too many entries, or sizes
 * over the limits, is refused before anything is inflated; the bytes inflated are counted as they
 * come, each read of a part anew, and the inflating stops at the limit.
 */
export class ZipEntries {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly data: DataView;
  /** Bytes inflated so far, over every read. */
  private inflated = 0;

  constructor(private readonly bytes: Uint8Array) {
    this.data = view(bytes);
    const { start, end, count: listed } = findDirectory(bytes, this.data);
    if (listed > EXCEL_LIMITS.entries) throw overLimit('Tệp .xlsx', `có ${count(listed)} phần`, `${count(EXCEL_LIMITS.entries)} phần`);
    const names = new TextDecoder('utf-8');
    let declared = 0;
    let at = start;
    for (let i = 0; i < listed; i++) {
      if (at + 46 > end || this.data.getUint32(at, true) !== DIRECTORY_ENTRY) throw new ZipError('mục lục của tệp nén bị hỏng');
      if (this.data.getUint16(at + 8, true) & 1) throw new ZipError('tệp nén có mật khẩu');
      const nameLength = this.data.getUint16(at + 28, true);
      const extraLength = this.data.getUint16(at + 30, true);
      const commentLength = this.data.getUint16(at + 32, true);
      const nameEnd = at + 46 + nameLength;
      if (nameEnd + extraLength + commentLength > end) throw new ZipError('mục lục của tệp nén bị hỏng');
      const entry: ZipEntry = {
        method: this.data.getUint16(at + 10, true),
        crc: this.data.getUint32(at + 16, true),
        compressedSize: this.data.getUint32(at + 20, true),
        size: this.data.getUint32(at + 24, true),
        offset: this.data.getUint32(at + 42, true),
      };
      applyZip64(entry, this.data, nameEnd, nameEnd + extraLength);
      const name = names.decode(bytes.subarray(at + 46, nameEnd));
      if (entry.size > EXCEL_LIMITS.partBytes) throw partTooBig(name, EXCEL_LIMITS.partBytes);
      declared += entry.size;
      if (declared > EXCEL_LIMITS.archiveBytes) throw archiveTooBig();
      this.entries.set(name, entry);
      at = nameEnd + extraLength + commentLength;
    }
  }

  get paths(): string[] {
    return [...this.entries.keys()];
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** The entry's bytes, inflated whole and checked (at most `limit` of them); null when the
   *  archive has no such entry. */
  read(path: string, limit: number = EXCEL_LIMITS.partBytes): Buffer | null {
    const entry = this.entries.get(path);
    if (!entry) return null;
    if (entry.size > limit) throw partTooBig(path, limit);
    const stored = this.storedBytes(path, entry);
    const content = entry.method === STORED ? Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength) : inflate(stored, entry.size, path);
    this.count(content.length);
    if (content.length !== entry.size || crc32(content) !== entry.crc) throw new ZipError(`phần "${path}" sai mã kiểm tra (CRC-32)`);
    return content;
  }

  private count(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > EXCEL_LIMITS.archiveBytes) throw archiveTooBig();
  }

  /** The entry's bytes piece by piece as zlib inflates them (a large sheet is never whole in
   *  memory), checked against its length and CRC-32 when the last piece has come. */
  async *pieces(path: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(path);
    if (!entry) return;
    const stored = this.storedBytes(path, entry);
    if (entry.method === STORED) {
      yield this.read(path) as Buffer;
      return;
    }
    const inflater = createInflateRaw({ chunkSize: PIECE });
    inflater.end(stored);
    let crc = 0;
    let length = 0;
    try {
      for await (const piece of inflater as AsyncIterable<Buffer>) {
        crc = crc32(piece, crc);
        length += piece.length;
        if (length > entry.size) throw new ZipError(`phần "${path}" dài hơn mục lục ghi`);
        this.count(piece.length);
        yield piece;
      }
    } catch (error) {
      throw error instanceof ZipError || error instanceof ExcelLimitError ? error : new ZipError(`phần "${path}" không giải nén được (${(error as Error).message})`);
    } finally {
      inflater.destroy();
    }
    if (length !== entry.size || crc !== entry.crc) throw new ZipError(`phần "${path}" sai mã kiểm tra (CRC-32)`);
  }

  /** The entry's bytes as stored (compressed or not), after its local header. */
  private storedBytes(path: string, entry: ZipEntry): Uint8Array {
    const header = entry.offset;
    if (header + 30 > this.bytes.length || this.data.getUint32(header, true) !== LOCAL_HEADER) throw new ZipError(`phần "${path}" bị hỏng`);
    const start = header + 30 + this.data.getUint16(header + 26, true) + this.data.getUint16(header + 28, true);
    if (start + entry.compressedSize > this.bytes.length) throw new ZipError(`phần "${path}" bị cắt cụt`);
    if (entry.method !== STORED && entry.method !== DEFLATED) throw new ZipError(`phần "${path}" nén theo cách không hỗ trợ (${entry.method})`);
    return this.bytes.subarray(start, start + entry.compressedSize);
  }

  /** The entry as UTF-8 text, read whole (at most `limit` bytes); null when there is none. */
  text(path: string, limit: number): string | null {
    return this.read(path, limit)?.toString('utf8') ?? null;
  }
}

function inflate(stored: Uint8Array, size: number, path: string): Buffer {
  try {
    // One byte more than announced, so that an entry longer than its directory says is caught;
    // output in one piece up to 64 MB (zlib's 16 KB pieces, joined after, take twice as long).
    const limit = Math.max(1, Math.min(size + 1, 2 ** 31 - 1));
    return inflateRawSync(stored, { maxOutputLength: limit, chunkSize: Math.max(64, Math.min(limit, 64 * 2 ** 20)) });
  } catch (error) {
    throw new ZipError(`phần "${path}" không giải nén được (${(error as Error).message})`);
  }
}
