import { useEffect, useState } from 'react';
import { chairPin as chairPinSchema, updateCongressInput } from '../../shared/api/inputs';
import type { CongressKind } from '../../shared/domain';
import { congressBase } from '../../shared/rules/base';
import { votesNeeded } from '../../shared/rules/threshold';
import type { CongressView } from '../api/types';
import { SelectField, TextField } from '../components/Field';
import { useApp } from '../state/app-store';
import { useDraft } from '../state/use-draft';
import { fieldError, parseWhole, requiredWhole } from '../state/validate';

/** RULES R2: the usual reasons, offered while typing (any other reason may be typed). */
const EXCLUSION_REASONS: Record<CongressKind, string[]> = {
  members: [
    'Đảng viên được giới thiệu sinh hoạt tạm thời ở đảng bộ khác',
    'Đảng viên được miễn công tác và sinh hoạt đảng không có mặt ở đại hội',
    'Đảng viên bị đình chỉ sinh hoạt đảng, bị khởi tố, truy tố, tạm giam',
    'Đảng viên chính thức vắng mặt suốt thời gian đại hội có lý do được cấp ủy đồng ý',
  ],
  delegates: ['Cấp ủy viên cấp triệu tập đại hội vắng mặt suốt thời gian đại hội', 'Đại biểu chính thức vắng mặt suốt thời gian đại hội không có đại biểu dự khuyết thay thế'],
};

const ROLES = ['Trưởng ban', 'Phó Trưởng ban', 'Thành viên', 'Thư ký'];

interface Draft {
  name: string;
  organization: string;
  term: string;
  place: string;
  date: string;
  kind: CongressKind;
  summoned: string;
  present: string;
  exclusions: { reason: string; count: string }[];
  committee: { name: string; role: string }[];
}

function draftOf(c: CongressView): Draft {
  return {
    name: c.name, organization: c.organization ?? '', term: c.term ?? '', place: c.place ?? '', date: c.date ?? '', kind: c.kind, summoned: String(c.summoned), present: c.present === null ? '' : String(c.present),
    exclusions: c.exclusions.map((e) => ({ reason: e.reason, count: String(e.count) })),
    committee: c.countingCommittee.map((m) => ({ name: m.name, role: m.role ?? '' })),
  };
}

function CongressForm({ congress }: { congress: CongressView }) {
  const { run, workspace } = useApp();
  const [draft, setDraft, discard] = useDraft<Draft>(`${workspace?.path}:congress`, () => draftOf(congress));
  const changed = JSON.stringify(draft) !== JSON.stringify(draftOf(congress));
  const summoned = requiredWhole(draft.summoned, 1);
  const present = parseWhole(draft.present);
  const counts = draft.exclusions.map((e) => requiredWhole(e.count));
  const base = summoned.value === null ? null : congressBase(summoned.value, counts.map((c) => ({ reason: '', count: c.value ?? 0 })));
  const errors = {
    name: fieldError(updateCongressInput.shape.name, draft.name),
    date: draft.date === '' ? null : fieldError(updateCongressInput.shape.date, draft.date),
    summoned: summoned.error,
    present: present.error,
    base: base !== null && base <= 0 ? `Số cơ sở tính kết quả phải lớn hơn 0 (đang là ${base})` : null,
  };
  const exclusionErrors = draft.exclusions.map((e, i) => ({ reason: e.reason.trim() === '' ? 'ghi lý do' : null, count: counts[i]?.error ?? null }));
  const committeeErrors = draft.committee.map((m) => (m.name.trim() === '' ? 'ghi họ tên' : null));
  const valid = Object.values(errors).every((e) => e === null) && exclusionErrors.every((e) => !e.reason && !e.count) && committeeErrors.every((e) => e === null);

  const save = async () => {
    if (!valid || summoned.value === null) return;
    const result = await run(
      'updateCongress',
      {
        congressId: congress.id, name: draft.name, organization: draft.organization || null, term: draft.term || null, place: draft.place || null, date: draft.date || null, kind: draft.kind, summoned: summoned.value, present: present.value,
        exclusions: draft.exclusions.map((e, i) => ({ reason: e.reason, count: counts[i]?.value ?? 0 })),
        countingCommittee: draft.committee.map((m) => ({ name: m.name, ...(m.role ? { role: m.role } : {}) })),
      },
      'Đã lưu thông tin đại hội',
    );
    // The draft goes; the form then follows the saved data as it comes back.
    if (result.ok) discard();
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value });

  return (
    <form
      className="card"
      aria-label="Thông tin đại hội"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>Thông tin đại hội</h2>
      <TextField label="Tên đại hội" value={draft.name} onChange={(v) => set('name', v)} error={errors.name} />
      <div className="row">
        <TextField label="Đảng bộ, chi bộ" value={draft.organization} onChange={(v) => set('organization', v)} placeholder="Đảng bộ phường …" />
        <TextField label="Nhiệm kỳ" value={draft.term} onChange={(v) => set('term', v)} placeholder="2025-2030" />
      </div>
      <div className="row">
        <TextField label="Địa điểm" value={draft.place} onChange={(v) => set('place', v)} />
        <TextField label="Ngày" type="date" value={draft.date} onChange={(v) => set('date', v)} error={errors.date} />
        <SelectField label="Loại đại hội" value={draft.kind} options={[{ value: 'delegates', label: 'Đại hội đại biểu' }, { value: 'members', label: 'Đại hội đảng viên' }]} onChange={(v) => set('kind', v)} />
      </div>
      <div className="row">
        <TextField label={draft.kind === 'delegates' ? 'Số đại biểu chính thức được triệu tập' : 'Số đảng viên chính thức được triệu tập'} value={draft.summoned} inputMode="numeric" onChange={(v) => set('summoned', v)} error={errors.summoned} />
        <TextField label="Số có mặt lúc bầu cử" value={draft.present} inputMode="numeric" onChange={(v) => set('present', v)} error={errors.present} hint={summoned.value !== null && present.value !== null ? `Vắng mặt: ${summoned.value - present.value}` : 'Không bắt buộc'} />
      </div>

      <fieldset>
        <legend>Trừ khỏi số triệu tập (RULES R2)</legend>
        <datalist id="exclusion-reasons">
          {EXCLUSION_REASONS[draft.kind].map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        {draft.exclusions.map((e, i) => (
          <div className="row exclusion" key={i}>
            <TextField label={`Lý do ${i + 1}`} value={e.reason} list="exclusion-reasons" onChange={(v) => set('exclusions', draft.exclusions.map((x, j) => (j === i ? { ...x, reason: v } : x)))} error={exclusionErrors[i]?.reason} />
            <TextField label="Số người" value={e.count} inputMode="numeric" onChange={(v) => set('exclusions', draft.exclusions.map((x, j) => (j === i ? { ...x, count: v } : x)))} error={exclusionErrors[i]?.count} />
            <button type="button" className="icon" aria-label={`Xóa lý do ${i + 1}`} onClick={() => set('exclusions', draft.exclusions.filter((_, j) => j !== i))}>
              ×
            </button>
          </div>
        ))}
        <button type="button" onClick={() => set('exclusions', [...draft.exclusions, { reason: '', count: '' }])}>
          + Thêm trường hợp loại trừ
        </button>
        <div className={`base-line${errors.base ? ' field-error' : ''}`} role="status">
          {base !== null && base > 0 ? (
            <>
              Số cơ sở tính kết quả: <strong>{base}</strong>. Trúng cử cần ít nhất <strong>{votesNeeded(base)}</strong> phiếu (quá một nửa).
            </>
          ) : (
            (errors.base ?? 'Nhập số được triệu tập để tính số cơ sở.')
          )}
        </div>
      </fieldset>

      <fieldset>
        <legend>Ban kiểm phiếu</legend>
        <datalist id="committee-roles">
          {ROLES.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        {draft.committee.map((m, i) => (
          <div className="row" key={i}>
            <TextField label={`Họ và tên ${i + 1}`} value={m.name} onChange={(v) => set('committee', draft.committee.map((x, j) => (j === i ? { ...x, name: v } : x)))} error={committeeErrors[i]} />
            <TextField label="Chức danh" value={m.role} list="committee-roles" onChange={(v) => set('committee', draft.committee.map((x, j) => (j === i ? { ...x, role: v } : x)))} />
            <button type="button" className="icon" aria-label={`Xóa thành viên ${i + 1}`} onClick={() => set('committee', draft.committee.filter((_, j) => j !== i))}>
              ×
            </button>
          </div>
        ))}
        <button type="button" onClick={() => set('committee', [...draft.committee, { name: '', role: draft.committee.length === 0 ? 'Trưởng ban' : 'Thành viên' }])}>
          + Thêm thành viên
        </button>
      </fieldset>

      <div className="actions sticky-actions">
        {changed && <span className="unsaved">Có thay đổi chưa lưu (được giữ lại nếu tắt máy)</span>}
        <button type="button" disabled={!changed} onClick={discard}>
          Bỏ thay đổi
        </button>
        <button type="submit" className="primary" disabled={!valid || !changed}>
          Lưu (Ctrl+S)
        </button>
      </div>
    </form>
  );
}

function Teams({ congress }: { congress: CongressView }) {
  const run = useApp((s) => s.run);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: number; name: string } | null>(null);
  return (
    <section className="card" aria-label="Các tổ kiểm phiếu">
      <h2>Các tổ kiểm phiếu</h2>
      <ul className="plain-list">
        {congress.teams.map((t) =>
          renaming?.id === t.id ? (
            <li key={t.id}>
              <form
                className="inline-form"
                onSubmit={async (e) => {
                  e.preventDefault();
                  const result = await run('renameTeam', { teamId: t.id, name: renaming.name });
                  if (result.ok) setRenaming(null);
                }}
              >
                <TextField label="Tên mới" value={renaming.name} onChange={(v) => setRenaming({ id: t.id, name: v })} autoFocus />
                <button type="submit">Lưu</button>
                <button type="button" onClick={() => setRenaming(null)}>
                  Hủy
                </button>
              </form>
            </li>
          ) : (
            <li key={t.id}>
              {t.name}{' '}
              <button type="button" className="link" onClick={() => setRenaming({ id: t.id, name: t.name })}>
                đổi tên
              </button>
            </li>
          ),
        )}
      </ul>
      <form
        className="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const result = await run('createTeam', { congressId: congress.id, name }, `Đã thêm ${name}`);
          if (result.ok) setName('');
        }}
      >
        <TextField label="Thêm tổ" value={name} onChange={setName} placeholder={`Tổ ${congress.teams.length + 1}`} />
        <button type="submit" disabled={name.trim() === ''}>
          Thêm
        </button>
      </form>
    </section>
  );
}

function ChairPin({ congress }: { congress: CongressView }) {
  const run = useApp((s) => s.run);
  const [current, setCurrent] = useState('');
  const [pin, setPin] = useState('');
  const error = pin === '' ? null : fieldError(chairPinSchema, pin);
  return (
    <form
      className="card"
      aria-label="Mã PIN của chủ tịch đoàn"
      onSubmit={async (e) => {
        e.preventDefault();
        if (error) return;
        const result = await run('setChairPin', { congressId: congress.id, pin, ...(congress.hasChairPin ? { currentPin: current } : {}) }, 'Đã đặt mã PIN');
        if (result.ok) {
          setPin('');
          setCurrent('');
        }
      }}
    >
      <h2>Mã PIN của chủ tịch đoàn</h2>
      <p className="muted">Cần để mở khóa một kết quả đã chốt. {congress.hasChairPin ? 'Đã đặt.' : 'Chưa đặt.'}</p>
      {congress.hasChairPin && <TextField label="Mã PIN hiện tại" type="password" inputMode="numeric" autoComplete="current-password" value={current} onChange={setCurrent} />}
      <TextField label={congress.hasChairPin ? 'Mã PIN mới' : 'Mã PIN'} type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={setPin} error={error} />
      <button type="submit" disabled={pin === '' || error !== null}>
        {congress.hasChairPin ? 'Đổi mã PIN' : 'Đặt mã PIN'}
      </button>
    </form>
  );
}

export function CongressSetupScreen() {
  const congress = useApp((s) => s.congress);
  if (!congress) return null;
  return (
    <div className="screen setup">
      <h1>Thiết lập đại hội</h1>
      <div className="columns">
        <CongressForm congress={congress} />
        <div>
          <Teams congress={congress} />
          <ChairPin congress={congress} />
        </div>
      </div>
    </div>
  );
}
