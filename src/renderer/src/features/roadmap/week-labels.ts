import { daysBetween } from '@shared/domain/calendar-days';
import { showDate, showDateRange } from '../../dates';
import type { ScheduledWeek } from '@shared/domain/schedule';
import type { WeekStatus } from '@shared/plan-schema';

export const STATUS_LABELS: Record<WeekStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  skipped: 'Skipped — I already know this',
};

/** Shorter or longer than the pace; 1 is "as planned". */
export const LENGTH_CHOICES = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

export const lengthLabel = (factor: number) => (factor === 1 ? 'Normal length' : `${factor}× as long`);


/** The dates line under a week's title: real dates once done, the plan otherwise. */
export function datesText(week: ScheduledWeek): string {
  if (week.status === 'skipped') return 'Skipped: takes no time in the plan';
  if (week.status === 'done' && week.actualEnd) {
    const done = `Done ${showDateRange(week.actualStart ?? week.actualEnd, week.actualEnd)}`;
    // Frozen weeks' plan IS their real dates, so there is nothing to compare.
    return week.frozen ? done : `${done} · ${lateness(daysBetween(week.plannedEnd, week.actualEnd))}`;
  }
  const planned = `Planned ${showDateRange(week.plannedStart, week.plannedEnd)}`;
  return week.actualStart ? `${planned} · started ${showDate(week.actualStart, 'day-month')}` : planned;
}

const lateness = (days: number) =>
  days === 0 ? 'on plan' : `${Math.abs(days)} ${Math.abs(days) === 1 ? 'day' : 'days'} ${days > 0 ? 'later' : 'earlier'} than planned`;
