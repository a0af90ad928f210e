import type { CalendarDate } from '../plan-schema';
import { daysBetween, maxDate, shiftDate } from './calendar-days';
import type { Schedule } from './schedule';

/** Below this much history a velocity is noise, so the forecast assumes the plan's pace from today. */
export const MIN_HISTORY_DAYS = 14;
/** ...and at least one plain week's worth of work must be done. */
export const MIN_HISTORY_WORK_DAYS = 7;
/** Ten years: past this a forecast says nothing useful (and dates would stop being readable). */
const MAX_FORECAST_DAYS = 3650;

export interface Forecast {
  finish: CalendarDate;
  /**
   * 'velocity': from the user's real rate; 'hours': hours pace, from the study hours logged against
   * the hours the plan asks; 'plan': not enough history, the plan's pace from today.
   */
  basis: 'finished' | 'velocity' | 'hours' | 'plan';
  /** Days of planned work done per calendar day since the start (1 = exactly on plan), when known. */
  velocity: number | null;
}

export const workTotal = (schedule: Schedule) => schedule.weeks.reduce((n, w) => n + w.workDays, 0);
export const workDone = (schedule: Schedule) => schedule.weeks.reduce((n, w) => n + w.workDays * w.credit, 0);
export const unitsDone = (schedule: Schedule) => schedule.weeks.reduce((n, w) => n + w.credit, 0);

export const plannedFinish = (schedule: Schedule): CalendarDate =>
  schedule.weeks.length ? schedule.weeks[schedule.weeks.length - 1]!.plannedEnd : schedule.startDate;

export function forecastFinish(schedule: Schedule, today: CalendarDate): Forecast {
  const weeks = schedule.weeks;
  if (weeks.every((w) => w.credit === 1)) {
    const ends = weeks.map((w) => w.actualEnd).filter((d): d is CalendarDate => d !== null);
    return { finish: ends.length ? ends.reduce(maxDate) : today, basis: 'finished', velocity: null };
  }
  const remaining = Math.max(0, workTotal(schedule) - workDone(schedule));
  const elapsed = daysBetween(schedule.startDate, today);
  const done = workDone(schedule);
  const byHours = hoursForecast(schedule, today, elapsed);
  if (byHours) return byHours;
  if (!schedule.provisional && elapsed >= MIN_HISTORY_DAYS && done >= MIN_HISTORY_WORK_DAYS) {
    const velocity = done / elapsed;
    const days = Math.min(MAX_FORECAST_DAYS, Math.ceil(remaining / velocity));
    return { finish: shiftDate(today, Math.max(0, days - 1)), basis: 'velocity', velocity };
  }
  const from = maxDate(today, schedule.startDate);
  return { finish: shiftDate(from, Math.max(0, Math.ceil(remaining) - 1)), basis: 'plan', velocity: null };
}

/**
 * Hours pace with study time logged: the hours still asked (each unfinished week's planned hours
 * less what was logged for it) at the rate hours were logged since the start. Null when the pace
 * is calendar, the plan is provisional, history is under MIN_HISTORY_DAYS or nothing is logged.
 */
export function hoursForecast(schedule: Schedule, today: CalendarDate, elapsed = daysBetween(schedule.startDate, today)): Forecast | null {
  if (schedule.pace.mode !== 'hours' || schedule.provisional || elapsed < MIN_HISTORY_DAYS) return null;
  const logged = schedule.weeks.reduce((n, w) => n + w.loggedHours, 0);
  if (logged <= 0) return null;
  const perDay = logged / elapsed;
  const remainingHours = schedule.weeks
    .filter((w) => w.credit < 1)
    .reduce((n, w) => n + Math.max(0, (w.plannedHours ?? 0) - w.loggedHours), 0);
  const days = Math.min(MAX_FORECAST_DAYS, Math.ceil(remainingHours / perDay));
  // Planned hours per day of the pace, against the hours logged per day: 1 = exactly on plan.
  const planPerDay = schedule.pace.hoursPerWeek / 7;
  return { finish: shiftDate(today, Math.max(0, days - 1)), basis: 'hours', velocity: perDay / planPerDay };
}
