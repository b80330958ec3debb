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
export function parseLocalDateTime(text: string): LocalDateTime | null {
  const m = LOCAL_DATE_TIME.exec(text);
  if (!m) return null;
  const moment = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]) };
  return isRealDate(moment) && moment.hour <= 23 && moment.minute <= 59 ? moment : null;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "ngày 14 tháng 4 năm 2025", "ngày 05 tháng 02 năm 2025". */
export function vietnameseDate({ year, month, day }: CalendarDate): string {
  return `ngày ${twoDigits(day)} tháng ${month < 3 ? twoDigits(month) : month} năm ${year}`;
}

/** "10 giờ 05 phút" */
export function vietnameseTime({ hour, minute }: Pick<LocalDateTime, 'hour' | 'minute'>): string {
  return `${hour} giờ ${twoDigits(minute)} phút`;
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
