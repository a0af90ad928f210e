import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { Cells } from '@shared/plan-schema';

/**
 * Roving tab stop for one board (the Projects board, or one project's lane of steps): of all its
 * cards only one is in the Tab order (WAI-ARIA "roving tabindex"); arrow keys move between cards
 * (up/down in a column, left/right to the next column that has cards), Home/End to the first and
 * last card of the column. The stop is the card that last had focus, or the board's first card.
 *
 * Only the two cards whose stop changes re-render: each card reads "am I the stop?" through
 * useSyncExternalStore, not through a context value that would re-render every card.
 */
export interface RovingStore {
  /** The card that holds the Tab stop (null: the board has no cards). */
  stop(): string | null;
  /** The card that last had focus becomes the stop. */
  setCurrent(id: string): void;
  /** The cards now shown, column by column: a current card that left the board hands the stop back. */
  sync(cells: Cells, columnOrder: readonly string[]): void;
  subscribe(listener: () => void): () => void;
}

export function createRovingStore(): RovingStore {
  let current: string | null = null;
  let shown = new Set<string>();
  let first: string | null = null;
  let stop: string | null = null;
  const listeners = new Set<() => void>();
  const update = () => {
    const next = current !== null && shown.has(current) ? current : first;
    if (next === stop) return;
    stop = next;
    for (const listener of listeners) listener();
  };
  return {
    stop: () => stop,
    setCurrent(id) {
      current = id;
      update();
    },
    sync(cells, columnOrder) {
      const ordered = columnOrder.flatMap((c) => cells[c] ?? []);
      shown = new Set(ordered);
      first = ordered[0] ?? null;
      update();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const RovingContext = createContext<RovingStore | null>(null);

const never = () => () => {};

/** One store per board, kept in step with the cards it shows. */
export function useRovingStore(cells: Cells, columnOrder: readonly string[]): RovingStore {
  const store = useMemo(createRovingStore, []);
  useLayoutEffect(() => store.sync(cells, columnOrder), [store, cells, columnOrder]);
  return store;
}

/**
 * Whether this card holds its board's Tab stop. Outside a board (no store) every card is
 * reachable as before: true.
 */
export function useIsStop(id: string): boolean {
  const store = useContext(RovingContext);
  return useSyncExternalStore(store ? store.subscribe : never, () => (store ? store.stop() === id : true));
}

/** Focus anywhere in a card (its title, its grip, a week link) makes that card the board's stop. */
export function useStopOnFocus(id: string): () => void {
  const store = useContext(RovingContext);
  return useCallback(() => store?.setCurrent(id), [store, id]);
}

/** The card stops of a board, column by column, in screen order. */
function stopsByColumn(board: Element): HTMLElement[][] {
  return [...board.querySelectorAll(':scope > .column')]
    .map((column) => [...column.querySelectorAll<HTMLElement>('[data-card-id]')])
    .filter((stops) => stops.length > 0);
}

/** The card a navigation key leads to from `from`, or null when the key is not ours or leads nowhere. */
export function rovingTarget(key: string, from: HTMLElement): HTMLElement | null {
  const board = from.closest('.board-columns');
  if (!board) return null;
  const columns = stopsByColumn(board);
  const col = columns.findIndex((stops) => stops.includes(from));
  if (col < 0) return null;
  const stops = columns[col]!;
  const row = stops.indexOf(from);
  switch (key) {
    case 'ArrowUp':
      return stops[row - 1] ?? null;
    case 'ArrowDown':
      return stops[row + 1] ?? null;
    case 'Home':
      return stops[0] ?? null;
    case 'End':
      return stops[stops.length - 1] ?? null;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const next = columns[col + (key === 'ArrowLeft' ? -1 : 1)];
      return next ? (next[Math.min(row, next.length - 1)] ?? null) : null;
    }
    default:
      return null;
  }
}

/**
 * Props for the element that is a card's one Tab stop (its title button): the roving tabindex,
 * and arrow keys (the card's shell, SortableCard, makes a focused card the stop). Modifier keys are left alone (Ctrl+Home and the like).
 */
export function useCardStop(id: string) {
  const isStop = useIsStop(id);
  return {
    'data-card-id': id,
    tabIndex: isStop ? 0 : -1,
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const target = rovingTarget(event.key, event.currentTarget);
      if (!target) return;
      event.preventDefault();
      target.focus();
      target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    },
  };
}

/** The element that is card `id`'s Tab stop (its title button, see useCardStop), or null when not shown. */
export const cardStopOf = (id: string, root: ParentNode = document): HTMLElement | null =>
  root.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`);

/** The board's current Tab stop (the one card title with tabindex 0) inside `root`, or null. */
export const currentStopIn = (root: ParentNode): HTMLElement | null => root.querySelector<HTMLElement>('[data-card-id][tabindex="0"]');
