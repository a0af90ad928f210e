import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { Cells, Column } from '@shared/plan-schema';
import { findCard } from '@shared/domain/board-moves';

export const COLUMN_PREFIX = 'column:';
export const columnDropId = (columnId: string) => `${COLUMN_PREFIX}${columnId}`;

/** The column a card or a column's drop area belongs to, in the cells being shown. */
export function containerOf(cells: Cells, id: string): string | null {
  if (id.startsWith(COLUMN_PREFIX)) return id.slice(COLUMN_PREFIX.length);
  return findCard(cells, id)?.column ?? null;
}

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
  const title = (columnId: string | null) => src.columns.find((c) => c.id === columnId)?.title ?? 'no column';
  const where = (cells: Cells, id: string) => {
    const place = findCard(cells, id);
    if (!place) return 'outside the board';
    return `column ${title(place.column)}, position ${place.index + 1} of ${cells[place.column]!.length}`;
  };
  const overText = (cells: Cells, overId: string) => {
    const column = containerOf(cells, overId);
    if (overId.startsWith(COLUMN_PREFIX)) return `column ${title(column)}`;
    const index = column ? cells[column]!.indexOf(overId) : -1;
    return `column ${title(column)}, position ${index + 1} of ${column ? cells[column]!.length : 0}`;
  };
  // dnd-kit reports "over" again for the same target on every measure; speak only real changes.
  let lastOver: string | null = null;
  return {
    onDragStart: ({ active }) => {
      lastOver = String(active.id);
      return `Picked up ${src.kind} ${src.nameOf(String(active.id))}. It is in ${where(src.origin(), String(active.id))}.`;
    },
    onDragOver: ({ active, over }) => {
      const overId = over ? String(over.id) : null;
      if (overId === lastOver) return undefined;
      lastOver = overId;
      return overId ? `${src.nameOf(String(active.id))} is over ${overText(src.shown(), overId)}.` : `${src.nameOf(String(active.id))} is not over a column.`;
    },
    onDragEnd: ({ active, over }) =>
      over
        ? `Dropped ${src.kind} ${src.nameOf(String(active.id))} in ${overText(src.shown(), String(over.id))}.`
        : `${src.nameOf(String(active.id))} was dropped outside the board and stays where it was.`,
    onDragCancel: ({ active }) => `Moving ${src.nameOf(String(active.id))} was cancelled. It is back in ${where(src.origin(), String(active.id))}.`,
  };
}
