import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate, isoLocalDateTime, localDateTimeOf, numericDate, numericDateTime, numericTime, parseIsoDate, parseLocalDateTime, placeAndDate, readTypedDate, readTypedTime, shownMoment, vietnameseDate, vietnameseTime } from '../../../shared/format/date';
import { unbreakable } from '../../../shared/text/unbreakable';

describe('Vietnamese dates', () => {
  it('writes a date as on Party documents, never to be broken across lines', () => {
    expect(vietnameseDate({ year: 2025, month: 4, day: 14 })).toBe(unbreakable('ngày 14 tháng 4 năm 2025'));
    expect(vietnameseDate({ year: 2025, month: 12, day: 31 })).toBe(unbreakable('ngày 31 tháng 12 năm 2025'));
  });

  it('puts a zero before days below 10 and before January and February', () => {
    expect(vietnameseDate({ year: 2025, month: 2, day: 5 })).toBe(unbreakable('ngày 05 tháng 02 năm 2025'));
    expect(vietnameseDate({ year: 2026, month: 1, day: 10 })).toBe(unbreakable('ngày 10 tháng 01 năm 2026'));
    expect(vietnameseDate({ year: 2025, month: 3, day: 9 })).toBe(unbreakable('ngày 09 tháng 3 năm 2025'));
  });

  it('writes the place and date line, capitalized when there is no place', () => {
    expect(placeAndDate('Hòa An', { year: 2025, month: 6, day: 20 })).toBe(`Hòa An, ${unbreakable('ngày 20 tháng 6 năm 2025')}`);
    expect(placeAndDate(undefined, { year: 2025, month: 6, day: 20 })).toBe(unbreakable('Ngày 20 tháng 6 năm 2025'));
  });

  it('writes a time in hours and minutes', () => {
    expect(vietnameseTime({ hour: 10, minute: 30 })).toBe(unbreakable('10 giờ 30 phút'));
    expect(vietnameseTime({ hour: 8, minute: 5 })).toBe(unbreakable('8 giờ 05 phút'));
    expect(vietnameseTime({ hour: 0, minute: 0 })).toBe(unbreakable('0 giờ 00 phút'));
  });

  it('reads ISO dates and wall-clock times, refusing impossible ones', () => {
    expect(parseIsoDate('2025-04-14')).toEqual({ year: 2025, month: 4, day: 14 });
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2025-13-01')).toBeNull();
    expect(parseIsoDate('14/04/2025')).toBeNull();
    expect(parseLocalDateTime('2025-06-20T10:45')).toEqual({ year: 2025, month: 6, day: 20, hour: 10, minute: 45 });
    expect(parseLocalDateTime('2025-06-20 09:05:59')).toEqual({ year: 2025, month: 6, day: 20, hour: 9, minute: 5 });
    expect(parseLocalDateTime('2025-06-20T24:00')).toBeNull();
    expect(parseLocalDateTime('2025-06-20')).toBeNull();
  });

  it('reads the first and last day, month, hour and minute; refuses day 0, month 0, 24:00 and minute 60', () => {
    expect(parseIsoDate('2025-01-01')).toEqual({ year: 2025, month: 1, day: 1 });
    expect(parseIsoDate('2025-12-31')).toEqual({ year: 2025, month: 12, day: 31 });
    expect(parseIsoDate('2025-04-30')).toEqual({ year: 2025, month: 4, day: 30 });
    expect(['2025-04-00', '2025-00-10', '2025-04-31', '2025-12-32'].map(parseIsoDate)).toEqual([null, null, null, null]);
    expect(parseLocalDateTime('2025-12-31T23:59')).toEqual({ year: 2025, month: 12, day: 31, hour: 23, minute: 59 });
    expect(parseLocalDateTime('2025-01-01T00:00')).toEqual({ year: 2025, month: 1, day: 1, hour: 0, minute: 0 });
    expect(parseLocalDateTime('2025-06-20T10:60')).toBeNull();
    expect(parseLocalDateTime('2025-06-31T10:00')).toBeNull();
  });

  it('knows the leap years of the Gregorian calendar: every fourth, but not the centuries other than every fourth', () => {
    expect(parseIsoDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseIsoDate('1900-02-29')).toBeNull();
    expect(parseIsoDate('2100-02-29')).toBeNull();
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it('agrees with the calendar on whether any day of any month exists', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const calendar = new Date(Date.UTC(year, month - 1, day));
        const real = month >= 1 && month <= 12 && day >= 1 && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day;
        expect(parseIsoDate(text)).toEqual(real ? { year, month, day } : null);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads nothing but the date or the date and time: no text before, none after a date', () => {
    expect(parseIsoDate('x2025-04-14')).toBeNull();
    expect(parseIsoDate('2025-04-14x')).toBeNull();
    expect(parseIsoDate('2025-04-14T10:00')).toBeNull();
    expect(parseLocalDateTime('x2025-06-20T10:45')).toBeNull();
    expect(parseLocalDateTime('ngày 2025-06-20 10:45')).toBeNull();
  });

  it('takes the wall-clock moment of a Date as the machine’s own clock shows it', () => {
    expect(localDateTimeOf(new Date(2025, 0, 31, 23, 59, 30))).toEqual({ year: 2025, month: 1, day: 31, hour: 23, minute: 59 });
    expect(localDateTimeOf(new Date(2025, 11, 1, 0, 5))).toEqual({ year: 2025, month: 12, day: 1, hour: 0, minute: 5 });
  });
});

describe('dates and times on the screens: dd/mm/yyyy and 24-hour HH:mm', () => {
  it('writes dates, times and moments with two digits for day, month, hour and minute', () => {
    expect(numericDate({ year: 2025, month: 6, day: 5 })).toBe('05/06/2025');
    expect(numericDate({ year: 2025, month: 12, day: 31 })).toBe('31/12/2025');
    expect(numericTime({ hour: 7, minute: 5 })).toBe('07:05');
    expect(numericTime({ hour: 23, minute: 59 })).toBe('23:59');
    expect(numericDateTime({ year: 2025, month: 1, day: 2, hour: 0, minute: 0 })).toBe('02/01/2025 00:00');
    expect(isoDate({ year: 2025, month: 6, day: 5 })).toBe('2025-06-05');
    expect(isoLocalDateTime({ year: 2025, month: 6, day: 5, hour: 9, minute: 7 })).toBe('2025-06-05T09:07');
  });

  it('shows a recorded moment on the machine’s clock, in the afternoon as 14:30, never AM/PM', () => {
    // Built from the local clock, so the test holds in any time zone.
    expect(shownMoment(new Date(2025, 5, 20, 14, 30, 59).toISOString())).toBe('20/06/2025 14:30');
    expect(shownMoment(new Date(2025, 0, 1, 0, 5).toISOString())).toBe('01/01/2025 00:05');
    expect(shownMoment('không phải thời điểm')).toBe('không phải thời điểm');
  });

  it('reads a date typed day first, with slashes, dashes, dots or none, and an ISO date', () => {
    const june20 = { value: { year: 2025, month: 6, day: 20 } };
    for (const typed of ['20/06/2025', '20/6/2025', ' 20/6/2025 ', '20-06-2025', '20.06.2025', '20 / 06 / 2025', '20062025', '2025-06-20']) expect(readTypedDate(typed)).toEqual(june20);
    expect(readTypedDate('1/2/2026')).toEqual({ value: { year: 2026, month: 2, day: 1 } });
    expect(readTypedDate('29/02/2024')).toEqual({ value: { year: 2024, month: 2, day: 29 } });
    expect(readTypedDate('31/12/2025')).toEqual({ value: { year: 2025, month: 12, day: 31 } });
    expect(readTypedDate('01/01/2025')).toEqual({ value: { year: 2025, month: 1, day: 1 } });
  });

  it('says in Vietnamese why a typed date is refused: its form, a short year, no such month, no such day', () => {
    for (const typed of ['', '20/06', '2025', 'hôm nay', '20/06/2025 10:00', '200625', '06/20/2025x']) expect(readTypedDate(typed)).toEqual({ error: 'ghi ngày theo dạng ngày/tháng/năm, ví dụ 20/06/2025' });
    expect(readTypedDate('20/06/25')).toEqual({ error: 'ghi năm đủ 4 chữ số, ví dụ 20/06/2025' });
    expect(readTypedDate('20/06/02025')).toEqual({ error: 'ghi năm đủ 4 chữ số, ví dụ 20/06/2025' });
    expect(readTypedDate('06/13/2025')).toEqual({ error: 'không có tháng 13: tháng từ 1 đến 12' });
    expect(readTypedDate('06/00/2025')).toEqual({ error: 'không có tháng 0: tháng từ 1 đến 12' });
    expect(readTypedDate('29/02/2025')).toEqual({ error: 'tháng 2/2025 có 28 ngày, không có ngày 29' });
    expect(readTypedDate('31/04/2025')).toEqual({ error: 'tháng 4/2025 có 30 ngày, không có ngày 31' });
    expect(readTypedDate('00/04/2025')).toEqual({ error: 'tháng 4/2025 có 30 ngày, không có ngày 0' });
    expect(readTypedDate('29/02/1900')).toEqual({ error: 'tháng 2/1900 có 28 ngày, không có ngày 29' });
  });

  it('reads back every date it writes, and agrees with the calendar on which days exist', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const calendar = new Date(Date.UTC(year, month - 1, day));
        const real = day >= 1 && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day;
        const typed = readTypedDate(`${day}/${month}/${year}`);
        expect(typed.value ?? null).toEqual(real ? { year, month, day } : null);
        if (real) expect(readTypedDate(numericDate({ year, month, day })).value).toEqual({ year, month, day });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a 24-hour time typed with a colon, an h or giờ, or four digits', () => {
    for (const typed of ['14:30', ' 14:30 ', '14.30', '14h30', '14H30', '14g30', '14 giờ 30', '14 giờ 30 phút', '14h30p', '1430']) expect(readTypedTime(typed)).toEqual({ value: { hour: 14, minute: 30 } });
    expect(readTypedTime('7:05')).toEqual({ value: { hour: 7, minute: 5 } });
    expect(readTypedTime('7h')).toEqual({ value: { hour: 7, minute: 0 } });
    expect(readTypedTime('00:00')).toEqual({ value: { hour: 0, minute: 0 } });
    expect(readTypedTime('23:59')).toEqual({ value: { hour: 23, minute: 59 } });
  });

  it('says in Vietnamese why a typed time is refused: its form, an hour past 23, a minute past 59', () => {
    for (const typed of ['', '7', '7:', '7:5', '2:30 PM', '10:33 AM', 'trưa', '930']) expect(readTypedTime(typed)).toEqual({ error: 'ghi giờ theo dạng giờ:phút (24 giờ), ví dụ 14:30' });
    expect(readTypedTime('24:00')).toEqual({ error: 'không có 24 giờ: giờ từ 0 đến 23' });
    expect(readTypedTime('10:60')).toEqual({ error: 'không có phút 60: phút từ 00 đến 59' });
    expect(readTypedTime('2400')).toEqual({ error: 'không có 24 giờ: giờ từ 0 đến 23' });
  });
});
