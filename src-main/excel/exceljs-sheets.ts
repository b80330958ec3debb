import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

/**
 * exceljs's streaming reader, fed part by part from the archive jszip has already opened and
 * checked, instead of from the zip itself. Its own unzip needs the workbook, shared strings and
 * styles stored before the sheets (writers differ: exceljs's own streaming writer stores them
 * after, and the reader then names sheets "Sheet1" and may drop one), and it decodes each chunk of
 * UTF-8 on its own, breaking a Vietnamese letter cut by a chunk boundary. Here every part arrives
 * as whole text or as text decoded across chunks, in the order the reader needs.
 *
 * Uses the reader's part parsers (exceljs 4.4: `_parseWorkbook`, `_parseStyles`,
 * `_parseSharedStrings`, `_parseWorksheet`); the tests read every layout through them.
 */
interface ReaderParts {
  options: Record<string, unknown>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<string>, sheetNo: string): Generator<{ eventType: string; value: unknown }>;
}

export interface WorkbookParts {
  workbookXml: string;
  stylesXml: string | null;
  sharedStringsXml: string | null;
}

export type RowReader = AsyncIterable<ExcelJS.Row>;

/** The workbook-level parts parsed; then `sheet(chunks)` reads one sheet's rows. */
export async function exceljsReader(parts: WorkbookParts): Promise<{ sheet(chunks: AsyncIterable<string>, sheetNo: number): RowReader }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', hyperlinks: 'ignore', entries: 'ignore' }) as unknown as ReaderParts;
  const text = (xml: string) => Readable.from([xml]);
  await reader._parseWorkbook(text(parts.workbookXml));
  if (parts.stylesXml !== null) await reader._parseStyles(text(parts.stylesXml));
  for await (const _ of reader._parseSharedStrings(text(parts.sharedStringsXml ?? '<sst/>'))) {
    // the shared strings are cached on the reader
  }
  return {
    sheet(chunks, sheetNo) {
      for (const event of reader._parseWorksheet(chunks, String(sheetNo))) {
        if (event.eventType === 'worksheet') return event.value as RowReader;
      }
      throw new Error('exceljs did not open the sheet');
    },
  };
}
