/**
 * The canonical form of a JSON value, the text a package's signature covers: RFC 8785 (JCS) for
 * the values packages hold. Object keys sorted by UTF-16 code units (JavaScript's default sort),
 * no whitespace, strings and numbers as JSON.stringify writes them; keys whose value is undefined
 * are left out, as JSON.stringify does. Only finite numbers are allowed.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`canonicalJson: ${value} is not a JSON number`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
      const object = value as Record<string, unknown>;
      const keys = Object.keys(object)
        .filter((key) => object[key] !== undefined)
        .sort();
      return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`).join(',')}}`;
    }
    default:
      throw new Error(`canonicalJson: a ${typeof value} is not a JSON value`);
  }
}

/** Whether JSON.stringify writes the canonical text: every object's keys in canonical order, only JSON values, at every depth. */
function inCanonicalOrder(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) return value.every(inCanonicalOrder);
      const object = value as Record<string, unknown>;
      const keys = Object.keys(object);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string;
        if (i > 0 && !((keys[i - 1] as string) < key)) return false;
        if (!inCanonicalOrder(object[key])) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/**
 * The canonical JSON of a value JSON.parse returned, or null when it has none (a number too large,
 * read as Infinity). When the keys already come in canonical order, as in a file this program
 * wrote, JSON.stringify writes the same text natively and several times faster than canonicalJson.
 */
export function canonicalJsonOfParsed(value: unknown): string | null {
  if (inCanonicalOrder(value)) return JSON.stringify(value);
  try {
    return canonicalJson(value);
  } catch {
    return null;
  }
}
