import { describe, it, expect } from 'vitest';
import { ageOn, formatDate, formatDateWords, formatPlaceDateLine, isIsoDate, parseViDate, todayIso } from './dates';

describe('isIsoDate', () => {
  it.each([
    ['2026-02-05', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-2-5', false],
    ['05/02/2026', false],
    ['2026-02-05T00:00:00Z', false],
    ['', false],
  ])('isIsoDate(%j) = %s', (s, expected) => {
    expect(isIsoDate(s)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each<[string | null | undefined, string]>([
    ['2026-02-05', '05/02/2026'],
    ['1999-12-31', '31/12/1999'],
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['không rõ', 'không rõ'],
  ])('formatDate(%j) = %j', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });
});

describe('parseViDate', () => {
  it.each([
    ['5/2/2026', '2026-02-05'],
    ['05/02/2026', '2026-02-05'],
    ['05-02-2026', '2026-02-05'],
    ['05.02.2026', '2026-02-05'],
    ['2026-02-05', '2026-02-05'],
    [' 5/2/2026 ', '2026-02-05'],
    ['29/02/2024', '2024-02-29'],
    ['2/5/2026', '2026-05-02'],
  ])('parseViDate(%j) = %j', (text, expected) => {
    expect(parseViDate(text)).toBe(expected);
  });

  it.each([['29/02/2025'], ['31/04/2026'], ['5/13/2026'], ['5/2-2026'], ['5/2/26'], ['2026/02/05'], ['hôm nay'], ['']])(
    'parseViDate(%j) = null',
    (text) => {
      expect(parseViDate(text)).toBeNull();
    },
  );
});

describe('formatDateWords / formatPlaceDateLine', () => {
  it.each([
    ['2026-02-05', 'ngày 05 tháng 02 năm 2026'],
    ['2026-01-15', 'ngày 15 tháng 01 năm 2026'],
    ['2026-03-09', 'ngày 09 tháng 3 năm 2026'],
    ['2026-11-20', 'ngày 20 tháng 11 năm 2026'],
    ['2026-10-01', 'ngày 01 tháng 10 năm 2026'],
    ['2026-12-31', 'ngày 31 tháng 12 năm 2026'],
  ])('formatDateWords(%j) = %j', (iso, expected) => {
    expect(formatDateWords(iso)).toBe(expected);
  });

  it.each([
    ['Hà Nội', '2026-02-05', 'Hà Nội, ngày 05 tháng 02 năm 2026'],
    ['TP. Hồ Chí Minh', '2026-03-09', 'TP. Hồ Chí Minh, ngày 09 tháng 3 năm 2026'],
    [' Đà  Nẵng ', '2025-11-20', 'Đà Nẵng, ngày 20 tháng 11 năm 2025'],
    ['', '2026-02-05', 'Ngày 05 tháng 02 năm 2026'],
  ])('formatPlaceDateLine(%j, %j) = %j', (place, iso, expected) => {
    expect(formatPlaceDateLine(place, iso)).toBe(expected);
  });

  it('throws RangeError on an invalid date', () => {
    expect(() => formatDateWords('2025-02-29')).toThrow(RangeError);
  });
});

describe('todayIso', () => {
  it.each([
    [new Date(2026, 1, 5, 0, 0, 1), '2026-02-05'],
    [new Date(2026, 11, 31, 23, 59, 59), '2026-12-31'],
    [new Date(999, 0, 1, 12), '0999-01-01'],
  ])('todayIso(%s) = %j', (now, expected) => {
    expect(todayIso(now)).toBe(expected);
  });

  it('defaults to now', () => {
    expect(isIsoDate(todayIso())).toBe(true);
  });
});

describe('ageOn', () => {
  it.each([
    ['1990-05-10', '2026-05-09', 35],
    ['1990-05-10', '2026-05-10', 36],
    ['1990-05-10', '2026-12-31', 36],
    ['2000-02-29', '2025-02-28', 24],
    ['2000-02-29', '2025-03-01', 25],
    ['2000-02-29', '2024-02-29', 24],
    ['2026-02-05', '2026-02-05', 0],
  ])('ageOn(%j, %j) = %d', (dob, on, expected) => {
    expect(ageOn(dob, on)).toBe(expected);
  });

  it('throws RangeError on an invalid date', () => {
    expect(() => ageOn('1990-02-30', '2026-01-01')).toThrow(RangeError);
  });
});
