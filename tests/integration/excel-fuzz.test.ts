import { describe, expect, it } from 'vitest';
import type { ExcelImportOptions } from '../../shared/api/excel-inputs';
import { readCongressFile } from '../../shared/congress-file/read';
import { tallyCongressFile } from '../../shared/congress-file/tally';
import { importExcelFile } from '../../src-main/excel/import-workbook';
import { openTestApp, unwrap } from '../helpers/api';
import { fuzzBases, mutate } from '../helpers/excel-mutations';
import { withinHangBound } from '../helpers/hang-bound';
import { seededRandom } from '../helpers/random';

/** The time each case takes is measured by `npm run bench`; here only a hang is bounded. */
const RUNS = 1200;
const HANG_SECONDS = 120;
const KNOWN_CODES = new Set(['EXCEL_UNREADABLE', 'EXCEL_IMPORT_REJECTED', 'EXCEL_NEEDS_ANSWERS', 'EXCEL_UNKNOWN_SHEET']);

describe('fuzzing the importer with damaged workbooks', () => {
  it(`${RUNS} mutated files: each a checked import or a clear refusal, never a crash or a hang`, async () => {
    const random = seededRandom(20250620);
    const originals = await fuzzBases();
    const outcomes = { imported: 0, refused: new Map<string, number>() };
    for (let run = 0; run < RUNS; run++) {
      const base = originals[run % originals.length] as (typeof originals)[number];
      const bytes = await mutate(base.bytes, random);
      const options: ExcelImportOptions = random() < 0.5 ? base.options : {};
      const result = await withinHangBound(importExcelFile(bytes, options, 'fuzz.xlsx'), HANG_SECONDS, `run ${run} (${base.name})`);
      if (result.ok) {
        // What is imported is a whole, valid congress file that counts.
        const again = readCongressFile(JSON.parse(JSON.stringify(result.value.file)));
        expect(again.ok, `run ${run}: imported an invalid file`).toBe(true);
        expect(() => tallyCongressFile(result.value.file)).not.toThrow();
        outcomes.imported++;
      } else {
        expect(KNOWN_CODES.has(result.error.code), `run ${run}: unexpected code ${result.error.code}`).toBe(true);
        expect(result.error.message.length).toBeGreaterThan(10);
        for (const detail of result.error.details ?? []) expect(detail.path === '' || /^(Sheet "|Bảng tính|--)/.test(detail.path), detail.path).toBe(true);
        outcomes.refused.set(result.error.code, (outcomes.refused.get(result.error.code) ?? 0) + 1);
      }
    }
    // The mutations reach every kind of ending.
    expect(outcomes.imported).toBeGreaterThan(RUNS / 10);
    expect([...outcomes.refused.keys()].sort()).toEqual(['EXCEL_IMPORT_REJECTED', 'EXCEL_NEEDS_ANSWERS', 'EXCEL_UNREADABLE']);
  }, 900_000);

  it('a refused import through the api writes nothing; an accepted one writes one whole congress', async () => {
    const random = seededRandom(7);
    const [layout] = await fuzzBases();
    for (let run = 0; run < 40; run++) {
      const app = openTestApp();
      const bytes = await mutate((layout as { bytes: Uint8Array }).bytes, random);
      const result = await app.api.importExcel({ data: bytes });
      const congresses = unwrap(app.api.listCongresses());
      const events = unwrap(app.api.listAudit({}));
      if (result.ok) {
        expect(congresses).toHaveLength(1);
        expect(events.map((e) => e.kind)).toEqual(['congress.imported_excel']);
        expect(unwrap(app.api.tallyCongress({ congressId: result.value.congressId })).length).toBe(result.value.elections);
      } else {
        expect(congresses).toEqual([]);
        expect(events).toEqual([]);
      }
    }
  }, 600_000);
});
