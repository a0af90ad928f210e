import { isValid, lightFormat, parseISO } from 'date-fns';
// lightFormat: the ISO patterns need no locale, and format() would pull date-fns' English locale into the renderer bundle.
import type { CalendarDate } from './plan-schema';

/** Today's calendar date in the local zone of the given instant. */
export const toCalendarDate = (instant: Date): CalendarDate => lightFormat(instant, 'yyyy-MM-dd');

/** A file-name-safe local timestamp (no colons, which Windows forbids). */
export const fileStamp = (instant: Date): string => lightFormat(instant, "yyyyMMdd'T'HHmmss");

/**
 * Whether text is a real YYYY-MM-DD day (the renderer's quick check; main validates again with
 * the contract's zod schema, which the renderer bundle does without).
 */
export const isCalendarDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value)) && lightFormat(parseISO(value), 'yyyy-MM-dd') === value;
