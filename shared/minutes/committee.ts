import type { CongressInfo } from '../congress-file/schema';
import type { SignatureBlock } from './model';
import { blank, type Line } from './text';

type Committee = CongressInfo['countingCommittee'];

const isHead = (role: string | undefined) => /^trưởng ban/iu.test(role?.trim() ?? '');

/** The ban kiểm phiếu, Trưởng ban first (the one whose role says so, else the first recorded). */
function ordered(committee: Committee): { name: string; role: string }[] {
  const members = committee ?? [];
  const headAt = Math.max(0, members.findIndex((m) => isHead(m.role)));
  const head = members[headAt];
  if (!head) return [];
  const rest = members.filter((_, i) => i !== headAt);
  return [{ name: head.name, role: head.role?.trim() || 'Trưởng ban' }, ...rest.map((m) => ({ name: m.name, role: m.role?.trim() || 'Ủy viên' }))];
}

/** Lines to write the committee in by hand when its members are not recorded: its head and two members. */
const ROLES_TO_FILL = ['Trưởng ban', 'Ủy viên', 'Ủy viên'];

/** "Đồng chí Lê Văn Tám, Trưởng ban." for each member, or dotted lines to write the names by hand. */
export function committeeLines(committee: Committee): Line[] {
  const members = ordered(committee);
  if (members.length === 0) return ROLES_TO_FILL.map((role) => ['Đồng chí ', blank(40), `, ${role}.`]);
  return members.map((m) => [`Đồng chí ${m.name}, ${m.role}.`]);
}

/** By default the members sign on the left and the Trưởng ban on the right. */
export function defaultSignatures(committee: Committee): SignatureBlock[] {
  const [head, ...members] = ordered(committee);
  const headBlock = { title: 'TRƯỞNG BAN KIỂM PHIẾU', names: head ? [head.name] : [] };
  return [{ title: 'CÁC THÀNH VIÊN BAN KIỂM PHIẾU', names: members.map((m) => m.name) }, headBlock];
}
