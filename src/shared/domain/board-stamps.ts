import type { Board, CalendarDate, Column, Plan, ProjectProgress, Step } from '../plan-schema';

type Role = Column['role'] | null;

/*
 * THE rule for a card's dates, whatever moved it (a drag, a column changing kind, a deleted
 * column re-homing its cards, undo, redo): the dates follow the kind of column the card ends up in.
 *  - outside a done column a card has no finish date;
 *  - in a done column it keeps the finish date it carries (undo and redo bring the original one
 *    back) or is stamped today;
 *  - any column past the to-do ones gives it a start date if it has none;
 *  - a finish date is never before the start date: when the clock has gone backwards (a time-zone
 *    change between sessions) the finish is moved up to the start day instead.
 */

/** The dates a project earns by changing from a column of kind `from` to one of kind `to`. */
export function stampProject(progress: ProjectProgress, from: Role, to: Role, today: CalendarDate): ProjectProgress {
  if (from === to || to === null) return progress;
  let { startedOn, finishedOn } = progress;
  if (to !== 'todo') startedOn ??= today;
  finishedOn = to === 'done' ? (finishedOn ?? today) : null;
  if (startedOn && finishedOn && finishedOn < startedOn) finishedOn = startedOn;
  return startedOn === progress.startedOn && finishedOn === progress.finishedOn ? progress : { ...progress, startedOn, finishedOn };
}

/** A step is completed on the day it enters a done column (or keeps a carried date), and no longer once it leaves. */
export function stampStep(step: Step, from: Role, to: Role, today: CalendarDate): Step {
  if (from === to || to === null) return step;
  const completedOn = to === 'done' ? (step.completedOn ?? today) : null;
  return completedOn === step.completedOn ? step : { ...step, completedOn };
}

export const roleOf = (columns: readonly Column[], columnId: string): Role => columns.find((c) => c.id === columnId)?.role ?? null;

/** card id -> the kind of column it sits in, for projects and for every lane's steps. */
function rolesOf(board: Board): { projects: Map<string, Role>; steps: Map<string, Role> } {
  const role = new Map(board.columns.map((c) => [c.id, c.role] as const));
  const projects = new Map<string, Role>();
  const steps = new Map<string, Role>();
  for (const [col, ids] of Object.entries(board.projects)) for (const id of ids) projects.set(id, role.get(col) ?? null);
  for (const lane of Object.values(board.steps)) {
    for (const [col, ids] of Object.entries(lane)) for (const id of ids) steps.set(id, role.get(col) ?? null);
  }
  return { projects, steps };
}

type BoardPart = Pick<Plan, 'board' | 'projects' | 'steps'>;

/**
 * Applies the date rule to every card whose column kind differs between `before` and `after`
 * (mutates `after`, which is a store draft). Every board change goes through this one function
 * (main's `updateBoard`), so no road into or out of a done column can skip it. A new card counts
 * as coming from nowhere (kind null). With `everyCard` (a restored snapshot, whose dates may not
 * match its columns) every card is settled as if it had just arrived where it is.
 */
export function settleStamps(before: Pick<Plan, 'board'>, after: BoardPart, today: CalendarDate, everyCard = false): void {
  const same = before.board.columns === after.board.columns && before.board.projects === after.board.projects && before.board.steps === after.board.steps;
  if (same && !everyCard) return;
  const was = everyCard ? { projects: new Map<string, Role>(), steps: new Map<string, Role>() } : rolesOf(before.board);
  const now = rolesOf(after.board);
  for (const [id, to] of now.projects) {
    const from = was.projects.get(id) ?? null;
    const progress = Object.hasOwn(after.projects, id) ? after.projects[id] : undefined;
    if (from !== to && progress) after.projects[id] = stampProject(progress, from, to, today);
  }
  for (const [id, to] of now.steps) {
    const from = was.steps.get(id) ?? null;
    const step = Object.hasOwn(after.steps, id) ? after.steps[id] : undefined;
    if (from !== to && step) after.steps[id] = stampStep(step, from, to, today);
  }
}
