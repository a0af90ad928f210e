import { toCalendarDate } from '@shared/calendar';
import type { CalendarDate } from '@shared/plan-schema';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock frozen on a calendar day (the E2E harness's `now`); noon keeps the day stable in any
 * zone offset the machine may have.
 */
export function fixedClock(day: CalendarDate): Clock {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { now: () => new Date(y, m - 1, d, 12, 0, 0) };
}

export const today = (clock: Clock): CalendarDate => toCalendarDate(clock.now());
