/** A file sent to the api: as bytes (Electron), or as base64 text (over HTTP). */
export function fileBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'base64')) : data;
}
