/** Text entering the program is normalized here (ARCHITECTURE.md): Unicode NFC, every kind of
 *  space turned into a plain space, runs of spaces collapsed, ends trimmed. Case is kept. */
const ANY_SPACE = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

export function normalizeText(raw: string): string {
  return raw.normalize('NFC').replace(ANY_SPACE, ' ').trim();
}

/** A person's name as typed or imported: normalized text. */
export function normalizeName(raw: string): string {
  return normalizeText(raw);
}

/** For matching names typed by hand against the list: same letters, any case or spacing. */
export function nameMatchKey(raw: string): string {
  return normalizeText(raw).toLocaleLowerCase('vi');
}
