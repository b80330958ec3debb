/** Choosing a counting team; the empty choice ("(không theo tổ)", or "(tất cả)" in a filter) unless refused. */
export function TeamSelect({ label, teams, value, onChange, allowNone = true, noneLabel = '(không theo tổ)' }: { label: string; teams: readonly { id: number; name: string }[]; value: number | null; onChange(teamId: number | null): void; allowNone?: boolean; noneLabel?: string }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}>
        {allowNone && <option value="">{noneLabel}</option>}
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </label>
  );
}
