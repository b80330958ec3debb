import { useEffect } from 'react';
import type { CongressView } from '../../api/types';
import { DateField } from '../../components/DateField';
import { LongTextField, SelectField, TextField } from '../../components/Field';
import { useApp } from '../../state/app-store';
import { useDraft } from '../../state/use-draft';
import { CommitteeFieldset } from './CommitteeFieldset';
import { checkDraft, draftOf, type CongressDraft } from './congress-draft';
import { ExclusionsFieldset } from './ExclusionsFieldset';
import { nameFieldOf, summonedLabel } from './kind-labels';
import { CONGRESS_KIND_LABELS, CONGRESS_KINDS } from '../../../shared/domain';

/** The congress's details, the exclusions and the counting committee: a draft kept until saved (Ctrl+S). */
export function CongressForm({ congress }: { congress: CongressView }) {
  const { run, workspace } = useApp();
  const [draft, setDraft, discard] = useDraft<CongressDraft>(`${workspace?.path}:congress`, () => draftOf(congress));
  const changed = JSON.stringify(draft) !== JSON.stringify(draftOf(congress));
  const { summoned, present, meeting, counts, base, errors, exclusionErrors, committeeErrors, valid } = checkDraft(draft);

  const save = async () => {
    if (!valid || summoned.value === null) return;
    const result = await run(
      'updateCongress',
      {
        congressId: congress.id, name: draft.name, organization: draft.organization || null, term: draft.term || null, place: draft.place || null, date: draft.date || null, kind: draft.kind, meeting: draft.kind === 'committee' ? meeting.value : null, summoned: summoned.value, present: present.value,
        exclusions: draft.exclusions.map((e, i) => ({ reason: e.reason, count: counts[i]?.value ?? 0 })),
        countingCommittee: draft.committee.map((m) => ({ name: m.name, ...(m.role ? { role: m.role } : {}) })),
      },
      committee ? 'Đã lưu thông tin hội nghị' : 'Đã lưu thông tin đại hội',
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

  const committee = draft.kind === 'committee';
  const set = <K extends keyof CongressDraft>(key: K, value: CongressDraft[K]) => setDraft({ ...draft, [key]: value });

  return (
    <form
      className="card"
      aria-label={committee ? 'Thông tin hội nghị' : 'Thông tin đại hội'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>{committee ? 'Thông tin hội nghị' : 'Thông tin đại hội'}</h2>
      <LongTextField {...nameFieldOf(draft.kind, { name: draft.name, meeting: meeting.value })} value={draft.name} onChange={(v) => set('name', v)} error={errors.name} />
      <div className="row">
        <LongTextField label="Đảng bộ, chi bộ" value={draft.organization} onChange={(v) => set('organization', v)} placeholder="Đảng bộ phường …" />
        <TextField label="Nhiệm kỳ" value={draft.term} onChange={(v) => set('term', v)} placeholder="2025-2030" />
      </div>
      <div className="row">
        <TextField label="Địa điểm" value={draft.place} onChange={(v) => set('place', v)} />
        <DateField label="Ngày" value={draft.date} onChange={(v) => set('date', v)} error={errors.date} />
      </div>
      <div className="row">
        <SelectField label="Loại đại hội, hội nghị" value={draft.kind} options={CONGRESS_KINDS.map((value) => ({ value, label: CONGRESS_KIND_LABELS[value] }))} onChange={(v) => set('kind', v)} />
        {committee && <TextField label="Hội nghị lần thứ" value={draft.meeting ?? ''} inputMode="numeric" onChange={(v) => set('meeting', v)} error={errors.meeting} hint="Để trống để ghi tay" />}
      </div>
      <div className="row">
        <TextField label={summonedLabel(draft.kind)} value={draft.summoned} inputMode="numeric" onChange={(v) => set('summoned', v)} error={errors.summoned} />
        <TextField label="Số có mặt lúc bầu cử" value={draft.present} inputMode="numeric" onChange={(v) => set('present', v)} error={errors.present} hint={summoned.value !== null && present.value !== null ? `Vắng mặt: ${summoned.value - present.value}` : 'Không bắt buộc'} />
      </div>

      <ExclusionsFieldset kind={draft.kind} exclusions={draft.exclusions} errors={exclusionErrors} base={base} baseError={errors.base} onChange={(v) => set('exclusions', v)} />

      <CommitteeFieldset committee={draft.committee} errors={committeeErrors} onChange={(v) => set('committee', v)} />

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
