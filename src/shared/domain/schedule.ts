import type { CalendarDate, Pace, Settings, WeekProgress, WeekStatus } from '../plan-schema';
import { isPlannableDate } from '../date-limits';
import { daysBetween, nextMondayAfter, shiftDate } from './calendar-days';

/** What the planner reads: the user's progress, pace and start, and which day it is. */
export interface PlannerInput {
  weeks: readonly WeekProgress[];
  settings: Pick<Settings, 'startDate' | 'pace' | 'replan'>;
  today: CalendarDate;
}

/** One roadmap week on the calendar. Offsets are fractional days from the start date. */
export interface ScheduledWeek {
  number: number;
  status: WeekStatus;
  /** First planned day (inclusive). */
  plannedStart: CalendarDate;
  /** Last planned day (inclusive); equals plannedStart for a week that takes no time. */
  plannedEnd: CalendarDate;
  /** Planned length in days (fractional; 0 for a skipped week). */
  plannedDays: number;
  /** The week's work in days at the current pace (its length factor included; 0 when skipped). */
  workDays: number;
  startOffset: number;
  endOffset: number;
  /** Planned dates are the real ones: the week was finished before the pace last changed. */
  frozen: boolean;
  actualStart: CalendarDate | null;
  actualEnd: CalendarDate | null;
  /** How much of the week counts as done (goals ticked, or 1 when done or skipped). */
  credit: number;
  /** Study hours logged for the week. */
  loggedHours: number;
  /** Hours the plan asks for the week in hours pace (its length factor included); null in calendar pace. */
  plannedHours: number | null;
}

export interface Schedule {
  startDate: CalendarDate;
  /** True when no start date is set yet and the default (next Monday) stands in. */
  provisional: boolean;
  weeks: ScheduledWeek[];
  pace: Pace;
}

export const isFinished = (status: WeekStatus): boolean => status === 'done' || status === 'skipped';

/** Days one roadmap week takes at this pace, before the week's own length factor. */
export function daysPerRoadmapWeek(pace: Pace): number {
  return pace.mode === 'calendar' ? 7 * pace.weeksPerRoadmapWeek : (7 * pace.hoursPerRoadmapWeek) / pace.hoursPerWeek;
}

/**
 * How much of a week counts as done: 1 when done or skipped, else the share of its goals and tasks
 * ticked. A week that is not done never gets full credit (all ticked makes it Done by itself, see
 * domain/week-ticks.ts; one set back to In progress by hand still has something to go).
 */
export function weekCredit(week: WeekProgress): number {
  if (isFinished(week.status)) return 1;
  const ticks = [...week.goalsDone, ...week.tasksDone];
  return ticks.length ? Math.min(0.95, ticks.filter(Boolean).length / ticks.length) : 0;
}

/**
 * Lays the roadmap on the calendar. Weeks follow each other at the pace (times each week's
 * length factor; skipped weeks take no time). After a mid-way pace change (`settings.replan`),
 * the weeks before the change keep the planned dates they had (`replan.kept`, see domain/replan.ts;
 * or, in plans saved before audit s6, the finished ones keep their real dates) and the rest
 * continue from the change's anchor at the new pace, so a new pace never rewrites history.
 */
export function buildSchedule({ weeks, settings, today }: PlannerInput): Schedule {
  // A stored start outside the plannable years (written before the limit existed) is tolerated as
  // "not set": the roadmap still opens, and its form says what to fix, instead of a blank window.
  const usableStart = settings.startDate && isPlannableDate(settings.startDate) ? settings.startDate : null;
  const startDate = usableStart ?? nextMondayAfter(today);
  const perWeek = daysPerRoadmapWeek(settings.pace);
  const anchor = settings.replan && settings.replan.fromWeek <= weeks.length && isPlannableDate(settings.replan.on) ? settings.replan : null;
  const anchorIndex = anchor ? anchor.fromWeek - 1 : -1;
  // The planned dates the weeks before the anchor had when the pace changed (domain/replan.ts).
  const kept = anchor?.kept && anchor.kept.length === anchorIndex ? anchor.kept : null;
  const offsetOf = (day: CalendarDate) => daysBetween(startDate, day);
  let cursor = 0;
  let previousStart = 0;
  const scheduled = weeks.map((week, i): ScheduledWeek => {
    if (i === anchorIndex) cursor = Math.max(cursor, offsetOf(anchor!.on));
    const frozen = !kept && i < anchorIndex && isFinished(week.status);
    let start = cursor;
    let end: number;
    if (kept && i < anchorIndex) {
      [start, end] = kept[i]!;
    } else if (week.status === 'skipped') {
      // No time of its own, and no say in where the next week starts (its dates are not shown).
      end = start;
    } else if (frozen) {
      // Real dates (weeks may overlap: one ends the day the next starts), clamped so that a week
      // finished out of order never drags the plan backwards.
      end = Math.max(cursor, week.completedOn ? offsetOf(week.completedOn) + 1 : cursor + perWeek * week.lengthFactor);
      start = Math.min(end, Math.max(previousStart, week.startedOn ? offsetOf(week.startedOn) : cursor));
    } else {
      end = start + perWeek * week.lengthFactor;
    }
    cursor = Math.max(cursor, end);
    if (week.status !== 'skipped') previousStart = start;
    const firstDay = Math.round(start);
    const lastDay = Math.max(firstDay, Math.round(end) - 1);
    return {
      number: i + 1,
      status: week.status,
      plannedStart: shiftDate(startDate, firstDay),
      plannedEnd: shiftDate(startDate, lastDay),
      plannedDays: end - start,
      workDays: week.status === 'skipped' ? 0 : perWeek * week.lengthFactor,
      startOffset: start,
      endOffset: end,
      frozen,
      actualStart: week.startedOn,
      actualEnd: isFinished(week.status) ? week.completedOn : null,
      credit: weekCredit(week),
      loggedHours: week.studyLog.reduce((n, e) => n + e.minutes, 0) / 60,
      plannedHours: settings.pace.mode === 'hours' && week.status !== 'skipped' ? settings.pace.hoursPerRoadmapWeek * week.lengthFactor : null,
    };
  });
  return { startDate, provisional: usableStart === null, weeks: scheduled, pace: settings.pace };
}

/** Roadmap weeks the plan expects done by the START of `offset` (fractional, 0..weeks). */
export function plannedUnitsAt(schedule: Schedule, offset: number): number {
  let units = 0;
  for (const w of schedule.weeks) {
    if (offset >= w.endOffset) units += 1;
    else if (offset > w.startOffset) units += (offset - w.startOffset) / (w.endOffset - w.startOffset);
  }
  return units;
}

/** The inverse: the day offset at which the plan reaches `units` weeks done. */
export function offsetForUnits(schedule: Schedule, units: number): number {
  const weeks = schedule.weeks;
  if (!weeks.length) return 0;
  if (units <= 0) return weeks[0]!.startOffset;
  const whole = Math.floor(units);
  if (whole >= weeks.length) return weeks[weeks.length - 1]!.endOffset;
  const week = weeks[whole]!;
  const fraction = units - whole;
  return fraction === 0 ? (weeks[whole - 1]?.endOffset ?? week.startOffset) : week.startOffset + fraction * (week.endOffset - week.startOffset);
}
