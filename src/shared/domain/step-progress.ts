import type { Board, Step } from '../plan-schema';

export interface StepProgress {
  done: number;
  total: number;
}

/**
 * Per project: active steps sitting in a done-role column, out of all active steps. Archived and
 * deleted steps stay in their cells (so restoring puts them back) but do not count.
 */
export function stepProgressByProject(board: Pick<Board, 'columns' | 'steps'>, steps: Readonly<Record<string, Step>>): Map<string, StepProgress> {
  const doneColumns = new Set(board.columns.filter((c) => c.role === 'done').map((c) => c.id));
  const result = new Map<string, StepProgress>();
  for (const [projectId, lane] of Object.entries(board.steps)) {
    const progress = { done: 0, total: 0 };
    for (const [columnId, ids] of Object.entries(lane)) {
      for (const id of ids) {
        if (steps[id]?.state !== 'active') continue;
        progress.total++;
        if (doneColumns.has(columnId)) progress.done++;
      }
    }
    result.set(projectId, progress);
  }
  return result;
}
