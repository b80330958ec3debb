/**
 * A name that came from outside (a scanned image's file name) as it may be printed: on a line of
 * the command line, in a list on screen, in the annex of the minutes. Control characters (a new
 * line, a carriage return, an escape sequence that moves the cursor or clears the line) and the
 * characters that turn the direction of the text are written as escapes (`\n`, `\x1b`, `\u202e`),
 * so that a file name can never print a line of its own or hide part of one.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(ch: string): string {
  const short = SHORT[ch];
  if (short) return short;
  const code = ch.codePointAt(0) as number;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

export function printableName(name: string): string {
  return name.replace(UNPRINTABLE, escapeOne);
}

/**
 * The same for a line of the command line that starts with the name ("phieu-01.png: ĐỌC ĐƯỢC —
 * …"): a name that could be read as part of the line's words (it holds a colon, a dash of the
 * line, a quotation mark, a character escaped, or spaces at its ends) is put in quotation marks.
 */
export function quotedName(name: string): string {
  const printable = printableName(name);
  const plain = printable === name && !/[:"—]|^\s|\s$/u.test(name);
  return plain ? name : `"${printable.replace(/"/g, '\\"')}"`;
}
