import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../shared/format/csv';

/** A small RFC 4180 reader (quoted fields, doubled quotes, CRLF between records), to read back. */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\ufeff')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 1;
  while (i < text.length) {
    expect(text[i]).toBe('"');
    let field = '';
    for (i++; ; i++) {
      if (i >= text.length) throw new Error('unterminated quoted field');
      if (text[i] === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (text[i] === '"') break;
      else field += text[i];
    }
    row.push(field);
    i++;
    if (text[i] === ',') i++;
    else {
      expect(text.slice(i, i + 2)).toBe('\r\n');
      rows.push(row);
      row = [];
      i += 2;
    }
  }
  return rows;
}

describe('CSV for Excel', () => {
  it('quotes every field, doubles quotes inside, ends each row with CRLF, starts with a byte-order mark', () => {
    expect(toCsv([['Họ và tên', 'Số phiếu'], ['Nguyễn Văn "Ba"', 35], ['Lê, Thị', null, undefined, 0]])).toBe(
      '\ufeff"Họ và tên","Số phiếu"\r\n"Nguyễn Văn ""Ba""","35"\r\n"Lê, Thị","","","0"\r\n',
    );
  });

  it('an empty table is the byte-order mark and one line end', () => {
    expect(toCsv([])).toBe('\ufeff\r\n');
  });

  it('reads back as the same text for any fields, line breaks and quotes included', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: fc.constantFrom('a', 'ă', ',', '"', '\r', '\n', ' ', '1') }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(readCsv(toCsv(rows))).toEqual(rows);
      }),
    );
  });
});
