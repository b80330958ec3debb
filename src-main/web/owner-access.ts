import { randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 bits, base64url: neither the code nor the cookie can be guessed. */
function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant time for secrets of the right length; the length itself is no secret. */
export function sameSecret(given: string | null | undefined, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(secret, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The values of every cookie of this name in a Cookie header; malformed pairs are skipped, never an error. */
export function cookieValues(header: string | undefined, name: string): string[] {
  if (typeof header !== 'string') return [];
  const values: string[] = [];
  for (const pair of header.split(';')) {
    const equals = pair.indexOf('=');
    if (equals !== -1 && pair.slice(0, equals).trim() === name) values.push(pair.slice(equals + 1).trim());
  }
  return values;
}

export interface OwnerAccess {
  /** The one-time code the printed address carries. */
  readonly code: string;
  /** The Set-Cookie value for the owner when `given` is the code, still unused; null otherwise. */
  exchange(given: string | null): string | null;
  /** Whether a request's Cookie header holds the owner's session. */
  admits(cookieHeader: string | undefined): boolean;
}

/**
 * Who may use the browser shell: whoever opens the printed address first. Its one-time code is
 * exchanged for a session cookie that scripts cannot read (HttpOnly) and other sites' requests do
 * not carry (SameSite=Strict). The cookie's name holds the port because browsers share cookies
 * between the ports of one host: two shells side by side keep theirs apart.
 */
export function createOwnerAccess(port: number): OwnerAccess {
  const code = newSecret();
  const cookieName = `kiem-phieu-${port}`;
  let unused = true;
  let session: string | null = null;
  return {
    code,
    exchange(given) {
      if (!unused || !sameSecret(given, code)) return null;
      unused = false;
      session = newSecret();
      return `${cookieName}=${session}; Path=/; HttpOnly; SameSite=Strict`;
    },
    admits(cookieHeader) {
      const current = session;
      return current !== null && cookieValues(cookieHeader, cookieName).some((value) => sameSecret(value, current));
    },
  };
}
