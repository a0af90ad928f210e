import type { Board, Plan, ProjectProgress, Step } from '../plan-schema';

/** The project fields the board edits; `folder` belongs to scaffolding and is never restored. */
export type ProjectBoardFields = Pick<ProjectProgress, 'notes' | 'repoUrl' | 'startedOn' | 'finishedOn'>;

/** Everything an undo or redo on the board may put back. */
export interface BoardSlice {
  board: Board;
  steps: Record<string, Step>;
  projects: Record<string, ProjectBoardFields>;
}

export function sliceOf(plan: Pick<Plan, 'board' | 'steps' | 'projects'>): BoardSlice {
  const projects: Record<string, ProjectBoardFields> = {};
  for (const [id, p] of Object.entries(plan.projects)) {
    projects[id] = { notes: p.notes, repoUrl: p.repoUrl, startedOn: p.startedOn, finishedOn: p.finishedOn };
  }
  return { board: plan.board, steps: plan.steps, projects };
}

/**
 * Returns the plan with the slice put back, or a reason it cannot be: a slice may not add or drop
 * projects (those come from the curriculum and other features), only rearrange and re-edit them.
 * Which lanes are collapsed is how the learner looks at the board, not a change to it: collapsing
 * is never recorded for undo, so undo never rewinds it either (the plan's current lanes stay).
 */
export function applySlice<P extends Pick<Plan, 'board' | 'steps' | 'projects'>>(plan: P, slice: BoardSlice): P | string {
  const have = Object.keys(plan.projects).sort().join('\n');
  const want = Object.keys(slice.projects).sort().join('\n');
  if (have !== want) return 'The saved board state is for a different set of projects.';
  const projects: Plan['projects'] = {};
  for (const [id, p] of Object.entries(plan.projects)) projects[id] = { ...p, ...slice.projects[id]! };
  return { ...plan, board: { ...slice.board, collapsedLanes: plan.board.collapsedLanes }, steps: slice.steps, projects };
}
