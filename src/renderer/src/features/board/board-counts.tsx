import type { Cells, Column, Plan } from '@shared/plan-schema';
import type { BoardMode } from './BoardToolbar';
import type { useBoardModel } from './use-board-model';

/**
 * The sentence spoken (and shown) when a drop puts a column over its work-in-progress limit, or
 * null. `cells` is the board before the move of `cardId` into `toColumn`.
 */
export function wipExceeded(columns: readonly Column[], cells: Cells, cardId: string, toColumn: string): string | null {
  const column = columns.find((c) => c.id === toColumn);
  // A reorder inside the column changes nothing about its limit.
  if (!column || column.wipLimit === null || (cells[toColumn] ?? []).includes(cardId)) return null;
  const after = (cells[toColumn] ?? []).length + 1;
  if (after <= column.wipLimit) return null;
  return `${column.title} is over its work-in-progress limit: ${after} cards, limit ${column.wipLimit}.`;
}

/** "3 of 10 cards shown" for the filter in force: projects on the Projects board, active steps on Steps. */
export function filterCountText(plan: Plan, model: ReturnType<typeof useBoardModel>, mode: BoardMode): string {
  if (!model.filtering) return '';
  if (mode === 'projects') {
    const all = model.projectOrder;
    const shown = all.filter((id) => model.projectVisible?.(id) ?? true).length;
    return `${shown} of ${all.length} ${all.length === 1 ? 'card' : 'cards'} shown`;
  }
  const active = Object.values(plan.steps).filter((s) => s.state === 'active');
  const shown = model.stepMatches ? active.filter(model.stepMatches).length : active.length;
  return `${shown} of ${active.length} step ${active.length === 1 ? 'card' : 'cards'} shown`;
}

/** A polite status under the toolbar: read out as the search or the stack filter changes. */
export function FilterCount({ plan, model, mode }: { plan: Plan; model: ReturnType<typeof useBoardModel>; mode: BoardMode }) {
  const text = filterCountText(plan, model, mode);
  return (
    <p className="filter-count muted" role="status">
      {text}
    </p>
  );
}
