import { findCard } from '@shared/domain/board-moves';
import type { Cells } from '@shared/plan-schema';

/*
 * The words of a card drag, spoken by the board's live regions: one set for both ways of dragging
 * (dnd-kit's keyboard drags, drag-announcements.ts; mouse, pen and touch, pointer-drag.ts), so a
 * screen-reader user hears the same sentences whichever they use. The WAI-ARIA drag-and-drop
 * practice asks that each names the card and where it is.
 */

/** "column Backlog, position 2 of 5": `index` counts from 0, `count` is the column's cards with the dragged one. */
export const placeWords = (columnTitle: string, index: number, count: number): string => `column ${columnTitle}, position ${index + 1} of ${count}`;

/** Where card `id` is in `cells` (cards by column id), in words; null when it is in none of them. */
export function cardPlaceWords(cells: Cells, id: string, titleOf: (columnId: string) => string): string | null {
  const place = findCard(cells, id);
  return place ? placeWords(titleOf(place.column), place.index, cells[place.column]!.length) : null;
}

// `kind` is "project" or "step"; `name` the card's title; `where` a place in words (`placeWords`).
// No sentence ends right after the name: a title that ends one itself ("…then document these.",
// "Wait for review…", 'Read "Fluent Python."') would be read with a second full stop after it.
export const pickedUp = (kind: string, name: string, where: string) => `Picked up ${kind} ${name} in ${where}.`;
export const isOver = (name: string, where: string) => `${name} is over ${where}.`;
export const notOver = (name: string) => `${name} is not over a column.`;
export const dropped = (kind: string, name: string, where: string) => `Dropped ${kind} ${name} in ${where}.`;
export const droppedOutside = (name: string) => `${name} was dropped outside the board and stays where it was.`;
export const cancelled = (name: string, where: string) => `Moving ${name} was cancelled. It is back in ${where}.`;
