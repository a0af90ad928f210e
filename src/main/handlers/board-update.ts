import { diffForBoard, type BoardChange } from '@shared/domain/board-change';
import type { Plan } from '@shared/plan-schema';
import type { PlanStore } from '../core/plan-store';

/** Applies a change through the store (validated, saved) and replies with only what it altered. */
export async function updateBoard(store: PlanStore, change: (draft: Plan) => void): Promise<BoardChange> {
  const before = store.plan;
  return diffForBoard(before, await store.update(change));
}
