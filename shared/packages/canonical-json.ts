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
