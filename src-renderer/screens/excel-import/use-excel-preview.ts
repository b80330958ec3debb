import { useEffect, useState } from 'react';
import type { ExcelImportOptions } from '../../../shared/api/excel-inputs';
import type { ExcelPreview } from '../../../shared/api/excel-preview';
import { invoke } from '../../api/client';

/** The preview of the chosen workbook, read again (a moment after the last change) whenever the corrections change. */
export function useExcelPreview(file: { name: string; data: Uint8Array } | null, options: ExcelImportOptions) {
  const [preview, setPreview] = useState<ExcelPreview | null>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!file) return;
    let cancelled = false;
    setReading(true);
    const timer = setTimeout(async () => {
      const result = await invoke('previewExcelFile', { data: file.data, fileName: file.name, options });
      if (cancelled) return;
      setReading(false);
      if (!result.ok) {
        setError(result.error.message);
        setPreview(null);
      } else {
        setError(null);
        setPreview(result.value);
      }
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [file, options]);

  return { preview, setPreview, reading, error };
}
