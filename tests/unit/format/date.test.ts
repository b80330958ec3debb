import { describe, expect, it } from 'vitest';
import { parseIsoDate, parseLocalDateTime, placeAndDate, vietnameseDate, vietnameseTime } from '../../../shared/format/date';

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
});
