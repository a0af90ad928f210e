import { moveCard } from '../../src/shared/domain/board-moves';
import type { Plan } from '../../src/shared/plan-schema';

/*
 * Shared by the seeded random runs of board changes that replay the page's reply pipeline
 * (tests/unit/board-replies-*.test.ts): a repeatable random source, the plan's board part as
 * plain JSON, and random card moves with the optimistic change the page shows for them.
 */

/** A seeded linear congruential generator: the same seed gives the same run. Values in [0, 1). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A value as it comes out of JSON (what a reply or planner.json holds). */
export const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The part of a plan the board owns, as plain JSON, for comparing the screen with main and disk. */
export const boardPart = (p: Pick<Plan, 'board' | 'projects' | 'steps'>) => json({ board: p.board, projects: p.projects, steps: p.steps });

export interface RandomChange {
  channel: string;
  payload: unknown;
  /** What the page shows before the reply (null: it waits for main). */
  optimistic: ((plan: Plan) => Plan) | null;
}

/**
 * A random move of a project card, or of a step within its lane, on `plan` as shown; null when the
 * chosen lane has no step. `toIndex` may be one past the end, as a drop below the last card is.
 */
export function randomCardMove(kind: 'move-project' | 'move-step', plan: Plan, rand: () => number): RandomChange | null {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const columns = plan.board.columns.map((c) => c.id);
  const projectIds = Object.keys(plan.projects);
  if (kind === 'move-project') {
    const projectId = pick(projectIds);
    const toColumn = pick(columns);
    const from = Object.entries(plan.board.projects).find(([, ids]) => ids.includes(projectId))![0];
    const len = plan.board.projects[toColumn]!.length - (from === toColumn ? 1 : 0);
    const toIndex = Math.floor(rand() * (len + 1));
    return {
      channel: 'board:move-project',
      payload: { projectId, toColumn, toIndex },
      optimistic: (q) => ({ ...q, board: { ...q.board, projects: moveCard(q.board.projects, { cardId: projectId, toColumn, toIndex }) } }),
    };
  }
  const projectId = pick(projectIds);
  const lane = plan.board.steps[projectId]!;
  const all = Object.values(lane).flat();
  if (!all.length) return null;
  const stepId = pick(all);
  const from = Object.entries(lane).find(([, ids]) => ids.includes(stepId))![0];
  const toColumn = pick(columns);
  const len = (lane[toColumn] ?? []).length - (from === toColumn ? 1 : 0);
  const toIndex = Math.floor(rand() * (len + 1));
  return {
    channel: 'board:move-step',
    payload: { projectId, stepId, toColumn, toIndex },
    optimistic: (q) => ({ ...q, board: { ...q.board, steps: { ...q.board.steps, [projectId]: moveCard(q.board.steps[projectId] ?? {}, { cardId: stepId, toColumn, toIndex }) } } }),
  };
}
