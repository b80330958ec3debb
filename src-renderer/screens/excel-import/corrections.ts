import type { ExcelImportOptions } from '../../../shared/api/excel-inputs';
import type { ImportQuestion } from '../../../shared/api/excel-preview';
import type { CongressKind, Office } from '../../../shared/domain';
import { parseWhole } from '../../state/validate';
import { SEATS_LABEL } from '../../../shared/minutes/figures';

/** What the user corrected of the preview, as typed. */
export interface Corrections {
  congressName: string;
  kind: CongressKind | '';
  summoned: string;
  elections: Record<string, { include: boolean; marks: 'struck' | 'kept' | ''; seats: string; office: Office | ''; title: string }>;
  skip: { sheet: string; line: string }[];
}

export const NO_CORRECTIONS: Corrections = { congressName: '', kind: '', summoned: '', elections: {}, skip: [] };

/** The preview's questions name the command line's options; here the answer goes in the form. */
export function questionText(q: ImportQuestion): string {
  const asked = q.message.replace(/\s*Cho biết[^:]*:.*$/, '').replace(/\.$/, '');
  const where = q.option === 'summoned' ? 'nhập ở ô "Số được triệu tập" bên trên' : q.option === 'seats' ? `nhập ở ô "${SEATS_LABEL}" của bảng` : 'chọn ở ô "Dấu trong ô nghĩa là" của bảng';
  return `${asked}: ${where}.`;
}

/** The corrections as the api's options (only what the user changed). */
export function optionsOf(c: Corrections): ExcelImportOptions {
  const summoned = parseWhole(c.summoned).value;
  const elections: NonNullable<ExcelImportOptions['elections']> = {};
  for (const [key, e] of Object.entries(c.elections)) {
    const seats = parseWhole(e.seats).value;
    elections[key] = { include: e.include, ...(e.marks ? { marks: e.marks } : {}), ...(seats ? { seats } : {}), ...(e.office ? { office: e.office } : {}), ...(e.title.trim() ? { title: e.title } : {}) };
  }
  return {
    ...(c.congressName.trim() ? { congressName: c.congressName } : {}),
    ...(c.kind ? { kind: c.kind } : {}),
    ...(summoned ? { summoned } : {}),
    elections,
    ...(c.skip.length > 0 ? { skip: c.skip } : {}),
  };
}
