import { useState } from 'react';
import { createCongressInput } from '../../../shared/api/inputs';
import { CONGRESS_KIND_LABELS, CONGRESS_KINDS, type CongressKind } from '../../../shared/domain';
import { meetingOf, nameFieldOf } from '../congress-setup/kind-labels';
import { congressBase } from '../../../shared/rules/base';
import { votesNeeded } from '../../../shared/rules/threshold';
import { fileNameSlug } from '../../../shared/text/slug';
import { LongTextField, SelectField, TextField } from '../../components/Field';
import { useApp } from '../../state/app-store';
import { useDraft } from '../../state/use-draft';
import { fieldError, requiredWhole } from '../../state/validate';
import { assemblyWords } from '../../../shared/minutes/wording';

const KINDS = CONGRESS_KINDS.map((value) => ({ value, label: CONGRESS_KIND_LABELS[value] }));

/** A new congress file: the congress's name, kind and number summoned, the file's name and the chair's PIN. */
export function NewCongressForm() {
  const { run, load } = useApp();
  const [draft, setDraft, discard] = useDraft('new-congress', () => ({ name: '', kind: 'delegates' as CongressKind, meeting: '', summoned: '', fileName: '', fileNameTouched: false, chairPin: '' }));
  const [submitted, setSubmitted] = useState(false);
  const summoned = requiredWhole(draft.summoned, 1);
  const meeting = meetingOf(draft.meeting ?? '');
  const committee = draft.kind === 'committee';
  const words = assemblyWords(draft.kind);
  const fileName = draft.fileNameTouched ? draft.fileName : fileNameSlug(draft.name);
  const errors = {
    name: fieldError(createCongressInput.shape.name, draft.name),
    summoned: summoned.error,
    meeting: committee ? meeting.error : null,
    fileName: fileName.trim() === '' ? 'không được để trống' : null,
    chairPin: draft.chairPin === '' ? null : fieldError(createCongressInput.shape.chairPin, draft.chairPin),
  };
  const show = (field: keyof typeof errors, value: string) => (submitted || value !== '' ? errors[field] : null);
  const valid = Object.values(errors).every((e) => e === null);

  const create = async () => {
    setSubmitted(true);
    if (!valid || summoned.value === null) return;
    const result = await run('createCongressFile', { fileName, congress: { name: draft.name, kind: draft.kind, ...(committee && meeting.value ? { meeting: meeting.value } : {}), summoned: summoned.value, ...(draft.chairPin ? { chairPin: draft.chairPin } : {}) } }, `Đã tạo hồ sơ ${words.body}`);
    if (result.ok) {
      discard();
      useApp.setState({ screen: 'setup' });
      await load();
    }
  };

  return (
    <form
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
      aria-label="Tạo hồ sơ đại hội mới"
    >
      <h2>Tạo hồ sơ đại hội mới</h2>
      <LongTextField {...nameFieldOf(draft.kind, { name: draft.name, meeting: meeting.value })} value={draft.name} onChange={(name) => setDraft({ ...draft, name })} error={show('name', draft.name)} autoFocus />
      <div className="row">
        <SelectField label="Loại đại hội, hội nghị" value={draft.kind} options={KINDS} onChange={(kind) => setDraft({ ...draft, kind })} />
        <TextField label={draft.kind === 'committee' ? 'Số ủy viên Ban Chấp hành được triệu tập' : 'Số được triệu tập'} value={draft.summoned} inputMode="numeric" onChange={(v) => setDraft({ ...draft, summoned: v })} error={show('summoned', draft.summoned)} hint={summoned.value ? `Trúng cử cần ít nhất ${votesNeeded(congressBase(summoned.value, []))} phiếu (chưa trừ các trường hợp loại trừ)` : undefined} />
      </div>
      {committee && (
        <div className="row">
          <TextField label="Hội nghị lần thứ" value={draft.meeting ?? ''} inputMode="numeric" onChange={(v) => setDraft({ ...draft, meeting: v })} error={show('meeting', draft.meeting ?? '')} hint="Số thứ tự của hội nghị trong khóa; để trống để ghi tay" />
        </div>
      )}
      <div className="row">
        <TextField label="Tên tệp hồ sơ" value={fileName} onChange={(v) => setDraft({ ...draft, fileName: v, fileNameTouched: true })} error={show('fileName', fileName)} hint="Lưu thành tệp .kiemphieu trong thư mục hồ sơ" />
        <TextField label={`Mã PIN của ${words.chair} (chốt và mở khóa kết quả)`} value={draft.chairPin} type="password" inputMode="numeric" autoComplete="new-password" onChange={(v) => setDraft({ ...draft, chairPin: v })} error={show('chairPin', draft.chairPin)} hint="6–12 chữ số; có thể đặt sau" />
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          Tạo hồ sơ (Enter)
        </button>
      </div>
    </form>
  );
}
