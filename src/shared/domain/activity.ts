import type { CalendarDate, Plan } from '../plan-schema';
import { daysBetween, minDate, mondayOf, shiftDate } from './calendar-days';

/** Every recorded day of progress: goals and tasks ticked, weeks finished, steps done, projects started or finished. */
export function activityByDay(plan: Plan): Map<CalendarDate, number> {
  const counts = new Map<CalendarDate, number>();
  const add = (day: CalendarDate | null) => {
    if (day) counts.set(day, (counts.get(day) ?? 0) + 1);
  };
  for (const week of plan.weeks) {
    week.goalsDone.forEach(add);
    week.tasksDone.forEach(add);
    if (week.status === 'done') add(week.completedOn);
  }
  for (const step of Object.values(plan.steps)) if (step.state !== 'deleted') add(step.completedOn);
  for (const project of Object.values(plan.projects)) {
    add(project.startedOn);
    add(project.finishedOn);
  }
  return counts;
}

export interface HeatmapDay {
  date: CalendarDate;
  count: number;
  /** 0 (nothing) to 4 (the busiest days), on the user's own scale. */
  level: 0 | 1 | 2 | 3 | 4;
  future: boolean;
}

/** Whole Monday-first weeks, the last one holding today; at least `minWeeks`, at most a year. */
export function heatmapWeeks(counts: Map<CalendarDate, number>, today: CalendarDate, since: CalendarDate | null, minWeeks = 13): HeatmapDay[][] {
  const days = [...counts.keys()].filter((d) => d <= today);
  const earliest = [since ?? today, ...days].reduce(minDate);
  const lastMonday = mondayOf(today);
  const span = Math.ceil((daysBetween(mondayOf(earliest), lastMonday) + 1) / 7);
  const weekCount = Math.min(53, Math.max(minWeeks, span));
  const firstMonday = shiftDate(lastMonday, -7 * (weekCount - 1));
  const busiest = Math.max(1, ...days.filter((d) => d >= firstMonday).map((d) => counts.get(d)!));
  return Array.from({ length: weekCount }, (_, w) =>
    Array.from({ length: 7 }, (_, d): HeatmapDay => {
      const date = shiftDate(firstMonday, w * 7 + d);
      const count = date <= today ? (counts.get(date) ?? 0) : 0;
      const level = count === 0 ? 0 : (Math.min(4, Math.ceil((4 * count) / busiest)) as HeatmapDay['level']);
      return { date, count, level, future: date > today };
    }),
  );
}
