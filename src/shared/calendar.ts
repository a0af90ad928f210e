import { lightFormat } from 'date-fns';
// lightFormat: the ISO patterns need no locale, and format() would pull date-fns' English locale into the renderer bundle.
import type { CalendarDate } from './plan-schema';

/**
 * The local calendar day of an instant as 'YYYY-MM-DD' (the year zero-padded to four digits, as
 * date-fns' lightFormat 'yyyy-MM-dd' wrote it for years 1 and up). Throws RangeError("Invalid time
 * value") for an Invalid Date, as lightFormat did. Written out because this one fixed pattern is
 * all the renderer needed of lightFormat's pattern engine (s7size, renderer bundle target).
 */
export function isoDay(instant: Date): CalendarDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid time value');
  const pad = (n: number, digits: number) => String(n).padStart(digits, '0');
  return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1, 2)}-${pad(instant.getDate(), 2)}`;
}

/** Today's calendar date in the local zone of the given instant. */
export const toCalendarDate = (instant: Date): CalendarDate => isoDay(instant);

/** A file-name-safe local timestamp (no colons, which Windows forbids). */
export const fileStamp = (instant: Date): string => lightFormat(instant, "yyyyMMdd'T'HHmmss");

/**
 * Local noon of a 'YYYY-MM-DD' day (noon: no DST change or zone offset moves it to a neighbouring
 * day); an Invalid Date for any other text, a day its month lacks (2026-02-30) included.
 * The platform reads a date-time without an offset as local time (ECMA-262, Date Time String
 * Format) but rolls 30 February over to 2 March, hence the check of the day. This replaces
 * date-fns' parseISO, whose general ISO parser (zones, week dates) was the renderer's largest
 * date-fns import for one fixed shape (s7size, renderer bundle target).
 */
export function localNoon(day: string): Date {
  const date = new Date(`${day}T12:00:00`);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && date.getDate() === Number(day.slice(8)) ? date : new Date(NaN);
}

/**
 * Whether text is a real YYYY-MM-DD day (the renderer's quick check; main validates again with
 * the contract's zod schema, which the renderer bundle does without).
 */
export const isCalendarDate = (value: string): boolean =>
  // Year 0000 is no day here: date-fns, which checked this before, counts years from 1 (1 BC is 0001).
  !Number.isNaN(localNoon(value).getTime()) && value >= '0001';
