import { isValid, lightFormat, parseISO } from 'date-fns';
// lightFormat: the ISO patterns need no locale, and format() would pull date-fns' English locale into the renderer bundle.
import type { CalendarDate } from './plan-schema';

/**
 * The local calendar day of an instant as 'YYYY-MM-DD' (date-fns' lightFormat; the year zero-padded
 * to four digits). Throws RangeError("Invalid time value") for an Invalid Date.
 */
export const isoDay = (instant: Date): CalendarDate => lightFormat(instant, 'yyyy-MM-dd');

/** Today's calendar date in the local zone of the given instant. */
export const toCalendarDate = (instant: Date): CalendarDate => isoDay(instant);

/** A file-name-safe local timestamp (no colons, which Windows forbids). */
export const fileStamp = (instant: Date): string => lightFormat(instant, "yyyyMMdd'T'HHmmss");

/**
 * Local noon of a 'YYYY-MM-DD' day (noon: no DST change or zone offset moves it to a neighbouring
 * day); an Invalid Date for any other text, a day its month lacks (2026-02-30) included.
 * Read by date-fns' parseISO (the team's rule: a well-kept library for dates), given only the one
 * shape a calendar day has.
 */
export const localNoon = (day: string): Date => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? parseISO(`${day}T12:00:00`) : new Date(NaN));

/**
 * Whether text is a real YYYY-MM-DD day (the renderer's quick check; main validates again with
 * the contract's zod schema, which the renderer bundle does without).
 */
export const isCalendarDate = (value: string): boolean =>
  // Year 0000 is no day here: date-fns, which checked this before, counts years from 1 (1 BC is 0001).
  isValid(localNoon(value)) && value >= '0001';
