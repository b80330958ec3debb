import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { ExcelImportOptions } from '../../shared/api/excel-inputs';
import { readCongressFile } from '../../shared/congress-file/read';
import { encodeTcvn3 } from '../../shared/text/legacy-encodings';
import { writeCongressWorkbook } from '../../src-main/excel/own-workbook/write-workbook';
import { layoutA } from './excel-layouts';
import { randomInt } from './random';
import { SAMPLES_DIR, sampleText } from './samples';
import { workbookBytes } from './workbooks';

/** Damaged workbooks for the fuzz test and its bench: cells, rows, merges, strings, XML and bytes. */
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

export async function mutate(base: Uint8Array, random: () => number): Promise<Uint8Array> {
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

export async function fuzzBases(): Promise<{ name: string; bytes: Uint8Array; options: ExcelImportOptions }[]> {
  const congress = readCongressFile(sampleText('dai-hoi-mau.json'));
  if (!congress.ok) throw new Error(congress.error.message);
  return [
    { name: 'layout A', bytes: await workbookBytes([{ name: 'BCH', rows: layoutA() }]), options: {} },
    { name: 'sample A', bytes: new Uint8Array(readFileSync(join(SAMPLES_DIR, 'bang-kiem-phieu-bch.xlsx'))), options: { summoned: 43 } },
    { name: 'sample B', bytes: new Uint8Array(readFileSync(join(SAMPLES_DIR, 'tong-hop-theo-to.xlsx'))), options: { summoned: 130, seats: 9 } },
    { name: 'own workbook', bytes: await writeCongressWorkbook(congress.value), options: {} },
  ];
}

