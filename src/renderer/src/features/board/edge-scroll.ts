/*
 * Which boxes a held card scrolls, and how fast, when it is held near their edges (pointer-drag.ts
 * applies it per animation frame by elapsed time). dnd-kit's own autoscroll moved a fixed step every 5 ms timer
 * tick, sized for short lists: at its default a 400-card column took over 20 s, and on a busy
 * machine the ticks came late and it was slower still. Here the speed is sized to the content's
 * length, so the end of any column comes in about a second when the card is held at the very edge
 * (issue 18: a 400-card column within 1.5 s); further inside the edge zone it goes proportionally
 * slower, so a card held just inside it creeps.
 */

/** Part of the box's height, at its top and bottom, where a held card scrolls it (dnd-kit's default zone). */
const ZONE = 0.2;
/** At the very edge, the whole content scrolls past in this long (ms). */
const WHOLE_LIST_MS = 700;
/** Slowest speed at the very edge, px per ms: short lists scroll like dnd-kit's default (10 px per 5 ms). */
const MIN_SPEED = 2;
/** A frame that came late (a busy machine) still scrolls by its real time, up to this much (ms). */
export const MAX_FRAME_MS = 250;

/** One axis of a scroll box, as `edgeSpeed` reads it (px; viewport coordinates). */
export interface ScrollAxis {
  /** The box's near and far edges on this axis. */
  start: number;
  end: number;
  /** The window's far edge on this axis: a box reaching past it scrolls from the window's edge. */
  limit: number;
  /** The pointer on this axis. */
  at: number;
  /** How far the box is scrolled, and how far it can be (scrollHeight − clientHeight). */
  scrolled: number;
  range: number;
  /** At dnd-kit's steady speed whatever the content's length (the page), not sized to it (a long column). */
  steady?: boolean;
}

/**
 * Signed scroll speed on one axis (px per ms; negative is towards the start) for a pointer held in
 * the box's edge zones (the fifth of the visible box nearest each edge, and as far again outside
 * it), or 0. At the very edge the whole content passes in `WHOLE_LIST_MS` (never slower than
 * `MIN_SPEED`); further inside the zone proportionally slower. 0 at the end it is heading for.
 */
export function edgeSpeed({ start: rawStart, end: rawEnd, limit, at, scrolled, range, steady }: ScrollAxis): number {
  const start = Math.max(rawStart, 0);
  const end = Math.min(rawEnd, limit);
  const zone = (end - start) * ZONE;
  if (zone <= 0 || range <= 0) return 0;
  const full = steady ? MIN_SPEED : Math.max(MIN_SPEED, range / WHOLE_LIST_MS);
  if (at >= end - zone && at <= end + zone && scrolled < range - 1) return full * Math.min(1, (at - (end - zone)) / zone);
  if (at <= start + zone && at >= start - zone && scrolled > 0) return -full * Math.min(1, (start + zone - at) / zone);
  return 0;
}

/** A box that scrolls, and where it is on screen (measured at pick-up or after a scroll). */
export interface ScrollBox {
  box: HTMLElement;
  rect: DOMRect;
}

export interface ScrollBoxes {
  /** The nearest box around the board that scrolls up and down (the app's `main`). */
  vertical: ScrollBox | null;
  /** The nearest that scrolls sideways (the board's row when it is wider than the window). */
  horizontal: ScrollBox | null;
}

/** The boxes around `board` (the row of columns) that scroll it: the app's `main` and SideScroll's view. */
export function scrollBoxes(board: HTMLElement): ScrollBoxes {
  const box = (el: HTMLElement | null) => (el ? { box: el, rect: el.getBoundingClientRect() } : null);
  return { vertical: box(board.closest('main')), horizontal: box(board.closest<HTMLElement>('.side-scroll-view')) };
}

export interface EdgeScroll {
  box: HTMLElement;
  axis: 'scrollTop' | 'scrollLeft';
  /** px per ms, signed. */
  speed: number;
}

/**
 * What to scroll while the card is held at `p` (px, viewport), the way the pointer last moved
 * (`intent`: −1, 0 or 1 per axis; dnd-kit's autoscroll did this before): up and down, the long
 * column's own box (`own`) when the pointer is over it, else the page; sideways, the row of
 * columns. A long column's speed is sized to its length (a 400-card column passes in about a
 * second at its very edge); the page's and the row's is steady (the Steps page is tens of
 * thousands of px, and a step can only land in its own lane). Reads only; the caller scrolls.
 */
export function edgeScrolls(boxes: ScrollBoxes, own: ScrollBox | null, p: { x: number; y: number }, intent: { x: number; y: number }): EdgeScroll[] {
  const out: EdgeScroll[] = [];
  const vertical = own ?? boxes.vertical;
  if (vertical && intent.y !== 0) {
    const { box, rect } = vertical;
    const speed = edgeSpeed({ start: rect.top, end: rect.bottom, limit: window.innerHeight, at: p.y, scrolled: box.scrollTop, range: box.scrollHeight - box.clientHeight, steady: !own });
    if (speed !== 0 && Math.sign(speed) === intent.y) out.push({ box, axis: 'scrollTop', speed });
  }
  const { horizontal } = boxes;
  if (horizontal && intent.x !== 0) {
    const { box, rect } = horizontal;
    const speed = edgeSpeed({ start: rect.left, end: rect.right, limit: window.innerWidth, at: p.x, scrolled: box.scrollLeft, range: box.scrollWidth - box.clientWidth, steady: true });
    if (speed !== 0 && Math.sign(speed) === intent.x) out.push({ box, axis: 'scrollLeft', speed });
  }
  return out;
}

/** Scrolls by at least a pixel in the step's direction; false when already at that end. */
export function scrollBy(box: HTMLElement, axis: 'scrollTop' | 'scrollLeft', step: number): boolean {
  const before = box[axis];
  box[axis] = before + (step > 0 ? Math.max(1, step) : Math.min(-1, step));
  return box[axis] !== before;
}
