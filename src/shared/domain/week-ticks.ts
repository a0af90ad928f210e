import type { CalendarDate, WeekProgress, WeekStatus } from '../plan-schema';
import { maxDate, minDate } from './calendar-days';

/**
 * The rules for a week's ticks and status (issue 15 "weeks that finish themselves", issue 12
 * case 6). Every function is pure: it takes a week and returns a new one.
 *
 * - Ticking a goal or task stamps the day (a tick already there keeps its first day) and starts a
 *   not-started week.
 * - A week whose goals AND tasks are all ticked becomes Done by itself; its completion day is the
 *   last tick. Un-ticking one reopens it (In progress), the other ticks stay.
 * - Setting a week Done by hand ticks what is left and remembers which ones it ticked
 *   (`autoTicked`), so setting it back (In progress, Skipped) restores exactly the user's own
 *   ticks; Not started clears every tick (a week not started has none).
 * - Skipped is the user's choice: ticks never move a skipped week.
 */

export type TickKind = 'goal' | 'task';

/** How many goals and tasks the curriculum gives the week. */
export interface WeekShape {
  goals: number;
  tasks: number;
}

const listOf = (week: WeekProgress, kind: TickKind) => (kind === 'goal' ? week.goalsDone : week.tasksDone);
const autoKey = (kind: TickKind): 'goals' | 'tasks' => (kind === 'goal' ? 'goals' : 'tasks');

/** Pads the tick lists to the curriculum's length (older plans have no task ticks). */
export function fitWeek(week: WeekProgress, shape: WeekShape): WeekProgress {
  const pad = (list: readonly (CalendarDate | null)[], n: number) => [...list, ...Array.from({ length: Math.max(0, n - list.length) }, () => null)];
  return { ...week, goalsDone: pad(week.goalsDone, shape.goals), tasksDone: pad(week.tasksDone, shape.tasks) };
}

/** Every tick day of the week, goals and tasks. */
export const tickDays = (week: WeekProgress): CalendarDate[] =>
  [...week.goalsDone, ...week.tasksDone].filter((d): d is CalendarDate => d !== null);

/** True when the week has something to tick and every goal and task of it is ticked. */
export function allTicked(week: WeekProgress, shape: WeekShape): boolean {
  const w = fitWeek(week, shape);
  const total = shape.goals + shape.tasks;
  return total > 0 && w.goalsDone.slice(0, shape.goals).every(Boolean) && w.tasksDone.slice(0, shape.tasks).every(Boolean);
}

/** Ticks (done = true) or un-ticks one goal or task on `day`, then applies auto-Done / reopen. */
export function setTick(week: WeekProgress, shape: WeekShape, kind: TickKind, index: number, done: boolean, day: CalendarDate): WeekProgress {
  const next = fitWeek(week, shape);
  const list = [...listOf(next, kind)];
  list[index] = done ? (list[index] ?? day) : null;
  if (kind === 'goal') next.goalsDone = list;
  else next.tasksDone = list;
  // A tick made (or taken back) by the user is the user's own from now on.
  const key = autoKey(kind);
  next.autoTicked = { ...next.autoTicked, [key]: next.autoTicked[key].filter((i) => i !== index) };

  if (next.status === 'skipped') return next;
  if (done) {
    if (next.status === 'not-started') {
      next.status = 'in-progress';
      next.startedOn ??= day;
    }
    if (next.status !== 'done' && allTicked(next, shape)) return finishByTicks(next);
    return next;
  }
  if (next.status === 'done') {
    next.status = 'in-progress';
    next.completedOn = null;
    next.autoTicked = { goals: [], tasks: [] };
  }
  return next;
}

/** Done by itself: started on the first tick at the latest, completed on the last tick. */
function finishByTicks(week: WeekProgress): WeekProgress {
  const days = tickDays(week);
  const first = days.reduce(minDate);
  const startedOn = week.startedOn ? minDate(week.startedOn, first) : first;
  // Never finished before it started (a clock moved backwards between ticks).
  return { ...week, status: 'done', startedOn, completedOn: maxDate(days.reduce(maxDate), startedOn), autoTicked: { goals: [], tasks: [] } };
}

/** Takes back the ticks that setting the week Done by hand made. */
function withoutAutoTicks(week: WeekProgress): WeekProgress {
  const drop = (list: readonly (CalendarDate | null)[], auto: readonly number[]) => list.map((d, i) => (auto.includes(i) ? null : d));
  return {
    ...week,
    goalsDone: drop(week.goalsDone, week.autoTicked.goals),
    tasksDone: drop(week.tasksDone, week.autoTicked.tasks),
    autoTicked: { goals: [], tasks: [] },
  };
}

/** The user sets the week's status by hand on `day`. */
export function setWeekStatus(week: WeekProgress, shape: WeekShape, status: WeekStatus, day: CalendarDate): WeekProgress {
  if (week.status === status) return week;
  let next = fitWeek(week, shape);
  if (next.status === 'done') next = withoutAutoTicks(next);
  next.status = status;
  switch (status) {
    case 'not-started':
      return {
        ...next,
        startedOn: null,
        completedOn: null,
        goalsDone: next.goalsDone.map(() => null),
        tasksDone: next.tasksDone.map(() => null),
        autoTicked: { goals: [], tasks: [] },
      };
    case 'in-progress':
      return { ...next, startedOn: next.startedOn ?? day, completedOn: null };
    case 'skipped':
      return { ...next, completedOn: next.startedOn ? maxDate(day, next.startedOn) : day };
    case 'done': {
      const fill = (list: readonly (CalendarDate | null)[]) => ({
        list: list.map((d) => d ?? day),
        auto: list.flatMap((d, i) => (d === null ? [i] : [])),
      });
      const goals = fill(next.goalsDone);
      const tasks = fill(next.tasksDone);
      const startedOn = next.startedOn ?? day;
      return {
        ...next,
        startedOn,
        completedOn: maxDate(day, startedOn),
        goalsDone: goals.list,
        tasksDone: tasks.list,
        autoTicked: { goals: goals.auto, tasks: tasks.auto },
      };
    }
  }
}
