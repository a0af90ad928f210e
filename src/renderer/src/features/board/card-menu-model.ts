import { findCard } from '@shared/domain/board-moves';
import type { Cells, Column } from '@shared/plan-schema';

/** One entry of a card's menu; `move` entries carry the place the card goes to. */
export interface MenuEntry {
  label: string;
  /** Why the entry cannot be used right now ("already at the top"), or null. */
  disabled: boolean;
  action: { type: 'move'; toColumn: string; toIndex: number } | { type: 'archive' } | { type: 'open' };
}

export interface CardMenuModel {
  /** "Open", then "Move to top", "Move to bottom", then "Archive" (steps only). */
  entries: MenuEntry[];
  /** The "Move to ▸" submenu: every column, the card's own marked disabled. */
  columns: MenuEntry[];
}

/**
 * What a card's menu offers, from the full cells of its board (hidden cards counted, so positions
 * are ready for main). "Move to <column>" puts the card at the bottom of that column, as a card
 * added there would be; top and bottom are within its own column. Returns null for a card that
 * is not on the board.
 */
export function cardMenuModel(cells: Cells, columns: readonly Column[], cardId: string, canArchive: boolean): CardMenuModel | null {
  const place = findCard(cells, cardId);
  if (!place) return null;
  const last = (cells[place.column]?.length ?? 1) - 1;
  const entries: MenuEntry[] = [
    { label: 'Open', disabled: false, action: { type: 'open' } },
    { label: 'Move to top', disabled: place.index === 0, action: { type: 'move', toColumn: place.column, toIndex: 0 } },
    { label: 'Move to bottom', disabled: place.index === last, action: { type: 'move', toColumn: place.column, toIndex: last } },
  ];
  if (canArchive) entries.push({ label: 'Archive', disabled: false, action: { type: 'archive' } });
  const moves = columns.map((column) => ({
    label: column.id === place.column ? `${column.title} (here)` : column.title,
    disabled: column.id === place.column,
    action: { type: 'move' as const, toColumn: column.id, toIndex: cells[column.id]?.length ?? 0 },
  }));
  return { entries, columns: moves };
}
