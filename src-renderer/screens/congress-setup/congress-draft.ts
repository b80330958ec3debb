import { updateCongressInput } from '../../../shared/api/inputs';
import type { CongressKind } from '../../../shared/domain';
import { congressBase } from '../../../shared/rules/base';
import type { CongressView } from '../../api/types';
import { fieldError, parseWhole, requiredWhole } from '../../state/validate';
import { meetingOf } from './kind-labels';

/** The congress's details as typed, kept as a draft until saved. */
export interface CongressDraft {
  name: string;
  organization: string;
  term: string;
  place: string;
  date: string;
  kind: CongressKind;
  /** The number of a committee's meeting, as typed. */
  meeting: string;
  summoned: string;
  present: string;
  exclusions: { reason: string; count: string }[];
  committee: { name: string; role: string }[];
}

export function draftOf(c: CongressView): CongressDraft {
  return {
    name: c.name, organization: c.organization ?? '', term: c.term ?? '', place: c.place ?? '', date: c.date ?? '', kind: c.kind, meeting: c.meeting === null ? '' : String(c.meeting), summoned: String(c.summoned), present: c.present === null ? '' : String(c.present),
    exclusions: c.exclusions.map((e) => ({ reason: e.reason, count: String(e.count) })),
    committee: c.countingCommittee.map((m) => ({ name: m.name, role: m.role ?? '' })),
  };
}

/** The draft read as numbers, the base it gives (RULES R2), and what is wrong with each field. */
export function checkDraft(draft: CongressDraft) {
  const summoned = requiredWhole(draft.summoned, 1);
  const present = parseWhole(draft.present);
  const meeting = meetingOf(draft.meeting ?? '');
  const counts = draft.exclusions.map((e) => requiredWhole(e.count));
  const base = summoned.value === null ? null : congressBase(summoned.value, counts.map((c) => ({ reason: '', count: c.value ?? 0 })));
  const errors = {
    name: fieldError(updateCongressInput.shape.name, draft.name),
    date: draft.date === '' ? null : fieldError(updateCongressInput.shape.date, draft.date),
    summoned: summoned.error,
    present: present.error,
    meeting: meeting.error,
    base: base !== null && base <= 0 ? `Số cơ sở tính kết quả phải lớn hơn 0 (đang là ${base})` : null,
  };
  const exclusionErrors = draft.exclusions.map((e, i) => ({ reason: e.reason.trim() === '' ? 'ghi lý do' : null, count: counts[i]?.error ?? null }));
  const committeeErrors = draft.committee.map((m) => (m.name.trim() === '' ? 'ghi họ tên' : null));
  const valid = Object.values(errors).every((e) => e === null) && exclusionErrors.every((e) => !e.reason && !e.count) && committeeErrors.every((e) => e === null);
  return { summoned, present, meeting, counts, base, errors, exclusionErrors, committeeErrors, valid };
}
