/*
 * Where a card held by the pointer would land: pure geometry over rectangles measured once, so a
 * pointer move costs a few comparisons and no layout (issue 18: ≤ 4 ms of main-thread time per
 * move). The DOM side is pointer-drag.ts.
 */

/** A column as measured on screen: its horizontal band (px, viewport coordinates). */
export interface ColumnBand {
  id: string;
  left: number;
  right: number;
}

/** A card as measured on screen (px, viewport coordinates). */
export interface CardBox {
  id: string;
  top: number;
  bottom: number;
}

/** A place in a column's shown cards, counted without the dragged card (0 = first). */
export interface DropTarget {
  column: string;
  index: number;
}

/**
 * The column (band) whose horizontal band holds `x`, or, in a gap between two columns, the nearer one;
 * null left of the first or right of the last by more than `margin` px. Only x counts: columns are
 * as tall as their cards, and a short column's blank space below is still that column.
 */
export function columnAt<T extends ColumnBand>(bands: readonly T[], x: number, margin = 24): T | null {
  let best: T | null = null;
  let distance = margin;
  for (const band of bands) {
    if (x >= band.left && x <= band.right) return band;
    const d = x < band.left ? band.left - x : x - band.right;
    if (d <= distance) {
      distance = d;
      best = band;
    }
  }
  return best;
}

/** A column's shown cards (the dragged one left out): each id's place, and how many there are. */
export interface ColumnOrder {
  place: ReadonlyMap<string, number>;
  count: number;
}

export function columnOrder(ids: readonly string[], dragged: string): ColumnOrder {
  const place = new Map<string, number>();
  for (const id of ids) if (id !== dragged) place.set(id, place.size);
  return { place, count: place.size };
}

/**
 * The place in a column (see `ColumnOrder`) before the first card whose middle is below `y`.
 * `boxes` are the cards that are mounted (a long column mounts only a window of them), in list
 * order; a pointer below all of them lands after the last mounted one. Boxes not in the order (the
 * dragged card) are skipped; with none mounted the answer is the end.
 */
export function insertionIndex(order: ColumnOrder, boxes: readonly CardBox[], y: number): number {
  let last = -1;
  for (const box of boxes) {
    const at = order.place.get(box.id);
    if (at === undefined) continue;
    if (y < (box.top + box.bottom) / 2) return at;
    last = at;
  }
  return last < 0 ? order.count : last + 1;
}

/**
 * Where the drop line goes for `index` (viewport y, px): midway in the gap above the card now at
 * that place, or below the last mounted card before it, or at `listTop` when none is mounted.
 */
export function indicatorY(order: ColumnOrder, boxes: readonly CardBox[], index: number, listTop: number, gap: number): number {
  let lastBottom: number | null = null;
  for (const box of boxes) {
    const at = order.place.get(box.id);
    if (at === undefined) continue;
    if (at === index) return box.top - gap / 2;
    if (at < index) lastBottom = box.bottom;
  }
  return lastBottom === null ? listTop + gap / 2 : lastBottom + gap / 2;
}
