import { addDays, differenceInCalendarDays, format, isMonday, nextMonday, parseISO, startOfISOWeek } from 'date-fns';
import type { CalendarDate } from '../plan-schema';

/*
 * Calendar dates are 'YYYY-MM-DD' strings. They are read as local NOON so that no DST change
 * (some zones jump at midnight) and no zone offset can move them to a neighbouring day.
 */
const read = (day: CalendarDate): Date => parseISO(`${day}T12:00:00`);
const write = (date: Date): CalendarDate => format(date, 'yyyy-MM-dd');

export const shiftDate = (day: CalendarDate, days: number): CalendarDate => write(addDays(read(day), days));

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number => differenceInCalendarDays(read(to), read(from));

/** The first-run default: the coming Monday (strictly after today, so there is time to get ready). */
export const nextMondayAfter = (today: CalendarDate): CalendarDate => write(nextMonday(read(today)));

export const mondayOf = (day: CalendarDate): CalendarDate => write(startOfISOWeek(read(day)));

export const isMondayDate = (day: CalendarDate): boolean => isMonday(read(day));

export const minDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a <= b ? a : b);
export const maxDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a >= b ? a : b);

/** For labels: "Mon 2 Mar 2026" style, from the same date-fns formatter. */
export const formatDay = (day: CalendarDate, pattern = 'EEE d MMM yyyy'): string => format(read(day), pattern);
