import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateTimeOf, parseIsoDate, parseLocalDateTime, placeAndDate, vietnameseDate, vietnameseTime } from '../../../shared/format/date';

describe('Vietnamese dates', () => {
  it('writes a date as on Party documents', () => {
    expect(vietnameseDate({ year: 2025, month: 4, day: 14 })).toBe('ngày 14 tháng 4 năm 2025');
    expect(vietnameseDate({ year: 2025, month: 12, day: 31 })).toBe('ngày 31 tháng 12 năm 2025');
  });

  it('puts a zero before days below 10 and before January and February', () => {
    expect(vietnameseDate({ year: 2025, month: 2, day: 5 })).toBe('ngày 05 tháng 02 năm 2025');
    expect(vietnameseDate({ year: 2026, month: 1, day: 10 })).toBe('ngày 10 tháng 01 năm 2026');
    expect(vietnameseDate({ year: 2025, month: 3, day: 9 })).toBe('ngày 09 tháng 3 năm 2025');
  });

  it('writes the place and date line, capitalized when there is no place', () => {
    expect(placeAndDate('Hòa An', { year: 2025, month: 6, day: 20 })).toBe('Hòa An, ngày 20 tháng 6 năm 2025');
    expect(placeAndDate(undefined, { year: 2025, month: 6, day: 20 })).toBe('Ngày 20 tháng 6 năm 2025');
  });

  it('writes a time in hours and minutes', () => {
    expect(vietnameseTime({ hour: 10, minute: 30 })).toBe('10 giờ 30 phút');
    expect(vietnameseTime({ hour: 8, minute: 5 })).toBe('8 giờ 05 phút');
    expect(vietnameseTime({ hour: 0, minute: 0 })).toBe('0 giờ 00 phút');
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
