import type { CalendarDate, Plan, WeekProgress } from '../plan-schema';

/**
 * Study time per roadmap week (issue 15 "Study time"). A week's log holds one entry per day time
 * was logged, in whole minutes: the quick buttons add to today's entry, and editing the total
 * adds the difference today or, when the total goes down, takes it back from the newest entries
 * first — so every minute that remains still carries the day it was logged.
 */
export type StudyLog = WeekProgress['studyLog'];

/** Largest total one week can hold (the schema's per-entry limit): 1,666 hours. */
export const MAX_WEEK_MINUTES = 100_000;

export const loggedMinutes = (log: StudyLog): number => log.reduce((n, e) => n + e.minutes, 0);

/** Adds `minutes` (> 0) to `day`'s entry, creating it; the result stays sorted by day. */
export function addStudy(log: StudyLog, minutes: number, day: CalendarDate): StudyLog {
  const add = Math.max(0, Math.min(Math.round(minutes), MAX_WEEK_MINUTES - loggedMinutes(log)));
  if (add === 0) return log;
  const existing = log.find((e) => e.on === day);
  const next = existing ? log.map((e) => (e === existing ? { ...e, minutes: e.minutes + add } : e)) : [...log, { on: day, minutes: add }];
  return next.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/** Sets the week's total to `minutes` (0..MAX_WEEK_MINUTES), logged on `day` when it grows. */
export function setStudyTotal(log: StudyLog, minutes: number, day: CalendarDate): StudyLog {
  const target = Math.max(0, Math.min(MAX_WEEK_MINUTES, Math.round(minutes)));
  const current = loggedMinutes(log);
  if (target >= current) return addStudy(log, target - current, day);
  let excess = current - target;
  const next = [...log];
  for (let i = next.length - 1; i >= 0 && excess > 0; i--) {
    const take = Math.min(excess, next[i]!.minutes);
    excess -= take;
    if (take === next[i]!.minutes) next.splice(i, 1);
    else next[i] = { ...next[i]!, minutes: next[i]!.minutes - take };
  }
  return next;
}

/** Minutes logged per day over every week, for the heatmap's hours view. */
export function minutesByDay(plan: Pick<Plan, 'weeks'>): Map<CalendarDate, number> {
  const byDay = new Map<CalendarDate, number>();
  for (const week of plan.weeks) for (const e of week.studyLog) byDay.set(e.on, (byDay.get(e.on) ?? 0) + e.minutes);
  return byDay;
}

/** "45 min", "2 h", "1 h 30 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
