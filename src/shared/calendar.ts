import { format, isValid, parseISO } from 'date-fns';
import type { CalendarDate } from './plan-schema';

/** Today's calendar date in the local zone of the given instant. */
export const toCalendarDate = (instant: Date): CalendarDate => format(instant, 'yyyy-MM-dd');

/** A file-name-safe local timestamp (no colons, which Windows forbids). */
export const fileStamp = (instant: Date): string => format(instant, "yyyyMMdd'T'HHmmss");

/**
 * Whether text is a real YYYY-MM-DD day (the renderer's quick check; main validates again with
 * the contract's zod schema, which the renderer bundle does without).
 */
export const isCalendarDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value)) && format(parseISO(value), 'yyyy-MM-dd') === value;
