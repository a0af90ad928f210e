import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { findCard } from '@shared/domain/board-moves';
import type { Cells, Column } from '@shared/plan-schema';
import * as say from './drag-phrases';

export const COLUMN_PREFIX = 'column:';
export const columnDropId = (columnId: string) => `${COLUMN_PREFIX}${columnId}`;

/** The column a card or a column's drop area belongs to, in the cells being shown. */
export function containerOf(cells: Cells, id: string): string | null {
  if (id.startsWith(COLUMN_PREFIX)) return id.slice(COLUMN_PREFIX.length);
  return findCard(cells, id)?.column ?? null;
}

/** A column's title, as the drag sentences say it ("no column" when it is gone). */
export const columnTitleIn = (columns: readonly Column[], id: string | null): string => columns.find((c) => c.id === id)?.title ?? 'no column';

export const instructions = (kind: string): ScreenReaderInstructions => ({
  draggable: `To move this ${kind}, press Space. Use the arrow keys to move it up and down or to another column, Space to drop it, and Escape to cancel.`,
});

interface AnnouncementSource {
  kind: string;
  nameOf(id: string): string;
  columns: readonly Column[];
  /** The cells as currently shown, including the card's provisional place mid-drag. */
  shown(): Cells;
  /** Where the card was when it was picked up. */
  origin(): Cells;
}

/** Spoken updates that name the card and the column, as the WAI-ARIA drag-and-drop practice asks. */
export function makeAnnouncements(src: AnnouncementSource): Announcements {
  const title = (columnId: string | null) => columnTitleIn(src.columns, columnId);
  const where = (cells: Cells, id: string) => say.cardPlaceWords(cells, id, title) ?? 'outside the board';
  const overText = (cells: Cells, overId: string) => {
    const column = containerOf(cells, overId);
    if (overId.startsWith(COLUMN_PREFIX)) return `column ${title(column)}`;
    return say.placeWords(title(column), column ? cells[column]!.indexOf(overId) : -1, column ? cells[column]!.length : 0);
  };
  // dnd-kit reports "over" again for the same target on every measure; speak only real changes.
  let lastOver: string | null = null;
  return {
    onDragStart: ({ active }) => {
      lastOver = String(active.id);
      return say.pickedUp(src.kind, src.nameOf(String(active.id)), where(src.origin(), String(active.id)));
    },
    onDragOver: ({ active, over }) => {
      const overId = over ? String(over.id) : null;
      if (overId === lastOver) return undefined;
      lastOver = overId;
      const name = src.nameOf(String(active.id));
      return overId ? say.isOver(name, overText(src.shown(), overId)) : say.notOver(name);
    },
    onDragEnd: ({ active, over }) =>
      over ? say.dropped(src.kind, src.nameOf(String(active.id)), overText(src.shown(), String(over.id))) : say.droppedOutside(src.nameOf(String(active.id))),
    onDragCancel: ({ active }) => say.cancelled(src.nameOf(String(active.id)), where(src.origin(), String(active.id))),
  };
}
