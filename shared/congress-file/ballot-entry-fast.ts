import { INVALID_REASONS, MARKS } from '../domain';
import { MAX_SUMMONED } from '../limits';
import { isCleanIdentifier, normalizeText } from '../text/normalize';
import { ballotEntrySchema, type BallotEntry } from './schema';

/**
 * The common ballot entries read without zod: a file holds up to a million of them, and zod's
 * general machinery costs several times the parsing of the JSON itself. This accepts only
 * entries that `ballotEntrySchema` accepts, and gives exactly what it gives (a property test
 * holds it to that); anything else (a wrong type, a long text, an unusual key) answers null and
 * the entry goes through `ballotEntrySchema`, which names what is wrong.
 */

const IDENTIFIER = /^\S(.*\S)?$/;
const MARK_SET: ReadonlySet<unknown> = new Set(MARKS);
const REASON_SET: ReadonlySet<unknown> = new Set(INVALID_REASONS);
const KNOWN_KEYS: ReadonlySet<string> = new Set(Object.keys(ballotEntrySchema.shape));

/**
 * Remembers what was already checked or normalized: the same names and teams come back on every
 * ballot. Names are given back as one string object per name (the candidates' own ids, when
 * seeded with them), so that the lookups that follow compare them at once.
 */
export class EntryReader {
  private readonly identifiers = new Map<string, string>();
  private readonly texts = new Map<string, string>();

  /** Identifiers known to be well formed (the candidates' ids, already read by the schema). */
  seed(ids: Iterable<string>): void {
    for (const id of ids) this.identifiers.set(id, id);
  }

  private isIdentifier(value: unknown): value is string {
    return typeof value === 'string' && value.length > 0 && value.length <= 100 && IDENTIFIER.test(value) && isCleanIdentifier(value);
  }

  /** The remembered instance of a well-formed identifier, or null. */
  private identifier(value: unknown): string | null {
    if (typeof value !== 'string') return null;
    const known = this.identifiers.get(value);
    if (known !== undefined) return known;
    if (!this.isIdentifier(value)) return null;
    if (this.identifiers.size < 100_000) this.identifiers.set(value, value);
    return value;
  }

  /** Normalized text within `max` characters, or null when it does not qualify. */
  private text(value: unknown, max: number, required: boolean): string | null {
    if (typeof value !== 'string' || value.length > max) return null;
    let normalized = this.texts.get(value);
    if (normalized === undefined) {
      normalized = normalizeText(value);
      if (this.texts.size < 100_000) this.texts.set(value, normalized);
    }
    return (required && normalized === '') || normalized.length > max ? null : normalized;
  }

  private ids(value: unknown): string[] | null {
    if (!Array.isArray(value)) return null;
    const out = new Array<string>(value.length);
    for (let i = 0; i < value.length; i++) {
      const id = this.identifier(value[i]);
      if (id === null) return null;
      out[i] = id;
    }
    return out;
  }

  private marks(value: unknown): Record<string, (typeof MARKS)[number]> | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return null;
    const out: Record<string, (typeof MARKS)[number]> = {};
    for (const key of Object.keys(value)) {
      const mark = (value as Record<string, unknown>)[key];
      const id = key === '__proto__' ? null : this.identifier(key);
      if (id === null || !MARK_SET.has(mark)) return null;
      out[id] = mark as (typeof MARKS)[number];
    }
    return out;
  }

  /** The entry as `ballotEntrySchema` would give it, or null to let the schema decide. */
  read(raw: unknown): BallotEntry | null {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
    const entry = raw as Record<string, unknown>;
    for (const key in entry) if (!KNOWN_KEYS.has(key) || entry[key] === undefined) return null;
    const result = {} as BallotEntry;
    if (entry.id !== undefined) {
      if (!this.isIdentifier(entry.id)) return null;
      result.id = entry.id;
    }
    if (entry.number !== undefined) {
      if (typeof entry.number !== 'number' || !Number.isSafeInteger(entry.number) || entry.number < 1) return null;
      result.number = entry.number;
    }
    if (entry.team !== undefined) {
      const team = this.text(entry.team, 500, true);
      if (team === null) return null;
      result.team = team;
    }
    if (entry.count !== undefined && (typeof entry.count !== 'number' || !Number.isSafeInteger(entry.count) || entry.count < 1 || entry.count > MAX_SUMMONED)) return null;
    result.count = (entry.count as number | undefined) ?? 1;
    for (const key of ['kept', 'struck'] as const) {
      if (entry[key] === undefined) continue;
      const ids = this.ids(entry[key]);
      if (ids === null) return null;
      result[key] = ids;
    }
    if (entry.marks !== undefined) {
      const marks = this.marks(entry.marks);
      if (marks === null) return null;
      result.marks = marks;
    }
    if (entry.invalid !== undefined) {
      if (!REASON_SET.has(entry.invalid)) return null;
      result.invalid = entry.invalid as BallotEntry['invalid'];
    }
    for (const key of ['note', 'operator'] as const) {
      if (entry[key] === undefined) continue;
      const text = this.text(entry[key], 2000, false);
      if (text === null) return null;
      result[key] = text;
    }
    if (entry.at !== undefined) {
      if (typeof entry.at !== 'string') return null;
      result.at = entry.at;
    }
    return result;
  }
}
