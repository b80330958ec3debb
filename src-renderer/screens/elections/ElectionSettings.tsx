import { ballotFormat } from '../../../shared/rules/ballot-format';
import { checkList } from '../../../shared/rules/surplus';
import type { ElectionView } from '../../api/types';
import { LongTextField, TextField } from '../../components/Field';
import { ProblemList } from '../../components/ProblemList';
import { useApp } from '../../state/app-store';
import { useDraft } from '../../state/use-draft';
import { parseWhole, requiredWhole } from '../../state/validate';
import { assemblyWords } from '../../../shared/minutes/wording';
import { approvedBelowSeats, MAX_APPROVED_SEATS } from '../../../shared/validation/fields';
import { STATUS_LABELS } from './status-labels';
import { namesOnPaper, namesStanding } from '../paper-list';
import { BALLOT_LABELS, SEATS_LABEL } from '../../../shared/minutes/figures';

interface SettingsDraft {
  title: string;
  seats: string;
  approvedSeats: string;
  ballotsIssued: string;
  ballotsReturned: string;
  ownBase: boolean;
  baseOverride: string;
  allBothOrNoneInvalid: boolean;
  requireMajority: boolean;
  /** Issue 17, item 8 (absent in a draft kept from before). */
  scanMargin?: string;
}

function settingsOf(e: ElectionView): SettingsDraft {
  return {
    title: e.title, seats: String(e.seats), approvedSeats: e.approvedSeats === null ? '' : String(e.approvedSeats), ballotsIssued: e.ballotsIssued === null ? '' : String(e.ballotsIssued), ballotsReturned: e.ballotsReturned === null ? '' : String(e.ballotsReturned),
    ownBase: e.baseOverride !== null, baseOverride: e.baseOverride === null ? '' : String(e.baseOverride), allBothOrNoneInvalid: e.allBothOrNoneInvalid, requireMajority: e.requireMajority, scanMargin: String(e.scanMargin),
  };
}

/** The size voted, as typed: empty when the same as the seats; never fewer than the seats. */
function approvedSeatsOf(text: string, seats: number | null): { value: number | null; error: string | null } {
  const parsed = parseWhole(text);
  if (parsed.error || parsed.value === null) return parsed;
  if (parsed.value > MAX_APPROVED_SEATS) return { value: null, error: `không quá ${MAX_APPROVED_SEATS}` };
  const below = seats === null ? null : approvedBelowSeats(seats, parsed.value);
  return below ? { value: null, error: below } : parsed;
}

export function ElectionSettings({ election }: { election: ElectionView }) {
  const { run, workspace, congress } = useApp();
  const words = assemblyWords(congress?.kind ?? 'delegates');
  const [draft, setDraft, discard] = useDraft<SettingsDraft>(`${workspace?.path}:election:${election.id}`, () => settingsOf(election));
  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => setDraft({ ...draft, [key]: value });
  const seats = requiredWhole(draft.seats, 1);
  const issued = parseWhole(draft.ballotsIssued);
  const returned = parseWhole(draft.ballotsReturned);
  const approved = approvedSeatsOf(draft.approvedSeats ?? '', seats.value);
  const base = draft.ownBase ? requiredWhole(draft.baseOverride, 1) : { value: null, error: null };
  const margin = requiredWhole(draft.scanMargin ?? String(election.scanMargin), 0);
  const marginError = margin.error ?? (margin.value !== null && margin.value > 100 ? 'tối đa 100 phiếu' : null);
  const locked = election.status !== 'open';
  const changed = JSON.stringify(draft) !== JSON.stringify(settingsOf(election));
  const valid = draft.title.trim() !== '' && !seats.error && !issued.error && !returned.error && !base.error && !approved.error && !marginError;
  const listSize = namesStanding(election).length;
  // The format of the paper as printed (RULES R1): a name withdrawn after printing is on it.
  const paperSize = namesOnPaper(election).length;
  const liveProblems = seats.value === null ? election.listProblems : checkList({ office: election.office, seats: seats.value, listSize, committeeListSize: null, round: election.round });

  return (
    <form
      className="card"
      aria-label="Thiết lập cuộc bầu"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!valid || seats.value === null) return;
        const result = await run('updateElection', { electionId: election.id, title: draft.title, seats: seats.value, approvedSeats: approved.value, ballotsIssued: issued.value, ballotsReturned: returned.value, baseOverride: draft.ownBase ? base.value : null, allBothOrNoneInvalid: draft.allBothOrNoneInvalid, requireMajority: draft.requireMajority, ...(margin.value !== null ? { scanMargin: margin.value } : {}) }, 'Đã lưu cuộc bầu');
        if (result.ok) discard();
      }}
    >
      <h2>
        {election.officeLabel} <span className={`badge badge-${election.status}`}>{STATUS_LABELS[election.status]}</span>
        {election.round > 1 && <span className="badge">vòng {election.round}</span>}
      </h2>
      <fieldset disabled={locked}>
        <LongTextField label="Tiêu đề" value={draft.title} onChange={(v) => set('title', v)} error={draft.title.trim() === '' ? 'không được để trống' : null} />
        <div className="row">
          <TextField
            label={SEATS_LABEL}
            value={draft.seats}
            inputMode="numeric"
            readOnly={election.printing !== null}
            onChange={(v) => set('seats', v)}
            error={seats.error}
            hint={election.printing !== null ? `Phiếu đã in (lần in ${election.printing.number}) ghi số này; mẫu phiếu: ${election.format === 'A' ? 'gạch tên' : 'đồng ý / không đồng ý'}` : `Mẫu phiếu: ${ballotFormat(paperSize, seats.value ?? election.seats) === 'A' ? 'gạch tên' : 'đồng ý / không đồng ý'}`}
          />
          <TextField label={BALLOT_LABELS.issued} value={draft.ballotsIssued} inputMode="numeric" onChange={(v) => set('ballotsIssued', v)} error={issued.error} />
          <TextField label={BALLOT_LABELS.returned} value={draft.ballotsReturned} inputMode="numeric" onChange={(v) => set('ballotsReturned', v)} error={returned.error} hint="Khi đã nhập, số phiếu nhập phải khớp" />
        </div>
        <div className="row">
          <TextField label={congress?.kind === 'committee' ? 'Số lượng đã biểu quyết (nếu khác số cần bầu)' : 'Số lượng đại hội biểu quyết (nếu khác số cần bầu)'} value={draft.approvedSeats ?? ''} inputMode="numeric" onChange={(v) => set('approvedSeats', v)} error={approved.error} hint="Ví dụ: đại hội biểu quyết 76, bầu tại đại hội 74; để trống nếu bằng số cần bầu" />
        </div>
        <div className="row">
          <label className="check">
            <input type="checkbox" checked={draft.ownBase} onChange={(e) => set('ownBase', e.target.checked)} /> Cơ sở tính kết quả riêng cho cuộc bầu này
          </label>
          {draft.ownBase ? <TextField label="Số cơ sở riêng" value={draft.baseOverride} inputMode="numeric" onChange={(v) => set('baseOverride', v)} error={base.error} /> : <p className="muted">Theo {words.body}: {election.base} (cần {election.votesNeeded} phiếu)</p>}
        </div>
        <label className="check">
          <input type="checkbox" checked={draft.allBothOrNoneInvalid} onChange={(e) => set('allBothOrNoneInvalid', e.target.checked)} /> Phiếu đồng ý/không đồng ý nhiều người mà mọi người đều đánh cả hai ô hoặc bỏ trống là phiếu không hợp lệ (mặc định)
        </label>
        <div className="row">
          <TextField
            label="Xem lại phiếu quét khi kết quả cách biệt từ … phiếu trở xuống"
            value={draft.scanMargin ?? String(election.scanMargin)}
            inputMode="numeric"
            onChange={(v) => set('scanMargin', v)}
            error={marginError}
            hint="Trước khi chốt, ban kiểm phiếu xem lại dòng tên của những người đó trên mọi phiếu quét (mặc định 2; 0: chỉ khi bằng phiếu)"
          />
        </div>
        {election.round > 1 && (
          <label className="check">
            <input type="checkbox" checked={draft.requireMajority} onChange={(e) => set('requireMajority', e.target.checked)} /> Vòng này vẫn phải đạt quá một nửa
          </label>
        )}
      </fieldset>
      <ProblemList problems={liveProblems} empty="Danh sách bầu cử hợp lệ về số dư" />
      {!locked && (
        <div className="actions">
          {changed && <span className="unsaved">Chưa lưu</span>}
          <button type="button" disabled={!changed} onClick={discard}>
            Bỏ thay đổi
          </button>
          <button type="submit" className="primary" disabled={!valid || !changed}>
            Lưu
          </button>
        </div>
      )}
    </form>
  );
}
