import { sameData } from './same-data';
import type { BoardDelta } from './board-delta';
import type { Cells, Column, Plan, ProjectProgress, Step } from '../plan-schema';

/**
 * What a board change altered, and nothing else: main replies with this instead of the whole plan
 * (a six-month plan weighs a megabyte; a card move changes two columns and perhaps one date).
 */
export interface BoardChange {
  board: {
    columns?: Column[];
    projects?: Cells;
    /** Only the lanes that changed. */
    steps?: Record<string, Cells>;
    collapsedLanes?: string[];
  };
  /** Changed or added projects, whole. */
  projects: Record<string, ProjectProgress>;
  /** Changed or added steps, whole (deleting a step only changes its state). */
  steps: Record<string, Step>;
  /**
   * Projects of the learner's own that were removed (issue 15), with their lanes and steps.
   * Absent when none.
   */
  removedProjects?: string[];
  /**
   * Steps taken out of the plan, e.g. by undoing the step's addition (board:restore). Absent when
   * none. The renderer merges `steps` by id, so a step main no longer has must be named, or the
   * screen would keep it on no lane and send it back with the next undo (review of issue 18).
   */
  removedSteps?: string[];
  /** Main's change count just before and after this change (see app:sync); absent when nothing was saved. */
  changes?: [number, number];
  /** Exactly this change, each way (board-delta.ts): what the page's undo history keeps. */
  undo?: { back: BoardDelta; forth: BoardDelta };
}

export const NO_CHANGE: BoardChange = { board: {}, projects: {}, steps: {} };

type BoardPart = Pick<Plan, 'board' | 'projects' | 'steps'>;


function changedEntries<T extends object>(before: Record<string, T>, after: Record<string, T>, same: (a: T | undefined, b: T) => boolean): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [id, value] of Object.entries(after)) {
    if (!same(Object.hasOwn(before, id) ? before[id] : undefined, value)) out[id] = value;
  }
  return out;
}

/** Keys of `before` that `after` no longer has. */
const goneKeys = (before: object, after: object): string[] => Object.keys(before).filter((id) => !Object.hasOwn(after, id));

/**
 * The parts of `after` that differ from `before`, and every id taken out of a record the renderer
 * merges by id (projects, steps; a lane goes only with its project, PlanSchema keeps one per
 * project): a reply names what went as well as what changed, so
 * `applyBoardChange(before, diffForBoard(before, after))` equals `after` in its board part.
 */
export function diffForBoard(before: BoardPart, after: BoardPart): BoardChange {
  const removed = goneKeys(before.projects, after.projects);
  const removedSteps = goneKeys(before.steps, after.steps);
  const board: BoardChange['board'] = {};
  if (!sameData(before.board.columns, after.board.columns)) board.columns = after.board.columns;
  if (!sameData(before.board.projects, after.board.projects)) board.projects = after.board.projects;
  if (!sameData(before.board.collapsedLanes, after.board.collapsedLanes)) board.collapsedLanes = after.board.collapsedLanes;
  const lanes = changedEntries(before.board.steps, after.board.steps, sameData);
  if (Object.keys(lanes).length > 0) board.steps = lanes;
  return {
    board,
    projects: changedEntries(before.projects, after.projects, sameData),
    steps: changedEntries(before.steps, after.steps, sameData),
    ...(removed.length ? { removedProjects: removed } : {}),
    ...(removedSteps.length ? { removedSteps } : {}),
  };
}

/** `record` without the given keys; `record` itself when it has none of them. */
function without<T>(record: Record<string, T>, ids: readonly string[] | undefined): Record<string, T> {
  if (!ids?.some((id) => Object.hasOwn(record, id))) return record;
  const gone = new Set(ids);
  return Object.fromEntries(Object.entries(record).filter(([id]) => !gone.has(id)));
}

/** The plan without the given projects, their lanes and their steps. */
function withoutProjects<P extends BoardPart>(plan: P, ids: readonly string[]): P {
  const gone = new Set(ids);
  const keep = <T>(record: Record<string, T>, drop: (key: string, value: T) => boolean) =>
    Object.fromEntries(Object.entries(record).filter(([key, value]) => !drop(key, value)));
  return {
    ...plan,
    board: { ...plan.board, steps: keep(plan.board.steps, (id) => gone.has(id)), collapsedLanes: plan.board.collapsedLanes.filter((id) => !gone.has(id)) },
    projects: keep(plan.projects, (id) => gone.has(id)),
    steps: keep(plan.steps, (_id, step) => gone.has(step.projectId)),
  };
}

/** Applies a change to a plan, keeping every untouched part (and its identity) as it was. */
export function applyBoardChange<P extends BoardPart>(plan: P, change: BoardChange): P {
  if (change.removedProjects?.length) plan = withoutProjects(plan, change.removedProjects);
  const keptSteps = without(plan.steps, change.removedSteps);
  if (keptSteps !== plan.steps) plan = { ...plan, steps: keptSteps };
  const { columns, projects, steps, collapsedLanes } = change.board;
  const hasProjects = Object.keys(change.projects).length > 0;
  const hasSteps = Object.keys(change.steps).length > 0;
  if (!columns && !projects && !steps && !collapsedLanes && !hasProjects && !hasSteps) return plan;
  return {
    ...plan,
    board: {
      ...plan.board,
      ...(columns ? { columns } : {}),
      ...(projects ? { projects } : {}),
      ...(collapsedLanes ? { collapsedLanes } : {}),
      ...(steps ? { steps: { ...plan.board.steps, ...steps } } : {}),
    },
    projects: hasProjects ? { ...plan.projects, ...change.projects } : plan.projects,
    steps: hasSteps ? { ...plan.steps, ...change.steps } : plan.steps,
  };
}
