import { readBlock, type Block } from './blocks';
import { columnNumber, type SheetGrid } from './grid';
import { findNameLines, type NameLine } from './name-lines';
import { sheetView, type SheetView } from './view';

/** Where the user said a sheet's header is: a row, or a column for the transposed forms. */
export interface HeaderChoice {
  row?: number;
  column?: string;
}

/** The view a sheet is read in, and the header lines found in it. */
function chooseView(sheet: SheetGrid, header: HeaderChoice | undefined): { view: SheetView; lines: NameLine[] } {
  if (header?.row !== undefined) {
    const view = sheetView(sheet, false);
    return { view, lines: findNameLines(view, header.row) };
  }
  if (header?.column !== undefined) {
    const view = sheetView(sheet, true);
    return { view, lines: findNameLines(view, columnNumber(header.column)) };
  }
  const rows = sheetView(sheet, false);
  const columns = sheetView(sheet, true);
  const byRows = findNameLines(rows, null);
  const byColumns = findNameLines(columns, null);
  const names = (lines: NameLine[]) => lines.reduce((n, l) => n + l.names.length, 0);
  return names(byColumns) > names(byRows) ? { view: columns, lines: byColumns } : { view: rows, lines: byRows };
}

/**
 * The tables of a sheet: each header naming candidates starts one, and runs until the next. Two
 * tables on one sheet (two elections, one under the other) are read apart, the title lines
 * between them going to the table below.
 */
export function readTables(sheet: SheetGrid, options: { header?: HeaderChoice; skip: ReadonlySet<string> }): Block[] {
  const { view, lines: found } = chooseView(sheet, options.header);
  // A second header line right under the first is part of the same header.
  const lines = found.filter((line, i) => i === 0 || line.line > (found[i - 1] as NameLine).line + 1);
  const blocks: Block[] = [];
  let firstLine = 1;
  lines.forEach((nameLine, i) => {
    const next = lines[i + 1];
    const key = i === 0 ? sheet.name : `${sheet.name}#${i + 1}`;
    const lastLine = next ? next.line - 1 : view.lineCount;
    let block = readBlock({ sheet: sheet.name, key, view, nameLine, firstLine, lastLine, skip: options.skip });
    if (next) {
      // Read again up to the last line of data, so that the next table's titles are its own.
      const lastData = block.lastDataLine;
      block = readBlock({ sheet: sheet.name, key, view, nameLine, firstLine, lastLine: lastData, skip: options.skip });
      firstLine = lastData + 1;
    }
    blocks.push(block);
  });
  return blocks;
}
