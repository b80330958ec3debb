import type { Problem } from '../../shared/rules/problems';

/** R4 / R7 findings: errors block the lock, warnings are shown. */
export function ProblemList({ problems, empty }: { problems: readonly Problem[]; empty?: string }) {
  if (problems.length === 0) return empty ? <p className="ok-line">✓ {empty}</p> : null;
  return (
    <ul className="problems">
      {problems.map((p, i) => (
        <li key={`${p.code}-${i}`} className={p.severity === 'error' ? 'problem-error' : 'problem-warning'}>
          <strong>{p.severity === 'error' ? 'Lỗi' : 'Lưu ý'}:</strong> {p.message}
        </li>
      ))}
    </ul>
  );
}
