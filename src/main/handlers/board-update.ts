import { diffForBoard, type BoardChange } from '@shared/domain/board-change';
import { settleStamps } from '@shared/domain/board-stamps';
import type { CalendarDate, Plan } from '@shared/plan-schema';
import type { PlanStore } from '../core/plan-store';

/**
 * Applies a board change through the store (validated, saved) and replies with only what it
 * altered. Every board change passes here, so the one date rule (domain/board-stamps.ts) is applied
 * to each card whose kind of column changed, whichever road moved it.
 */
export async function updateBoard(store: PlanStore, today: CalendarDate, change: (draft: Plan) => void, everyCard = false): Promise<BoardChange> {
  const before = store.plan;
  return diffForBoard(
    before,
    await store.update((draft) => {
      change(draft);
      settleStamps(before, draft, today, everyCard);
    }),
  );
}
