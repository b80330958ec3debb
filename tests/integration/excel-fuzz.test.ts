import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ExcelImportOptions } from '../../shared/api/excel-inputs';
import { readCongressFile } from '../../shared/congress-file/read';
import { tallyCongressFile } from '../../shared/congress-file/tally';
import { encodeTcvn3 } from '../../shared/text/legacy-encodings';
import { importExcelFile } from '../../src-main/excel/import-workbook';
import { writeCongressWorkbook } from '../../src-main/excel/own-workbook/write-workbook';
import { openTestApp, unwrap } from '../helpers/api';
import { layoutA } from '../helpers/excel-layouts';
import { seededRandom, randomInt } from '../helpers/random';
import { SAMPLES_DIR, sampleText } from '../helpers/samples';
import { workbookBytes } from '../helpers/workbooks';

const RUNS = 1200;
const LIMIT_MS = 5000;
const KNOWN_CODES = new Set(['EXCEL_UNREADABLE', 'EXCEL_IMPORT_REJECTED', 'EXCEL_NEEDS_ANSWERS', 'EXCEL_UNKNOWN_SHEET']);

const JUNK = ['xx', '', ' ', '-1', '1e309', 'NaN', '#REF!', '=1/0', 'Tổ', 'Tổ 99', 'STT', 'Họ và tên', 'KHL', 'ghi thêm tên', 'Số lượng cần bầu: 0', 'Số lượng cần bầu: 2', 'Đánh dấu x vào tên được bầu', encodeTcvn3('nguyễn văn an'), 'Nguyeãn Vaên An', 'x'.repeat(3000), '<>&"\'', '\u202e\u0000'.slice(0, 1), '12a', '3.5', '99999999999'];

const CELL_REPLACEMENTS: ((ref: string, random: () => number) => string)[] = [
  (r) => `<c r="${r}" t="s"><v>999999</v></c>`,
  (r) => `<c r="${r}" t="n"><v>abc</v></c>`,
  (r, random) => `<c r="${r}" t="inlineStr"><is><t>${escapeXml(JUNK[randomInt(random, 0, JUNK.length - 1)] as string)}</t></is></c>`,
  (r) => `<c r="${r}" t="b"><v>1</v></c>`,
  (r) => `<c r="${r}" t="e"><v>#DIV/0!</v></c>`,
  (r) => `<c r="${r}"><f>SUM(A1:A2)</f></c>`,
  (r, random) => `<c r="${r}"><v>${randomInt(random, -5, 100000)}</v></c>`,
  (r) => `<c r="${r}" t="str"><f>"x"</f><v>x</v></c>`,
  () => '',
  () => '<c r="XFD1048576"><v>1</v></c>',
  (r) => `<c r="${r}" s="9999"><v>1</v></c>`,
];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[randomInt(random, 0, items.length - 1)] as T;
}

/** One change to the XML of a sheet or of the shared strings: a cell replaced or deleted, a row
 *  deleted, a merge made nonsense, a string replaced by junk, the XML cut short. */
function mutateXml(xml: string, random: () => number): string {
  const choice = randomInt(random, 0, 9);
  if (choice <= 4) {
    const cells = [...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>.*?<\/c>)/g)];
    const cell = cells.length > 0 ? pick(random, cells) : undefined;
    if (!cell) return xml;
    const replacement = pick(random, CELL_REPLACEMENTS)(cell[1] as string, random);
    return xml.slice(0, cell.index) + replacement + xml.slice((cell.index ?? 0) + cell[0].length);
  }
  if (choice === 5) {
    const rows = [...xml.matchAll(/<row [^>]*>.*?<\/row>/g)];
    const row = rows.length > 0 ? pick(random, rows) : undefined;
    return row ? xml.slice(0, row.index) + xml.slice((row.index ?? 0) + row[0].length) : xml;
  }
  if (choice === 6) return xml.replace(/<mergeCell ref="[^"]*"/, '<mergeCell ref="Z9:A1"').replace(/<mergeCells count="\d+">/, '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/>');
  if (choice === 7) {
    const strings = [...xml.matchAll(/<t(?: [^>]*)?>[^<]*<\/t>/g)];
    const string = strings.length > 0 ? pick(random, strings) : undefined;
    return string ? xml.slice(0, string.index) + `<t>${escapeXml(pick(random, JUNK))}</t>` + xml.slice((string.index ?? 0) + string[0].length) : xml;
  }
  if (choice === 8) return xml.slice(0, randomInt(random, 0, xml.length));
  return xml.replace(/<sheetData>/, `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${escapeXml(pick(random, JUNK))}</t></is></c></row>`);
}

/** The bytes themselves: cut short, bytes flipped, junk in front, nothing at all. */
function mutateBytes(bytes: Uint8Array, random: () => number): Uint8Array {
  const choice = randomInt(random, 0, 4);
  if (choice === 0) return bytes.slice(0, randomInt(random, 0, bytes.length - 1));
  if (choice === 1) {
    const copy = bytes.slice();
    for (let i = 0; i < randomInt(random, 1, 8); i++) copy[randomInt(random, 0, copy.length - 1)] = randomInt(random, 0, 255);
    return copy;
  }
  if (choice === 2) return new Uint8Array([...new TextEncoder().encode('junk'), ...bytes]);
  if (choice === 3) return new Uint8Array(0);
  return new TextEncoder().encode('STT;Họ và tên\n1;x\n');
}

async function mutate(base: Uint8Array, random: () => number): Promise<Uint8Array> {
  if (random() < 0.2) return mutateBytes(base, random);
  const zip = await JSZip.loadAsync(base);
  const parts = Object.keys(zip.files).filter((p) => /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(p));
  for (let i = 0; i < randomInt(random, 1, 3); i++) {
    const path = pick(random, parts);
    const xml = (await zip.file(path)?.async('string')) ?? '';
    zip.file(path, mutateXml(xml, random));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

async function bases(): Promise<{ name: string; bytes: Uint8Array; options: ExcelImportOptions }[]> {
  const congress = readCongressFile(sampleText('dai-hoi-mau.json'));
  if (!congress.ok) throw new Error(congress.error.message);
  return [
    { name: 'layout A', bytes: await workbookBytes([{ name: 'BCH', rows: layoutA() }]), options: {} },
    { name: 'sample A', bytes: new Uint8Array(readFileSync(join(SAMPLES_DIR, 'bang-kiem-phieu-bch.xlsx'))), options: { summoned: 43 } },
    { name: 'sample B', bytes: new Uint8Array(readFileSync(join(SAMPLES_DIR, 'tong-hop-theo-to.xlsx'))), options: { summoned: 130, seats: 9 } },
    { name: 'own workbook', bytes: await writeCongressWorkbook(congress.value), options: {} },
  ];
}

describe('fuzzing the importer with damaged workbooks', () => {
  it(`${RUNS} mutated files: each a checked import or a clear refusal, within ${LIMIT_MS / 1000} s, never a crash`, async () => {
    const random = seededRandom(20250620);
    const originals = await bases();
    const outcomes = { imported: 0, refused: new Map<string, number>() };
    let slowest = 0;
    for (let run = 0; run < RUNS; run++) {
      const base = originals[run % originals.length] as (typeof originals)[number];
      const bytes = await mutate(base.bytes, random);
      const options: ExcelImportOptions = random() < 0.5 ? base.options : {};
      const start = performance.now();
      const result = await importExcelFile(bytes, options, 'fuzz.xlsx');
      const elapsed = performance.now() - start;
      slowest = Math.max(slowest, elapsed);
      expect(elapsed, `run ${run} (${base.name}) took ${elapsed} ms`).toBeLessThan(LIMIT_MS);
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
    expect(slowest).toBeLessThan(LIMIT_MS);
  }, 120_000);

  it('a refused import through the api writes nothing; an accepted one writes one whole congress', async () => {
    const random = seededRandom(7);
    const [layout] = await bases();
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
  }, 60_000);
});
