import { addDays, differenceInCalendarDays } from 'date-fns';
import type { CalendarDate } from '../plan-schema';
import { isoDay, localNoon } from '../calendar';

/*
 * Calendar dates are 'YYYY-MM-DD' strings. They are read as local NOON so that no DST change
 * (some zones jump at midnight) and no zone offset can move them to a neighbouring day.
 */
const read: (day: CalendarDate) => Date = localNoon;
/**
 * Saturates at the ends of what a YYYY-MM-DD day can say: a sum that runs past year 9999 (from an
 * odd stored date) reads back as 9999-12-31 instead of an unreadable "10000-01-01" that makes the
 * next format throw "Invalid time value" and blank the view.
 */
const write = (date: Date): CalendarDate => {
  if (Number.isNaN(date.getTime()) || date.getFullYear() > 9999) return '9999-12-31';
  if (date.getFullYear() < 1) return '0001-01-01';
  return isoDay(date);
};

export const shiftDate = (day: CalendarDate, days: number): CalendarDate => write(addDays(read(day), days));

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number => differenceInCalendarDays(read(to), read(from));

/** Days since the Monday of `day`'s week: 0 on a Monday, 6 on a Sunday (ISO weeks start on Monday). */
const sinceMonday = (day: CalendarDate): number => (read(day).getDay() + 6) % 7;

/** The first-run default: the coming Monday (strictly after today, so there is time to get ready). */
export const nextMondayAfter = (today: CalendarDate): CalendarDate => shiftDate(today, 7 - sinceMonday(today));

/** The Monday of `day`'s ISO week (the day itself on a Monday). */
export const mondayOf = (day: CalendarDate): CalendarDate => shiftDate(day, -sinceMonday(day));

export const isMondayDate = (day: CalendarDate): boolean => read(day).getDay() === 1;

export const minDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a <= b ? a : b);
export const maxDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a >= b ? a : b);

// Dates for people are said by src/shared/display-dates.ts (Intl, the reader's locale), not here.
