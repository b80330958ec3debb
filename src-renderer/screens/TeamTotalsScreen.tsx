import { useState } from 'react';
import { INVALID_REASON_LABELS, INVALID_REASONS, type InvalidReason } from '../../shared/domain';
import { teamReturnedMismatch } from '../../shared/rules/reconciliation';
import { possibleInvalidReasons } from '../../shared/rules/validity';
import { checkTeamTotal } from '../../shared/validation/ballot-entry';
import type { ElectionView } from '../api/types';
import { TextField } from '../components/Field';
import { ConfirmDialog } from '../components/Modal';
import { ProblemList } from '../components/ProblemList';
import { useApp } from '../state/app-store';
import { useDraft } from '../state/use-draft';
import { useQuery } from '../state/use-query';
import { parseWhole, requiredWhole } from '../state/validate';

interface Draft {
  returned: string;
  valid: string;
  invalid: Partial<Record<InvalidReason, string>>;
  votes: Record<string, string>;
}

const EMPTY: Draft = { returned: '', valid: '', invalid: {}, votes: {} };

/** RULES R4.5: a team that counted by hand reports its figures; the checks run as they are typed. */
function TeamTotalsForm({ election, teamId, teamName }: { election: ElectionView; teamId: number; teamName: string }) {
  const { run, workspace, station } = useApp();
  const results = useQuery('tally', { electionId: election.id });
  const reported = results.data?.teams.find((t) => t.team === teamName)?.reported ?? null;
  const initial = (): Draft =>
    reported
      ? { returned: String(reported.returned), valid: String(reported.valid), invalid: Object.fromEntries(Object.entries(reported.invalid).map(([k, v]) => [k, String(v)])), votes: Object.fromEntries(Object.entries(reported.votes).map(([k, v]) => [k, String(v)])) }
      : EMPTY;
  const [draft, setDraft, discard] = useDraft<Draft>(`${workspace?.path}:totals:${election.id}:${teamId}`, initial);
  const [removing, setRemoving] = useState(false);
  const returned = requiredWhole(draft.returned);
  const valid = requiredWhole(draft.valid);
  const invalid = Object.fromEntries(INVALID_REASONS.map((r) => [r, parseWhole(draft.invalid[r] ?? '')])) as Record<InvalidReason, ReturnType<typeof parseWhole>>;
  const listed = election.candidates.filter((c) => !c.withdrawn);
  const votes = Object.fromEntries(listed.map((c) => [c.key, parseWhole(draft.votes[c.key] ?? '')]));
  const fieldErrors = [returned.error, valid.error, ...Object.values(invalid).map((p) => p.error), ...Object.values(votes).map((p) => p.error)].filter(Boolean);
  const totals = { returned: returned.value ?? 0, valid: valid.value ?? 0, votes: Object.fromEntries(Object.entries(votes).map(([k, p]) => [k, p.value ?? 0])) };
  const ruleErrors = fieldErrors.length > 0 ? [] : checkTeamTotal(totals, new Map(listed.map((c) => [c.key, 'standing' as const])), election.seats).map((d) => {
    const key = d.path.replace(/^votes\.?/, '');
    const name = listed.find((c) => c.key === key)?.name;
    return name ? `${name}: ${d.message}` : d.message;
  });
  const mismatch = returned.value === null || valid.value === null ? null : teamReturnedMismatch(teamName, { returned: returned.value, valid: valid.value, invalid: Object.fromEntries(INVALID_REASONS.map((r) => [r, invalid[r].value ?? 0])) });
  const locked = election.status !== 'open';

  return (
    <form
      className="card"
      aria-label={`Số tổng hợp của ${teamName}`}
      onSubmit={async (e) => {
        e.preventDefault();
        if (fieldErrors.length > 0 || ruleErrors.length > 0 || returned.value === null || valid.value === null) return;
        const result = await run(
          'setTeamTotals',
          {
            electionId: election.id, teamId, returned: returned.value, valid: valid.value, operator: station.operator,
            invalid: Object.fromEntries(INVALID_REASONS.filter((r) => (invalid[r].value ?? 0) > 0).map((r) => [r, invalid[r].value as number])),
            votes: totals.votes,
          },
          `Đã lưu số tổng hợp của ${teamName}`,
        );
        if (result.ok) discard();
      }}
    >
      <h2>Số tổng hợp của {teamName}</h2>
      <fieldset disabled={locked}>
        <div className="row">
          <TextField label="Phiếu thu vào" value={draft.returned} inputMode="numeric" onChange={(v) => setDraft({ ...draft, returned: v })} error={returned.error && draft.returned !== '' ? returned.error : null} autoFocus />
          <TextField label="Phiếu hợp lệ" value={draft.valid} inputMode="numeric" onChange={(v) => setDraft({ ...draft, valid: v })} error={valid.error && draft.valid !== '' ? valid.error : null} />
        </div>
        <h3>Phiếu không hợp lệ theo lý do</h3>
        <div className="grid-2">
          {possibleInvalidReasons({ format: election.format, listIds: listed.map((c) => c.key), allBothOrNoneInvalid: election.allBothOrNoneInvalid }).map((r) => (
            <TextField key={r} label={INVALID_REASON_LABELS[r]} value={draft.invalid[r] ?? ''} inputMode="numeric" onChange={(v) => setDraft({ ...draft, invalid: { ...draft.invalid, [r]: v } })} error={invalid[r].error} />
          ))}
        </div>
        <h3>Số phiếu bầu cho từng người</h3>
        <div className="grid-2">
          {listed.map((c) => (
            <TextField key={c.key} label={`${c.number}. ${c.name}`} value={draft.votes[c.key] ?? ''} inputMode="numeric" onChange={(v) => setDraft({ ...draft, votes: { ...draft.votes, [c.key]: v } })} error={votes[c.key]?.error ?? null} />
          ))}
        </div>
      </fieldset>
      <ProblemList problems={[...ruleErrors.map((message) => ({ code: 'TEAM', severity: 'error' as const, message })), ...(mismatch ? [{ ...mismatch, severity: 'warning' as const, message: `${mismatch.message}: lưu được, nhưng kết quả chỉ chốt được khi khớp` }] : [])]} empty={fieldErrors.length === 0 && returned.value !== null ? 'Số liệu của tổ khớp' : undefined} />
      {!locked && (
        <div className="actions">
          {reported && (
            <button type="button" className="danger" onClick={() => setRemoving(true)}>
              Xóa số tổng hợp của tổ
            </button>
          )}
          <button type="submit" className="primary" disabled={fieldErrors.length > 0 || ruleErrors.length > 0}>
            Lưu số tổng hợp
          </button>
        </div>
      )}
      {removing && (
        <ConfirmDialog
          title={`Xóa số tổng hợp của ${teamName}`}
          message="Số liệu của tổ sẽ không được tính nữa (vẫn ghi trong nhật ký)."
          confirmLabel={`Xóa số tổng hợp của ${teamName}`}
          cancelLabel="Không xóa"
          danger
          onCancel={() => setRemoving(false)}
          onConfirm={async () => {
            setRemoving(false);
            await run('removeTeamTotals', { electionId: election.id, teamId, operator: station.operator }, 'Đã xóa số tổng hợp');
          }}
        />
      )}
    </form>
  );
}

export function TeamTotalsScreen() {
  const { electionId, congress } = useApp();
  const [teamId, setTeamId] = useState<number | null>(null);
  const election = useQuery('getElection', electionId === null ? null : { electionId });
  const view = election.data && election.data.id === electionId ? election.data : null;
  if (!congress || !view) return <div className="screen muted">Chọn một cuộc bầu.</div>;
  const team = congress.teams.find((t) => t.id === (teamId ?? congress.teams[0]?.id));
  return (
    <div className="screen totals">
      <h1>Tổng hợp của tổ kiểm phiếu đếm tay: {view.title}</h1>
      {congress.teams.length === 0 ? (
        <p className="notice">Chưa có tổ kiểm phiếu nào: thêm tổ ở màn hình {congress.kind === 'committee' ? 'Hội nghị' : 'Đại hội'}.</p>
      ) : (
        <>
          <label className="field narrow">
            <span>Tổ</span>
            <select value={team?.id ?? ''} onChange={(e) => setTeamId(Number(e.target.value))}>
              {congress.teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
          {team && <TeamTotalsForm key={`${view.id}-${team.id}`} election={view} teamId={team.id} teamName={team.name} />}
        </>
      )}
    </div>
  );
}
