import { unbreakable } from '../text/unbreakable';

/**
 * Dates and times written the Vietnamese way on Party documents: "ngày 14 tháng 4 năm 2025".
 * The rules of presentation of Party documents (as of the state's) write days below 10 and the
 * months January and February with a leading zero ("ngày 05 tháng 02"), so that nothing can be
 * added in front of them by hand.
 */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock moment where the congress is held (no time zone: what the clock on the wall said). */
export interface LocalDateTime extends CalendarDate {
  hour: number;
  minute: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/;

function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function isRealDate({ year, month, day }: CalendarDate): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** "2025-04-14" → { year: 2025, month: 4, day: 14 }; null when it is not a real date. */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(date) ? date : null;
}

/** "2025-04-14T10:30" (seconds and a zone, if any, are ignored) → the wall-clock moment. */
/** What a date and time typed by hand must look like (the API's input and the command line). */
export const LOCAL_DATE_TIME_EXPECTED = 'phải là ngày giờ dạng NNNN-TT-NNTgg:pp, ví dụ 2025-06-20T10:45';

export function parseLocalDateTime(text: string): LocalDateTime | null {
  const m = LOCAL_DATE_TIME.exec(text);
  if (!m) return null;
  const moment = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]) };
  return isRealDate(moment) && moment.hour <= 23 && moment.minute <= 59 ? moment : null;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "ngày 14 tháng 4 năm 2025", "ngày 05 tháng 02 năm 2025": never broken across lines. */
export function vietnameseDate({ year, month, day }: CalendarDate): string {
  return unbreakable(`ngày ${twoDigits(day)} tháng ${month < 3 ? twoDigits(month) : month} năm ${year}`);
}

/** "10 giờ 05 phút", never broken across lines. */
export function vietnameseTime({ hour, minute }: Pick<LocalDateTime, 'hour' | 'minute'>): string {
  return unbreakable(`${hour} giờ ${twoDigits(minute)} phút`);
}

/** The line under "ĐẢNG CỘNG SẢN VIỆT NAM": "Hòa An, ngày 20 tháng 6 năm 2025". */
export function placeAndDate(place: string | undefined, date: CalendarDate): string {
  return place ? `${place}, ${vietnameseDate(date)}` : vietnameseDate(date).replace(/^n/, 'N');
}

/** The wall-clock moment of a Date in the machine's own time zone (where the congress sits). */
export function localDateTimeOf(date: Date): LocalDateTime {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), hour: date.getHours(), minute: date.getMinutes() };
}

/** "20/06/2025 07:05": day, month, year, and the 24-hour time, as forms and messages write them. */
export function numericDateTime({ year, month, day, hour, minute }: LocalDateTime): string {
  return `${twoDigits(day)}/${twoDigits(month)}/${year} ${twoDigits(hour)}:${twoDigits(minute)}`;
}

/** "20/06/2025": the date as forms and tables write it. */
export function numericDate({ year, month, day }: CalendarDate): string {
  return `${twoDigits(day)}/${twoDigits(month)}/${year}`;
}

/** "07:05": the 24-hour time as forms write it. */
export function numericTime({ hour, minute }: Pick<LocalDateTime, 'hour' | 'minute'>): string {
  return `${twoDigits(hour)}:${twoDigits(minute)}`;
}

/** "2025-06-20": the date as the program stores it. */
export function isoDate({ year, month, day }: CalendarDate): string {
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

/** "2025-06-20T07:05": the wall-clock moment as the program passes it on. */
export function isoLocalDateTime(moment: LocalDateTime): string {
  return `${isoDate(moment)}T${numericTime(moment)}`;
}

/**
 * A moment the program recorded (an ISO instant, "2025-06-20T00:05:00.000Z") as the screens show
 * it: "20/06/2025 07:05" on the machine's clock. Text that is not a moment is shown as it is.
 */
export function shownMoment(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : numericDateTime(localDateTimeOf(date));
}

export const DATE_EXAMPLE = '20/06/2025';
export const TIME_EXAMPLE = '14:30';

/** What a typed date or time turned out to be: the value, or why not, in Vietnamese. */
export type Typed<T> = { value: T; error?: undefined } | { value?: undefined; error: string };

const TYPED_DATE = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d+)$/;
const TYPED_DATE_DIGITS = /^(\d{2})(\d{2})(\d{4})$/;
const TYPED_TIME = /^(\d{1,2})\s*(?:[:.hg]|giờ)\s*(\d{2})?\s*(?:phút|p)?$/i;
const TYPED_TIME_DIGITS = /^(\d{2})(\d{2})$/;

/**
 * A date typed day first, as Vietnamese write it: "20/06/2025", "20/6/2025", "20-6-2025",
 * "20.6.2025" or the eight digits "20062025"; "2025-06-20" is taken too. Only real calendar days.
 */
export function readTypedDate(text: string): Typed<CalendarDate> {
  const trimmed = text.trim();
  const iso = parseIsoDate(trimmed);
  if (iso) return { value: iso };
  const m = TYPED_DATE.exec(trimmed) ?? TYPED_DATE_DIGITS.exec(trimmed);
  if (!m) return { error: `ghi ngày theo dạng ngày/tháng/năm, ví dụ ${DATE_EXAMPLE}` };
  const [day, month] = [Number(m[1]), Number(m[2])];
  if ((m[3] as string).length !== 4) return { error: `ghi năm đủ 4 chữ số, ví dụ ${DATE_EXAMPLE}` };
  const year = Number(m[3]);
  if (month < 1 || month > 12) return { error: `không có tháng ${month}: tháng từ 1 đến 12` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { error: `tháng ${month}/${year} có ${days} ngày, không có ngày ${day}` };
  return { value: { year, month, day } };
}

/** A 24-hour time: "14:30", "7:05", "7h05", "7 giờ 05", "1430"; "7h" is 07:00. */
export function readTypedTime(text: string): Typed<Pick<LocalDateTime, 'hour' | 'minute'>> {
  const trimmed = text.trim();
  const m = TYPED_TIME.exec(trimmed) ?? TYPED_TIME_DIGITS.exec(trimmed);
  if (!m || (m[2] === undefined && !/[hg]|giờ/i.test(trimmed))) return { error: `ghi giờ theo dạng giờ:phút (24 giờ), ví dụ ${TIME_EXAMPLE}` };
  const [hour, minute] = [Number(m[1]), Number(m[2] ?? 0)];
  if (hour > 23) return { error: `không có ${hour} giờ: giờ từ 0 đến 23` };
  if (minute > 59) return { error: `không có phút ${minute}: phút từ 00 đến 59` };
  return { value: { hour, minute } };
}
