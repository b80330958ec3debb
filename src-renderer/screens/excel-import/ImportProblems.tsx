import type { ExcelPreview } from '../../../shared/api/excel-preview';

type Line = { sheet: string; line: string };

/** The problems of the workbook, errors first; a line named by an error may be skipped. */
export function ImportProblems({ preview, skip, onToggleSkip }: { preview: ExcelPreview; skip: readonly Line[]; onToggleSkip(line: Line): void }) {
  if (preview.problems.length === 0) return null;
  return (
    <section aria-label="Vấn đề trong bảng tính">
      <h3>
        {preview.errors} lỗi, {preview.warnings} lưu ý{preview.problemsLeftOut > 0 ? ` (hiện ${preview.problems.length} đầu tiên)` : ''}
      </h3>
      <ul className="problems">
        {preview.problems.map((p, i) => (
          <li key={i} className={p.severity === 'error' ? 'problem-error' : 'problem-warning'}>
            {p.message}
            {p.line && (
              <label className="check inline">
                <input type="checkbox" checked={skip.some((s) => s.sheet === p.line?.sheet && s.line === p.line?.line)} onChange={() => onToggleSkip(p.line as Line)} /> bỏ qua dòng này
              </label>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
