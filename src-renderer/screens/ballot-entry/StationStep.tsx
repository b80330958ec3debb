import { useState } from 'react';
import type { TeamRow } from '../../api/types';
import { Field, TextField } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { useApp, type Station } from '../../state/app-store';

/** The team choice before it is made: with teams, "(không theo tổ)" is a choice too, never a default. */
const NOT_CHOSEN = 'chua-chon';
const NO_TEAM = 'khong-theo-to';

/** Why the name cannot be the operator's, or null. A name has letters: "1 *62" is a ballot typed in the wrong place. */
export function operatorNameProblem(name: string): string | null {
  if (name.trim() === '') return 'Ghi họ tên người nhập phiếu';
  if (!/\p{L}/u.test(name)) return `"${name.trim()}" không phải họ tên (có lẽ là một phiếu gõ nhầm chỗ): ghi họ tên người nhập`;
  return null;
}

interface StationFormProps {
  teams: readonly TeamRow[];
  /** What the form starts from: last session's choice, offered again. */
  initial: Station;
  submitLabel: string;
  onSubmit(station: Station): void;
  onCancel?: () => void;
}

/** "Người nhập" and "Tổ kiểm phiếu", then Enter: the step before entry, and the same when changing (F2). */
function StationForm({ teams, initial, submitLabel, onSubmit, onCancel }: StationFormProps) {
  const known = teams.some((t) => t.id === initial.teamId);
  const only = teams.length === 1 ? (teams[0] as TeamRow) : null;
  const [operator, setOperator] = useState(initial.operator);
  const [team, setTeam] = useState(known ? String(initial.teamId) : only ? String(only.id) : teams.length === 0 ? NO_TEAM : NOT_CHOSEN);
  const [tried, setTried] = useState(false);
  const nameProblem = operatorNameProblem(operator);
  const teamProblem = team === NOT_CHOSEN ? 'Chọn tổ kiểm phiếu (hoặc "không theo tổ")' : null;
  return (
    <form
      className="station-form"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (nameProblem || teamProblem) return;
        onSubmit({ operator: operator.trim(), teamId: team === NO_TEAM ? null : Number(team) });
      }}
    >
      <TextField label="Người nhập" value={operator} onChange={setOperator} placeholder="Họ tên người nhập phiếu" autoComplete="off" autoFocus error={tried ? nameProblem : null} />
      <Field label="Tổ kiểm phiếu" error={tried ? teamProblem : null}>
        {(props) => (
          <select {...props} value={team} onChange={(e) => setTeam(e.target.value)}>
            {team === NOT_CHOSEN && <option value={NOT_CHOSEN}>— chọn tổ —</option>}
            <option value={NO_TEAM}>(không theo tổ)</option>
            {teams.map((t) => (
              <option key={t.id} value={String(t.id)}>
                {t.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="modal-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Không đổi <kbd>Esc</kbd>
          </button>
        )}
        <button type="submit" className="primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/** Before the first ballot of the session: the ballot box is not on screen until this is given. */
export function StationStep({ teams }: { teams: readonly TeamRow[] }) {
  const { station, confirmStation } = useApp();
  return (
    <section className="station-step card" aria-labelledby="station-step-title">
      <h2 id="station-step-title">Ai nhập phiếu trên máy này?</h2>
      <p className="muted">Ghi một lần cho phiên làm việc này; mỗi phiếu được lưu với tên người nhập và tổ. Đổi sau bằng phím F2.</p>
      <StationForm teams={teams} initial={station} submitLabel="Bắt đầu nhập (Enter)" onSubmit={confirmStation} />
    </section>
  );
}

/** F2 on the entry screen: another operator or team from the next ballot on. */
export function ChangeStationDialog({ teams, onClose }: { teams: readonly TeamRow[]; onClose(): void }) {
  const { station, confirmStation } = useApp();
  return (
    <Modal title="Đổi người nhập hoặc tổ kiểm phiếu" onClose={onClose}>
      <StationForm teams={teams} initial={station} submitLabel="Nhập tiếp (Enter)" onSubmit={(next) => (confirmStation(next), onClose())} onCancel={onClose} />
    </Modal>
  );
}

/** Who enters, for which team, above the ballot box; F2 changes it. */
export function StationLine({ teams, onChange }: { teams: readonly TeamRow[]; onChange(): void }) {
  const station = useApp((s) => s.station);
  const team = teams.find((t) => t.id === station.teamId)?.name ?? 'không theo tổ';
  return (
    <p className="station-line" data-testid="station-line">
      Người nhập: <strong>{station.operator}</strong> · Tổ: <strong>{team}</strong>{' '}
      <button type="button" className="link" onClick={onChange}>
        đổi <kbd>F2</kbd>
      </button>
    </p>
  );
}
