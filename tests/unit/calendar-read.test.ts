import { describe, expect, it } from 'vitest';
import { isCalendarDate, isoDay, localNoon, toCalendarDate } from '../../src/shared/calendar';
import { daysBetween, isMondayDate, mondayOf, nextMondayAfter, shiftDate } from '../../src/shared/domain/calendar-days';
import { dateProblem } from '../../src/shared/date-limits';

/*
 * Calendar dates are read by localNoon (date-fns parseISO on the one YYYY-MM-DD shape; s7size had
 * replaced it by the platform parser for bytes, s8size went back to the library). Every answer must
 * stay what parseISO gave: these are the values it gave for the same text.
 */
describe('localNoon reads a YYYY-MM-DD day as parseISO did', () => {
  it('a real day is local noon of that day, year, month and day as written', () => {
    const cases: Array<[string, number, number, number]> = [
      ['2026-03-05', 2026, 2, 5],
      ['2024-02-29', 2024, 1, 29],
      ['0096-02-29', 96, 1, 29],
      ['0001-01-01', 1, 0, 1],
      ['0000-01-01', 0, 0, 1],
      ['9999-12-31', 9999, 11, 31],
    ];
    for (const [text, year, month, day] of cases) {
      const date = localNoon(text);
      expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()], text).toEqual([year, month, day, 12, 0]);
    }
  });

  it('a day its month lacks, or any other text, is an Invalid Date (the platform alone would roll 30 February over to 2 March)', () => {
    for (const text of ['2026-02-30', '2026-02-29', '0099-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-05', '20260305', 'abcd-ef-gh', '', '2026-03-05T08:00']) {
      expect(Number.isNaN(localNoon(text).getTime()), text).toBe(true);
    }
  });

  it('isCalendarDate and dateProblem still accept only real days', () => {
    expect(['2026-03-05', '2024-02-29', '0001-01-01', '9999-12-31'].map(isCalendarDate)).toEqual([true, true, true, true]);
    // 0000-01-01: date-fns (which checked before) has no year 0, so it was never a day here.
    expect(['2026-02-30', '2026-04-31', '2026-13-01', '2026-3-5', ' 2026-03-05', '2026-03-05 ', '0000-01-01', '2026-02-29'].map(isCalendarDate)).toEqual([
      false, false, false, false, false, false, false, false,
    ]);
    expect(dateProblem('2026-02-30')).toBe('2026-02-30 is not a date. Use the date picker or the form YYYY-MM-DD.');
  });

  it('isoDay writes a local day as lightFormat(yyyy-MM-dd) did, and refuses an Invalid Date the same way', () => {
    const day = (year: number, month: number, date: number, hour = 12) => {
      const d = new Date(2000, 0, 1, hour);
      d.setFullYear(year, month, date);
      return d;
    };
    expect(isoDay(day(2026, 2, 5))).toBe('2026-03-05');
    expect(isoDay(day(2026, 2, 5, 0))).toBe('2026-03-05');
    expect(isoDay(day(2026, 11, 31, 23))).toBe('2026-12-31');
    expect(isoDay(day(96, 1, 29))).toBe('0096-02-29');
    expect(isoDay(day(1, 0, 1))).toBe('0001-01-01');
    expect(isoDay(day(10000, 0, 1))).toBe('10000-01-01');
    expect(toCalendarDate(day(2026, 10, 30, 9))).toBe('2026-11-30');
    expect(() => isoDay(new Date(NaN))).toThrow(new RangeError('Invalid time value'));
  });

  it('day arithmetic reads the same days: shift, difference, Mondays, the year ends', () => {
    expect(shiftDate('2026-02-27', 2)).toBe('2026-03-01');
    expect(shiftDate('2024-02-28', 1)).toBe('2024-02-29');
    expect(shiftDate('2026-03-28', 2)).toBe('2026-03-30'); // over the European spring DST change
    expect(shiftDate('9999-12-30', 5)).toBe('9999-12-31');
    expect(shiftDate('0001-01-02', -5)).toBe('0001-01-01');
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
    expect(nextMondayAfter('2026-11-30')).toBe('2026-12-07');
    expect(nextMondayAfter('2026-11-29')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect([isMondayDate('2026-11-30'), isMondayDate('2026-12-01')]).toEqual([true, false]);
    // Every weekday of one week (Mon 2026-11-30 … Sun 2026-12-06): its Monday and the next Monday, as date-fns' startOfISOWeek and nextMonday gave.
    const week = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'];
    expect(week.map(mondayOf)).toEqual(Array(7).fill('2026-11-30'));
    expect(week.map(nextMondayAfter)).toEqual(Array(7).fill('2026-12-07'));
    expect([mondayOf('2026-03-01'), nextMondayAfter('2026-03-29'), mondayOf('0001-01-01'), nextMondayAfter('9999-12-30')]).toEqual(['2026-02-23', '2026-03-30', '0001-01-01', '9999-12-31']);
  });
});
