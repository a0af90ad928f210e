import type { CalendarDate, Column, ProjectProgress, Step } from '../plan-schema';

type Role = Column['role'] | null;

/**
 * The dates a project earns by changing column: work starts when it leaves the to-do columns,
 * finishes when it enters a done column; leaving done reopens it (the finish date no longer holds).
 */
export function stampProject(progress: ProjectProgress, from: Role, to: Role, today: CalendarDate): ProjectProgress {
  if (from === to) return progress;
  let { startedOn, finishedOn } = progress;
  if (to !== 'todo' && to !== null) startedOn ??= today;
  if (to === 'done') finishedOn = today;
  else if (from === 'done') finishedOn = null;
  return startedOn === progress.startedOn && finishedOn === progress.finishedOn ? progress : { ...progress, startedOn, finishedOn };
}

/** A step is completed on the day it enters a done column, and no longer once it leaves. */
export function stampStep(step: Step, from: Role, to: Role, today: CalendarDate): Step {
  if (from === to) return step;
  if (to === 'done') return { ...step, completedOn: today };
  if (from === 'done') return { ...step, completedOn: null };
  return step;
}

export const roleOf = (columns: readonly Column[], columnId: string): Role => columns.find((c) => c.id === columnId)?.role ?? null;
