import { addDays, differenceInCalendarDays, isMonday, isValid, nextMonday, startOfISOWeek } from 'date-fns';
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
  if (!isValid(date) || date.getFullYear() > 9999) return '9999-12-31';
  if (date.getFullYear() < 1) return '0001-01-01';
  return isoDay(date);
};

export const shiftDate = (day: CalendarDate, days: number): CalendarDate => write(addDays(read(day), days));

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number => differenceInCalendarDays(read(to), read(from));

/** The first-run default: the coming Monday (strictly after today, so there is time to get ready). */
export const nextMondayAfter = (today: CalendarDate): CalendarDate => write(nextMonday(read(today)));

/** The Monday of `day`'s ISO week (the day itself on a Monday). */
export const mondayOf = (day: CalendarDate): CalendarDate => write(startOfISOWeek(read(day)));

export const isMondayDate = (day: CalendarDate): boolean => isMonday(read(day));

export const minDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a <= b ? a : b);
export const maxDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a >= b ? a : b);

// Dates for people are said by src/shared/display-dates.ts (Intl, the reader's locale), not here.
