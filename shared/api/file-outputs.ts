import type { ExcelPreview } from './excel-preview';

/** Files the api makes (to save, print or preview) and what importing one did. */

/** A printed paper, ready for the preview, the printer or a file. */
export interface PdfFile {
  fileName: string;
  mimeType: 'application/pdf';
  data: Uint8Array;
}

export interface WorkbookFile {
  fileName: string;
  mimeType: string;
  data: Uint8Array;
}

export interface TextFile {
  fileName: string;
  mimeType: string;
  text: string;
}

/** The congress as a congress file (INTERCHANGE.md), and the congress's name. */
export interface CongressFileText {
  text: string;
  name: string;
}

/** What a congress file or workbook brought in as a new congress, and the sha256 of its bytes. */
export interface ImportSummary {
  congressId: number;
  elections: number;
  candidates: number;
  ballots: number;
  teamTotals: number;
  sha256: string;
}

export interface ExcelImported extends ImportSummary {
  preview: ExcelPreview;
}
