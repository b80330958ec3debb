import { expect } from 'vitest';
import type { AuditEventText } from '../../shared/audit/event-text';

/**
 * Issue 18, item 6: an event's sentence and details read as Vietnamese, with names: no JSON, no
 * field name of the payload, no code of the program ("complete", "cap_uy", "NOT_ISSUED", "c02"),
 * no raw instant, no id, nothing unresolved. What a person typed (names, reasons, labels, file
 * names) is taken out first: it is theirs, whatever it says.
 */

/** A payload's strings that are codes of the program, never to be shown as they are. */
const CODE = /^(?:[a-z][a-zA-Z0-9_]*|[A-Z][A-Z0-9_]+|\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))$/;

function stringsOf(value: unknown, keys: Set<string>, strings: Set<string>): void {
  if (typeof value === 'string') strings.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, keys, strings);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      keys.add(key);
      stringsOf(inner, keys, strings);
    }
  }
}

const LEAKS: readonly [RegExp, string][] = [
  [/[{}[\]"\\]/, 'JSON'],
  [/\b(?:null|undefined|true|false|NaN)\b/, 'a value of the program'],
  [/\b[a-z]+_[a-z_]+\b|\b[A-Z]{2,}_[A-Z_]+\b/, 'a code'],
  [/\bc\d{2,}\b|\bphieu-\d+\b/, 'an id'],
  [/\b(?:complete|short|tie|open|locked|paused|agree|disagree|both|none|counted|pending|refused|read|review|legacy|members|delegates|committee|pass[12]|reentered|unlock|restore|tie_break|further)\b/, 'an English word'],
  [/\d{4}-\d{2}-\d{2}T\d{2}/, 'a raw instant'],
  [/\?/, 'a figure missing'],
  [/không còn trong (?:danh sách|hồ sơ)/, 'a name not found'],
];

export function expectReadable(kind: string, said: AuditEventText, payload: unknown): void {
  const keys = new Set<string>();
  const strings = new Set<string>();
  stringsOf(payload, keys, strings);
  const typed = [...strings].filter((s) => !CODE.test(s)).sort((a, b) => b.length - a.length);
  const lines = [said.sentence, ...said.details.map((d) => `${d.label}: ${d.value}`)];
  for (const line of lines) {
    let left = line;
    for (const s of typed) left = left.split(s).join(' ');
    for (const [pattern, what] of LEAKS) expect(pattern.test(left), `${kind}: ${what} in "${line}"`).toBe(false);
    for (const key of keys) if (key.length > 2 && /^[A-Za-z]\w*$/.test(key)) expect(new RegExp(`\\b${key}\\b`).test(left), `${kind}: the field "${key}" in "${line}"`).toBe(false);
  }
  expect(said.sentence, `${kind}: a sentence, capitalised, ending with a full stop`).toMatch(/^\p{Lu}.*\.$/su);
}
