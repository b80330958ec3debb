/** CSV as RFC 4180 writes it (every field quoted, CRLF), with a byte-order mark so that Excel reads UTF-8. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const line = (row: readonly (string | number | null | undefined)[]) => row.map((value) => `"${String(value ?? '').replace(/"/g, '""')}"`).join(',');
  return `\ufeff${rows.map(line).join('\r\n')}\r\n`;
}
