import { format } from 'date-fns';
import type { CalendarDate } from './plan-schema';

/** Today's calendar date in the local zone of the given instant. */
export const toCalendarDate = (instant: Date): CalendarDate => format(instant, 'yyyy-MM-dd');

/** A file-name-safe local timestamp (no colons, which Windows forbids). */
export const fileStamp = (instant: Date): string => format(instant, "yyyyMMdd'T'HHmmss");
