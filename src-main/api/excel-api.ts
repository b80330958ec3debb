import { exportWorkbookInput, importExcelInput, previewExcelImportInput } from '../../shared/api/excel-inputs';
import { UNDONE_NOTE } from '../../shared/domain';
import { ok } from '../../shared/result';
import type { PaperNotCounted } from '../excel/own-workbook/election-sheets';
import { fileBytes } from '../services/file-bytes';
import { congressFileFromStore, insertCongressFile, sha256Hex } from '../services/congress-file-io';
import { asyncMethod, inTransaction, type ApiContext } from './context';
import { lockImportedElections } from './imported-locks';

/** By election key, the papers undone or voided, whose numbers the workbook lists as such. */
function papersNotCounted(store: ApiContext['store'], congressId: number): Map<string, PaperNotCounted[]> {
  return new Map(
    store.listElections(congressId).map((e) => [
      e.key,
      store.latestBallots(e.id).flatMap((row) => (row.kind === 'void' ? [{ number: row.number, lastNumber: row.lastNumber, undone: row.note === UNDONE_NOTE, reason: row.note }] : [])),
    ]),
  );
}

/** Excel in and out: an old tally sheet or our own workbook read in (preview, then import with the
 *  user's corrections), and the secretariat's workbook written out. The Excel library is loaded
 *  on first use, not when the program starts. */
export function excelApi(ctx: ApiContext) {
  const { store } = ctx;
  return {
    /** What the workbook holds and how it would be imported; nothing is written. */
    previewExcelImport: asyncMethod(previewExcelImportInput, async (input) => {
      const { previewExcelFile } = await import('../excel/import-workbook');
      const previewed = await previewExcelFile(fileBytes(input.data), input.options, input.fileName ?? null);
      return previewed.ok ? ok(previewed.value.preview) : previewed;
    }),

    /** Imports the workbook as a new congress, with the corrections given: all of it or nothing. */
    importExcel: asyncMethod(importExcelInput, async (input) => {
      const bytes = fileBytes(input.data);
      const { importExcelFile } = await import('../excel/import-workbook');
      const imported = await importExcelFile(bytes, input.options, input.fileName ?? null);
      if (!imported.ok) return imported;
      const { file, preview } = imported.value;
      return inTransaction(store, () => {
        const { result: summary, written } = store.recordingWrites(() => insertCongressFile(store, file, { now: ctx.now(), newId: ctx.newId }));
        const sha256 = sha256Hex(bytes);
        ctx.audit('congress.imported_excel', { congressId: summary.congressId, operator: input.operator }, { ...summary, sha256, fileName: input.fileName ?? null, source: preview.source, written });
        lockImportedElections(ctx, summary.congressId, file, input.operator);
        return ok({ ...summary, sha256, preview });
      });
    }),

    /** The congress as the secretariat's workbook: results as live formulas, minutes, A4. */
    exportWorkbook: asyncMethod(exportWorkbookInput, async ({ congressId }) => {
      const congress = ctx.requireCongress(congressId);
      if (!congress.ok) return congress;
      const { workbookFileName, exportCongressWorkbook, XLSX_MIME_TYPE } = await import('../excel/own-workbook/write-workbook');
      const data = await exportCongressWorkbook(congressFileFromStore(store, congressId), { notCounted: papersNotCounted(store, congressId) });
      return data.ok ? ok({ fileName: workbookFileName(congress.value.name), mimeType: XLSX_MIME_TYPE, data: data.value }) : data;
    }),
  };
}
