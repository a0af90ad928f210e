import type { CalendarDate } from '../plan-schema';
import { daysBetween, maxDate, minDate, shiftDate } from './calendar-days';
import { offsetForUnits, type Schedule, type ScheduledWeek } from './schedule';

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

/**
 * When the roadmap will be finished, from where the user stands `today`:
 * - 'finished': every week done or skipped; the last real finish.
 * - 'plan': under MIN_HISTORY_DAYS since the start or under MIN_HISTORY_WORK_DAYS of work done
 *   (ticks: done weeks and ticked goals/tasks), or no start date yet: the plan's pace from today.
 * - 'velocity': the days of planned work done per day since the start, applied to the work left.
 * - 'hours' (hours pace only): see hoursForecast; it refines the velocity forecast once enough
 *   study time is logged, and stands in for nothing else.
 * Logging study time never moves the forecast later (tests/unit/forecast-hours-s6.test.ts).
 */
export function forecastFinish(schedule: Schedule, today: CalendarDate): Forecast {
  const weeks = schedule.weeks;
  if (weeks.every((w) => w.credit === 1)) {
    const ends = weeks.map((w) => w.actualEnd).filter((d): d is CalendarDate => d !== null);
    return { finish: ends.length ? ends.reduce(maxDate) : today, basis: 'finished', velocity: null };
  }
  const remaining = Math.max(0, workTotal(schedule) - workDone(schedule));
  const elapsed = daysBetween(schedule.startDate, today);
  const done = workDone(schedule);
  if (hasHistory(schedule, elapsed)) {
    const velocity = done / elapsed;
    const days = Math.min(MAX_FORECAST_DAYS, Math.ceil(remaining / velocity));
    const byVelocity: Forecast = { finish: shiftDate(today, Math.max(0, days - 1)), basis: 'velocity', velocity };
    // Hours refine the velocity forecast and never move it later: kept on the plan's side of
    // ahead/behind, the hours one could land past it, and logging an hour then pushed the finish
    // out by years (a property run found it, session 10).
    const byHours = hoursForecast(schedule, today, elapsed);
    return byHours && byHours.finish <= byVelocity.finish ? byHours : byVelocity;
  }
  const from = maxDate(today, schedule.startDate);
  return { finish: shiftDate(from, Math.max(0, Math.ceil(remaining) - 1)), basis: 'plan', velocity: null };
}

/** Enough history for a rate: a real start, MIN_HISTORY_DAYS behind us and MIN_HISTORY_WORK_DAYS of work ticked. */
const hasHistory = (schedule: Schedule, elapsed: number) => !schedule.provisional && elapsed >= MIN_HISTORY_DAYS && workDone(schedule) >= MIN_HISTORY_WORK_DAYS;

/**
 * Hours pace with study time logged (audit s6 fault 6). Each week's hours done are the larger of
 * the hours logged for it and the share of its planned hours its ticks stand for (a Done week is
 * all of its planned hours), so weeks finished without logging count as work done and the rate
 * never starts from nothing. The hours still asked (each unfinished week's planned hours less its
 * hours done) at the rate of hours done per day since the start give the finish.
 *
 * Null — and the velocity (or plan) forecast applies — in calendar pace, without a start date,
 * before the velocity forecast has history (MIN_HISTORY_DAYS and MIN_HISTORY_WORK_DAYS of ticked
 * work; logged hours never open a rate forecast by themselves), or while under one week's pace of
 * hours (`hoursPerWeek`) is logged in all: a few hours are too little time to forecast from.
 * Because hours done are never below what the ticks stand for, this forecast is never later than
 * the velocity one, and logging more hours only brings it nearer.
 *
 * So that one card never says both "behind" and "early" (or "ahead" and "late"), the finish is
 * kept on the planned finish's side of the ahead/behind figure: behind by more than a day, never
 * before the planned finish; ahead by more than a day, never after it.
 */
export function hoursForecast(schedule: Schedule, today: CalendarDate, elapsed = daysBetween(schedule.startDate, today)): Forecast | null {
  if (schedule.pace.mode !== 'hours' || !hasHistory(schedule, elapsed)) return null;
  const logged = schedule.weeks.reduce((n, w) => n + w.loggedHours, 0);
  if (logged < schedule.pace.hoursPerWeek) return null;
  const hoursDone = (w: ScheduledWeek) => Math.max(w.loggedHours, w.credit * (w.plannedHours ?? 0));
  const done = schedule.weeks.reduce((n, w) => n + hoursDone(w), 0);
  const perDay = done / elapsed;
  const remainingHours = schedule.weeks
    .filter((w) => w.credit < 1)
    .reduce((n, w) => n + Math.max(0, (w.plannedHours ?? 0) - hoursDone(w)), 0);
  const days = Math.min(MAX_FORECAST_DAYS, Math.ceil(remainingHours / perDay));
  // Planned hours per day of the pace, against the hours done per day: 1 = exactly on plan.
  const planPerDay = schedule.pace.hoursPerWeek / 7;
  return { finish: sideOfPlan(schedule, today, shiftDate(today, Math.max(0, days - 1))), basis: 'hours', velocity: perDay / planPerDay };
}

/** `finish`, moved to the planned finish when it sits on the other side of it from the days ahead/behind. */
function sideOfPlan(schedule: Schedule, today: CalendarDate, finish: CalendarDate): CalendarDate {
  const ahead = Math.round(offsetForUnits(schedule, unitsDone(schedule))) - daysBetween(schedule.startDate, today);
  const planned = plannedFinish(schedule);
  // ±1 day is "on track" (ON_TRACK_DAYS in pacing.ts, which imports this file).
  if (ahead < -1) return maxDate(finish, planned);
  if (ahead > 1) return minDate(finish, planned);
  return finish;
}
