/** A file produced by the api (a PDF, a workbook, a congress file), saved by the browser or Electron's save dialog. */
export interface ProducedFile {
  fileName: string;
  mimeType: string;
  data: Uint8Array;
}

export function fileUrl(file: ProducedFile): string {
  return URL.createObjectURL(new Blob([file.data as BlobPart], { type: file.mimeType }));
}

export function downloadFile(file: ProducedFile): void {
  const url = fileUrl(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
