/** Files to and from the user's disk, in the browser shell and the Electron window alike. */

/** Saves text as a file the user keeps (the browser's download, Electron's save dialog). */
export function downloadText(fileName: string, text: string, mimeType = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The chosen files' text, exactly as on disk (UTF-8), each with its name. */
export async function readChosenFiles(files: readonly File[]): Promise<{ label: string; content: string }[]> {
  return Promise.all(files.map(async (file) => ({ label: file.name, content: await file.text() })));
}
