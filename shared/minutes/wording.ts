import type { CongressInfo } from '../congress-file/schema';
import { KIND_MEMBERS, OFFICE_LABELS, type CongressKind, type Office } from '../domain';
import { vietnameseDate, type CalendarDate } from '../format/date';
import { NBSP, unbreakable } from '../text/unbreakable';
import { blank, plainText, type Line } from './text';

/**
 * The words every paper and screen uses for the congress and the election: written once here.
 * A term is written "nhiệm kỳ 2025-2030" with non-breaking spaces (U+00A0): no line is broken
 * inside it (a hyphen between two numbers is not a place to break; one with spaces around it is).
 */

/** The body that votes and how its members are named (RULES R2): a new kind of meeting adds an entry. */
export interface AssemblyWords {
  /** "đại hội", "hội nghị": who votes the seats, approves the list, elects. */
  body: string;
  /** Who is summoned and counted in the base. */
  member: string;
  /** Who presides and decides what comes next: "Đoàn chủ tịch", "Chủ tọa hội nghị". */
  presidium: string;
  /** Who holds the PIN that reopens a result, in a sentence: "chủ tịch đoàn", "chủ tọa hội nghị". */
  chair: string;
}

export function assemblyWords(kind: CongressKind): AssemblyWords {
  if (kind === 'committee') return { body: 'hội nghị', member: KIND_MEMBERS.committee, presidium: 'Chủ tọa hội nghị', chair: 'chủ tọa hội nghị' };
  return { body: 'đại hội', member: KIND_MEMBERS[kind], presidium: 'Đoàn chủ tịch', chair: 'chủ tịch đoàn' };
}

/** "hội nghị" → "Hội nghị". */
export function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** "nhất", "hai", … "mười", then figures ("lần thứ 12"), as meetings are numbered. */
export function meetingOrdinal(meeting: number): string {
  return ORDINALS[meeting - 1] ?? String(meeting);
}

/** The congress as the papers name it: for a committee meeting the name is the body that meets. */
export type AssemblyNaming = Pick<CongressInfo, 'name'> & { kind?: CongressKind | undefined; meeting?: number | null | undefined };

/** A committee meeting whose name does not say it already: its name is then the committee's. */
function namesTheCommittee(congress: AssemblyNaming): boolean {
  return congress.kind === 'committee' && !/^\s*hội\s+nghị(?=\s|$)/iu.test(congress.name);
}

/** "Hội nghị lần thứ hai" (dotted when the number is not known), or null when the name says what meets. */
function meetingLine(congress: AssemblyNaming): Line | null {
  if (!namesTheCommittee(congress)) return null;
  return congress.meeting ? [`Hội nghị lần thứ ${meetingOrdinal(congress.meeting)}`] : ['Hội nghị lần thứ ', blank(6)];
}

/**
 * The assembly as sentences name it: the congress's name, or for a committee meeting "Hội nghị lần
 * thứ hai Ban Chấp hành Đảng bộ phường … khóa III" (a name that starts "Hội nghị" is taken whole).
 */
export function assemblyNameLine(congress: AssemblyNaming): Line {
  const meeting = meetingLine(congress);
  return meeting ? [...meeting, ` ${congressName(congress)}`] : [congressName(congress)];
}

export function assemblyName(congress: AssemblyNaming): string {
  return plainText(assemblyNameLine(congress));
}

/** "2025 – 2030" → "2025-2030". */
export function termText(term: string): string {
  return term.replace(/\s*[-–]\s*/g, '-');
}

/** "nhiệm kỳ 2025-2030", never broken across lines. */
export function termPhrase(term: string, capital = false): string {
  return unbreakable(`${capital ? 'Nhiệm' : 'nhiệm'} kỳ ${termText(term)}`);
}

/** ", nhiệm kỳ 2020-2025" (or "(nhiệm kỳ …)") inside a name or title. */
const TERM_IN_TEXT = /[\s,(–-]*nhiệm\s+kỳ\s+(\d{4}\s*[-–]\s*\d{4})\)?/iu;

/** The congress's name without the term it may carry, and the term (the congress's own, else the one in its name). */
export function nameAndTerm(congress: Pick<CongressInfo, 'name' | 'term'>): { name: string; term: string | null } {
  const found = TERM_IN_TEXT.exec(congress.name);
  const name = found ? `${congress.name.slice(0, found.index)}${congress.name.slice(found.index + found[0].length)}`.replace(/\s+/g, ' ').trim() : congress.name;
  return { name, term: congress.term?.trim() || found?.[1] || null };
}

/** The congress as the heading of its papers names it. */
export type CongressHeading = Pick<CongressInfo, 'name' | 'organization' | 'term' | 'place'> & AssemblyNaming;

/** The congress's name as sentences write it: a term it carries written as every term is ("nhiệm kỳ 2025-2030", whole). */
export function congressName(congress: Pick<CongressInfo, 'name'>): string {
  const found = TERM_IN_TEXT.exec(congress.name);
  if (!found) return congress.name;
  const separator = found[0].trimStart().startsWith('(') ? ' (' : /^\s*,/.test(found[0]) ? ', ' : ' ';
  return `${congress.name.slice(0, found.index)}${separator}${termPhrase(found[1] as string)}${separator === ' (' ? ')' : ''}${congress.name.slice(found.index + found[0].length)}`;
}

/** The right of every Party paper's heading, never the state's "Cộng hòa xã hội chủ nghĩa Việt Nam". */
export const PARTY_NAME = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/** "LẦN THỨ XV", "KHÓA III" kept together in a heading line. */
function ordinalsKept(text: string): string {
  return text.replace(/(LẦN THỨ|KHÓA)\s+(\S+)/gu, (phrase) => unbreakable(phrase.replace(/\s+/g, ' ')));
}

export interface HeadingLine {
  text: string;
  /** A committee meeting has two assembly lines: "HỘI NGHỊ LẦN THỨ HAI", then "BAN CHẤP HÀNH KHÓA III". */
  role: 'organization' | 'assembly' | 'term';
}

function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/**
 * The left of a Party paper's heading (RULES R9): the đảng bộ / chi bộ, then "ĐẠI HỘI …" without
 * the organization's name or the term repeated ("Đại hội đại biểu Đảng bộ phường X lần thứ III,
 * nhiệm kỳ 2025-2030" under "ĐẢNG BỘ PHƯỜNG X" reads "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ III"), then the
 * term, once.
 */
export function headingLines(congress: Pick<CongressInfo, 'name' | 'organization' | 'term'> & AssemblyNaming): HeadingLine[] {
  const lines: HeadingLine[] = [];
  const organization = congress.organization?.trim();
  let { name } = nameAndTerm(congress);
  const { term } = nameAndTerm(congress);
  if (organization) {
    lines.push({ text: upper(organization), role: 'organization' });
    const at = name.toLocaleLowerCase('vi').indexOf(organization.toLocaleLowerCase('vi'));
    if (at >= 0) name = `${name.slice(0, at)} ${name.slice(at + organization.length)}`.replace(/\s+/g, ' ').trim();
  }
  const meeting = meetingLine(congress);
  if (meeting) lines.push({ text: ordinalsKept(upper(plainText(meeting))), role: 'assembly' });
  lines.push({ text: ordinalsKept(upper(name)), role: 'assembly' });
  if (term) lines.push({ text: termPhrase(term, true), role: 'term' });
  return lines;
}

/** "ngày ..... tháng ..... năm ..........": a date to write by hand, never broken across lines. */
export function blankDate(capital = false): Line {
  return [`${capital ? 'N' : 'n'}gày${NBSP}`, blank(5), `${NBSP}tháng${NBSP}`, blank(5), `${NBSP}năm${NBSP}`, blank(10)];
}

/** "Hòa An, ngày 20 tháng 06 năm 2025", or dotted lines to fill by hand when the date is not known. */
export function placeAndDateLine(place: string | undefined, date: CalendarDate | null): Line {
  if (date) return [place ? `${place}, ${vietnameseDate(date)}` : vietnameseDate(date).replace(/^n/, 'N')];
  return place ? [`${place}, `, ...blankDate()] : blankDate(true);
}

/** "Ban Chấp hành … (vòng 2: bầu lại do bằng phiếu)" split: what is elected, and the round's own note if the title has one. */
const ROUND_IN_TITLE = /\s*\((vòng\s+\d+[^)]*)\)\s*$/iu;

/** What is elected, as the sentences say it: the title without its leading "Bầu" and its round, or the office. */
export function electionSubject(election: { title: string; office: Office }): string {
  const title = election.title.trim().replace(ROUND_IN_TITLE, '');
  if (title === '') return OFFICE_LABELS[election.office];
  return title.replace(/^bầu\s+/iu, '');
}

/** "vòng 1", "vòng 1 và vòng 2", "vòng 1, vòng 2 và vòng 3". */
export function roundList(numbers: readonly number[]): string {
  const words = numbers.map((n) => `vòng ${n}`);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} và ${words.at(-1)}`;
}

/** "vòng 2: bầu lại do bằng phiếu" as the title says it, else "vòng 2"; null for the first round. */
export function roundNote(election: { title: string }, round: number): string | null {
  if (round <= 1) return null;
  return ROUND_IN_TITLE.exec(election.title.trim())?.[1] ?? `vòng ${round}`;
}

/** An election's title as screens and lists show it: the round said once ("… (vòng 2)" unless the title says it). */
export function titleWithRound(election: { title: string; round: number }): string {
  const title = election.title.trim();
  if (election.round <= 1 || /\bvòng\s+\d/iu.test(title)) return title;
  return `${title} (vòng ${election.round})`;
}

/** The title of a round created after a tie or a shortfall: the election's own title, then the round and why. */
export function nextRoundTitle(title: string, round: number, kind: 'tie_break' | 'further'): string {
  const what = kind === 'tie_break' ? 'bầu lại do bằng phiếu' : 'bầu bổ sung số còn thiếu';
  return `${title.trim().replace(ROUND_IN_TITLE, '')} (vòng ${round}: ${what})`;
}

/** The line under "BIÊN BẢN KIỂM PHIẾU": "Bầu Ban Chấp hành … khóa III, nhiệm kỳ 2025-2030", and the round when not the first. */
export function electionTitleLine(election: { title: string; office: Office }, term: string | null, round: number): string {
  const subject = electionSubject(election);
  let line = `Bầu ${subject}`;
  if (term && !TERM_IN_TEXT.test(subject)) line += `, ${termPhrase(term)}`;
  const note = roundNote(election, round);
  if (note) line += ` (${note})`;
  return line;
}
