import { describe, expect, it } from 'vitest';
import { finalResultsOfFile } from '../../shared/congress-file/final';
import { tallyReport } from '../../shared/tally-report';
import { readOwnWorkbookFile } from '../../src-main/excel/import-workbook';
import { tallyCongressFile } from '../../shared/congress-file/tally';
import { failure, openTestApp, unwrap } from '../helpers/api';
import { layoutA } from '../helpers/excel-layouts';
import { sampleText } from '../helpers/samples';
import { workbookBytes } from '../helpers/workbooks';

describe('the Excel methods of the api', () => {
  it('previews a workbook sent as base64, with what was understood and nothing written', async () => {
    const app = openTestApp();
    const bytes = await workbookBytes([{ name: 'BCH', rows: layoutA() }]);
    const preview = unwrap(await app.api.previewExcelImport({ data: Buffer.from(bytes).toString('base64'), fileName: 'bch.xlsx' }));
    expect(preview).toMatchObject({ fileName: 'bch.xlsx', source: 'legacy', ready: true, errors: 0, questions: [] });
    expect(preview.elections[0]?.candidates).toHaveLength(6);
    expect(unwrap(app.api.listCongresses())).toEqual([]);
  });

  it('imports with the corrections given, in one transaction with its audit event', async () => {
    const app = openTestApp();
    const bytes = await workbookBytes([{ name: 'BCH', rows: layoutA() }]);
    const summary = unwrap(await app.api.importExcel({ data: bytes, fileName: 'bch.xlsx', options: { kind: 'members', elections: { BCH: { title: 'Bầu Ban Chấp hành khóa V' } } }, operator: 'Thư ký' }));
    expect(summary).toMatchObject({ elections: 1, candidates: 6, ballots: 13, teamTotals: 0 });
    const congress = unwrap(app.api.getCongress({ congressId: summary.congressId }));
    expect(congress).toMatchObject({ kind: 'members', summoned: 15 });
    const events = unwrap(app.api.listAudit({}));
    expect(events.map((e) => [e.kind, e.operator])).toEqual([['congress.imported_excel', 'Thư ký']]);
    expect(unwrap(app.api.verifyAudit({})).intact).toBe(true);
  });

  it('refuses a workbook with an error, naming the cell, and writes nothing at all', async () => {
    const app = openTestApp();
    const rows = layoutA();
    (rows[9] as unknown[])[3] = 'xx';
    const error = failure(await app.api.importExcel({ data: await workbookBytes([{ name: 'BCH', rows }]) }));
    expect(error.code).toBe('EXCEL_IMPORT_REJECTED');
    expect(error.message).toMatch(/^Sheet "BCH", ô D10: "xx" không phải là dấu hợp lệ/);
    expect(error.details?.[0]).toEqual({ path: 'Sheet "BCH", ô D10', message: '"xx" không phải là dấu hợp lệ (cần một trong: x, X, 1, /, -, g, v, ✓ hoặc để trống)' });
    expect(unwrap(app.api.listCongresses())).toEqual([]);
    expect(unwrap(app.api.listAudit({}))).toEqual([]);
    expect(failure(await app.api.importExcel({ data: new Uint8Array([1, 2, 3]) })).code).toBe('EXCEL_UNREADABLE');
    expect(failure(await app.api.previewExcelImport({ data: '' } as never)).code).toBe('INVALID_INPUT');
    expect(failure(await app.api.previewExcelImport({ data: 'AAAA', options: { seats: 0 } })).message).toContain('options.seats');
  });

  it('exports a congress as a workbook that reads back to the same results', async () => {
    const app = openTestApp();
    const { congressId } = unwrap(app.api.importCongressFile({ content: sampleText('dai-hoi-mau.json') }));
    const exported = unwrap(await app.api.exportWorkbook({ congressId }));
    expect(exported.fileName).toBe('dai-hoi-dai-bieu-dang-bo-phuong-hoa-an-lan-thu-iii.xlsx');
    expect(exported.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const back = await readOwnWorkbookFile(exported.data);
    if (!back.ok) throw new Error(back.error.message);
    const tallies = tallyCongressFile(back.value);
    expect(tallyReport(tallies, finalResultsOfFile(back.value, tallies))).toEqual(tallyReport(unwrap(app.api.tallyCongress({ congressId })), unwrap(app.api.finalResults({ congressId }))));
    expect(failure(await app.api.exportWorkbook({ congressId: 99 })).code).toBe('NOT_FOUND');
  });
});
