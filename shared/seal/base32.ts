/** RFC 4648 base32 (A–Z, 2–7), without padding: the last character is filled with zero bits. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** Groups of four characters joined by hyphens: ABCD-EFGH-…. */
export function groupedByFour(text: string): string {
  return (text.match(/.{1,4}/g) ?? []).join('-');
}
