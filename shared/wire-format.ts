/**
 * JSON with bytes, for the browser shell's HTTP transport: files the api produces (workbooks,
 * PDFs) travel as `{ "$bytes": base64 }`. Uses only btoa/atob, present in browsers and Node.
 */
function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function toWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { $bytes: bytesToBase64(v) } : v));
}

export function fromWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => (v !== null && typeof v === 'object' && typeof (v as { $bytes?: unknown }).$bytes === 'string' ? base64ToBytes((v as { $bytes: string }).$bytes) : v));
}
