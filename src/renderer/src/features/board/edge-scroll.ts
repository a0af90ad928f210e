/*
 * How fast a held card scrolls a box it is held near the edge of (pointer-drag.ts applies it per
 * animation frame by elapsed time). dnd-kit's own autoscroll moved a fixed step every 5 ms timer
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
