/** A text cell a spreadsheet would take for a formula ("=", "+", "-", "@", a tab or a carriage return first). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * CSV as RFC 4180 writes it (every field quoted, CRLF), with a byte-order mark so that Excel reads
 * UTF-8. A text cell that a spreadsheet would run as a formula is written with an apostrophe first
 * (OWASP's CSV injection advice), so that it shows as the text it is; numbers are written as they are.
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const cell = (value: string | number | null | undefined) => {
    const text = typeof value === 'number' ? String(value) : (value ?? '');
    const safe = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
    return `"${safe.replace(/"/g, '""')}"`;
  };
  const line = (row: readonly (string | number | null | undefined)[]) => row.map(cell).join(',');
  return `\ufeff${rows.map(line).join('\r\n')}\r\n`;
}
