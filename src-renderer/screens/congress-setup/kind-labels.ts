import { KIND_MEMBERS, type CongressKind } from '../../../shared/domain';
import { assemblyName } from '../../../shared/minutes/wording';
import { parseWhole } from '../../state/validate';

/**
 * How the setup names the congress's fields for each kind: a committee meeting (hội nghị cấp ủy)
 * speaks of the committee that meets and its members (ủy viên), never of delegates.
 */

/** The name field: for a committee meeting the committee that meets, with the name the papers print under it. */
export function nameFieldOf(kind: CongressKind, congress: { name: string; meeting: number | null }): { label: string; placeholder: string; hint?: string } {
  if (kind !== 'committee') return { label: 'Tên đại hội', placeholder: 'Đại hội đại biểu Đảng bộ phường … lần thứ …' };
  const printed = congress.name.trim() === '' ? null : assemblyName({ name: congress.name.trim(), kind, meeting: congress.meeting });
  return { label: 'Ban Chấp hành (cấp ủy) họp hội nghị', placeholder: 'Ban Chấp hành Đảng bộ phường … khóa …', ...(printed ? { hint: `Biên bản ghi: ${printed}` } : {}) };
}

/** "Số đại biểu chính thức được triệu tập", "Số ủy viên Ban Chấp hành được triệu tập". */
export function summonedLabel(kind: CongressKind): string {
  return `Số ${KIND_MEMBERS[kind]} được triệu tập`;
}

/** The number of the meeting as typed: empty is "to write by hand". */
export function meetingOf(text: string): { value: number | null; error: string | null } {
  const parsed = parseWhole(text);
  if (parsed.value !== null && (parsed.value < 1 || parsed.value > 999)) return { value: null, error: 'từ 1 đến 999' };
  return parsed;
}
