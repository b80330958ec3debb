import type { TitledFinalResult } from '../../../shared/congress-file/final';
import { FINAL_RESULT_HEADING, finalResultWords } from '../../../shared/minutes/final';
import { FINAL_SHEET, FINAL_SHEET_NOTE } from './layout';
import { BODY, BOLD, BOX, CENTER, ITALIC, SheetWriter, TITLE, addSheet, printArea, type WorkbookWriter } from './sheet-writer';

const ALIGN = { left: { horizontal: 'left', vertical: 'middle' }, center: CENTER, right: { horizontal: 'right', vertical: 'middle' } } as const;

/**
 * "Kết quả cuối cùng": for each office, all elected across its rounds with the round that elected
 * them, the seats unfilled, and a provisional mark while a round is open; in the words of
 * shared/minutes/final.ts. Values, not formulas: the rounds' own sheets hold the live counts.
 */
export function finalSheet(workbook: WorkbookWriter, finals: readonly TitledFinalResult[]): void {
  const sheet = addSheet(workbook, FINAL_SHEET);
  sheet.columns = [6, 50, 14, 16].map((width) => ({ width, style: { font: BODY } }));
  const w = new SheetWriter(sheet);
  w.text(FINAL_RESULT_HEADING.toLocaleUpperCase('vi'), 4, { font: TITLE, alignment: CENTER }, 24);
  w.text(FINAL_SHEET_NOTE, 4, { font: ITALIC });
  finals.forEach((final, i) => {
    const words = finalResultWords(final, final.title);
    w.skip();
    w.text(`${i + 1}. ${words.title}`, 4, { font: BOLD });
    if (words.provisional) w.text(words.provisional, 4, { font: BOLD });
    for (const sentence of words.sentences) w.text(sentence, 4);
    if (words.rows.length === 0) return;
    w.row(words.columns.map((c) => c.header), { font: BOLD, border: BOX, alignment: CENTER });
    for (const row of words.rows) {
      w.row(
        row.map((cell, col) => (words.columns[col]?.align === 'right' || col === 0 ? Number(cell) : cell)),
        { border: BOX },
        Object.fromEntries(words.columns.map((c, col) => [col + 1, { alignment: ALIGN[c.align] }])),
      );
    }
  });
  printArea(sheet, 4, w.rowNumber - 1);
  sheet.commit();
}
