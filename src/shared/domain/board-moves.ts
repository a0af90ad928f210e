import type { Cells } from '../plan-schema';

export type BoardMoveProblem = 'unknown-card' | 'unknown-column' | 'out-of-range';

/** A move the board cannot make; main turns it into a typed IPC error and writes nothing. */
export class BoardMoveError extends Error {
  constructor(
    readonly problem: BoardMoveProblem,
    message: string,
  ) {
    super(message);
    this.name = 'BoardMoveError';
  }
}

export interface CardMove {
  cardId: string;
  toColumn: string;
  /** Index in the target column once the card has left its old place. */
  toIndex: number;
}

export interface CardPlace {
  column: string;
  index: number;
}

export function findCard(cells: Cells, cardId: string): CardPlace | null {
  for (const [column, ids] of Object.entries(cells)) {
    const index = ids.indexOf(cardId);
    if (index >= 0) return { column, index };
  }
  return null;
}

export function arrayMove<T>(list: readonly T[], from: number, to: number): T[] {
  const next = list.slice();
  next.splice(to, 0, ...next.splice(from, 1));
  return next;
}

/**
 * Moves one card and returns new cells that share every untouched column array, or the very same
 * `cells` object when the card would land where it already is (so callers can skip the write).
 */
export function moveCard(cells: Cells, move: CardMove): Cells {
  const { cardId, toColumn, toIndex } = move;
  const from = findCard(cells, cardId);
  if (!from) throw new BoardMoveError('unknown-card', `There is no card ${cardId} on this board.`);
  const target = Object.hasOwn(cells, toColumn) ? cells[toColumn] : undefined;
  if (!target) throw new BoardMoveError('unknown-column', `There is no column ${toColumn} on this board.`);
  const sameColumn = from.column === toColumn;
  const maxIndex = sameColumn ? target.length - 1 : target.length;
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex > maxIndex) {
    throw new BoardMoveError('out-of-range', `Position ${toIndex} is outside column ${toColumn} (0 to ${maxIndex}).`);
  }
  if (sameColumn) {
    return from.index === toIndex ? cells : { ...cells, [toColumn]: arrayMove(target, from.index, toIndex) };
  }
  const source = cells[from.column]!;
  return {
    ...cells,
    [from.column]: source.filter((id) => id !== cardId),
    [toColumn]: [...target.slice(0, toIndex), cardId, ...target.slice(toIndex)],
  };
}

/**
 * Where a card dropped among the *visible* cards of a column (a filter hides some) lands in the
 * full column: just before the visible card it was dropped above, or just after the last visible
 * one, so hidden cards keep their order. Both lists exclude the moving card.
 */
export function toFullIndex(full: readonly string[], visible: readonly string[], visibleIndex: number): number {
  if (visible.length === 0) return full.length;
  const before = visible[visibleIndex];
  if (before !== undefined) {
    const at = full.indexOf(before);
    if (at >= 0) return at;
  }
  const last = full.indexOf(visible[visible.length - 1]!);
  return last >= 0 ? last + 1 : full.length;
}

/**
 * Where a card dropped at `shownIndex` among a column's shown cards lands in the full column
 * (`toFullIndex`), or null when that is the place it already holds among the shown cards: with a
 * filter on, hidden cards may sit between it and its shown neighbours, and a place worked out from
 * the shown cards alone would make it jump over them. `full`: the column's cards; `shownBefore`:
 * its shown cards before the drop (the card among them when it started in this column);
 * `shownIndex`: the place among the shown cards without the dragged one.
 */
export function dropIndex(full: readonly string[], shownBefore: readonly string[], id: string, shownIndex: number): number | null {
  if (shownBefore.indexOf(id) === shownIndex) return null;
  const visible = shownBefore.filter((x) => x !== id);
  return toFullIndex(full.filter((x) => x !== id), visible, Math.min(shownIndex, visible.length));
}
