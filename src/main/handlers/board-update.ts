import { klona } from 'klona/json';
import { diffForBoard, type BoardChange } from '@shared/domain/board-change';
import { settleStamps } from '@shared/domain/board-stamps';
import { boardDelta, reverseDelta } from '@shared/domain/board-delta';
import type { CalendarDate, Plan } from '@shared/plan-schema';
import type { PlanStore } from '../core/plan-store';

/**
 * Applies a board change through the store (validated, saved) and replies with only what it
 * altered. Every board change passes here, so the one date rule (domain/board-stamps.ts) is applied
 * to each card whose kind of column changed, whichever road moved it.
 *
 * `change` must build everything from the draft it is given, never from `store.plan` read before:
 * the store may run it on a newer plan (after a restore it waited for, or an outside edit it found
 * when saving), and values taken earlier would write that older plan back (issue 11).
 */
export async function updateBoard(store: PlanStore, today: CalendarDate, change: (draft: Plan) => void, everyCard = false): Promise<BoardChange> {
  let base: Pick<Plan, 'board' | 'projects' | 'steps'> | null = null;
  const after = await store.update((draft) => {
    base = { board: klona(draft.board), projects: { ...draft.projects }, steps: { ...draft.steps } };
    change(draft);
    settleStamps(base, draft, today, everyCard);
  });
  const diff = diffForBoard(base!, after);
  const counted = store.changeOf(after);
  // Computed from main's own before and after, so it holds this change only, never another tab's;
  // only the parts the diff names are compared (a big plan has thousands of steps).
  const scope = {
    columns: diff.board.columns !== undefined,
    cells: diff.board.projects !== undefined,
    lanes: [...Object.keys(diff.board.steps ?? {}), ...(diff.removedProjects ?? [])],
    steps: [...Object.keys(diff.steps), ...(diff.removedSteps ?? [])],
    projects: Object.keys(diff.projects),
  };
  const forth = boardDelta(base!, after, scope);
  const back = forth && reverseDelta(forth, base!);
  return { ...diff, ...(counted ? { changes: [counted[0], counted[1]] as [number, number] } : {}), ...(back && forth ? { undo: { back, forth } } : {}) };
}
