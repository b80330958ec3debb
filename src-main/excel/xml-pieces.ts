import { XmlError, type XmlScanner } from './xml-scanner';

/**
 * Feeds a part to its scanner piece by piece as it is inflated, `readAvailable` reading the
 * tokens of each piece as it comes. When the XML is not well formed, the rest of the entry is
 * still inflated, so that a damaged archive is told as such; on any other refusal (a limit) the
 * inflating stops there.
 */
export async function scanPieces(chunks: AsyncIterable<Buffer>, xml: XmlScanner, readAvailable: () => void): Promise<void> {
  const iterator = chunks[Symbol.asyncIterator]();
  try {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      xml.feed(next.value, false);
      readAvailable();
    }
    xml.feed(Buffer.alloc(0), true);
    readAvailable();
  } catch (error) {
    if (error instanceof XmlError) while (!(await iterator.next()).done);
    else await iterator.return?.();
    throw error;
  }
}
