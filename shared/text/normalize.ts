/** Text entering the program is normalized here (ARCHITECTURE.md): invisible characters and
 *  direction controls removed, Unicode NFC, every kind of space turned into a plain space, runs of
 *  spaces collapsed, ends trimmed. Case is kept. */
const ANY_SPACE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/**
 * Characters that show nothing (or only turn the text's direction) and so make two names that
 * look the same differ: soft hyphen, zero-width space and joiners, direction marks, embeddings,
 * overrides and isolates, word joiners, variation selectors, the byte-order mark.
 */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]/g;

/** Control characters (C0 but the spaces, DEL, C1), U+0000 among them: no text of a congress holds one. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** Halves of a surrogate pair standing alone: not a character, and written as U+FFFD by every file and database. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function normalizeText(raw: string): string {
  return raw.replace(LONE_SURROGATE, '').replace(CONTROL, '').replace(INVISIBLE, '').normalize('NFC').replace(ANY_SPACE, ' ').trim();
}

/** A file name as typed: halves of surrogate pairs removed (no file system stores one: it would be another name). */
export function withoutLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE, '');
}

/** An identifier in a file (a candidate's, a ballot's) is never cleaned, it must match exactly: one holding these is refused. */
export function isCleanIdentifier(id: string): boolean {
  return !/[\u0000-\u001f\u007f-\u009f]/.test(id) && !new RegExp(LONE_SURROGATE.source).test(id);
}

/** A person's name as typed or imported: normalized text. */
export function normalizeName(raw: string): string {
  return normalizeText(raw);
}

/** For matching names typed by hand against the list: same letters, any case or spacing. */
export function nameMatchKey(raw: string): string {
  return normalizeText(raw).toLocaleLowerCase('vi');
}
