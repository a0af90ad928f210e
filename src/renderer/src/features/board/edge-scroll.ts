import { useEffect, type RefObject } from 'react';

/** Part of the box's height, at its top and bottom, where a held card scrolls it (dnd-kit's default zone). */
const ZONE = 0.2;
/** At the very edge, the whole list scrolls past in this long (issue 18: a 400-card column within 1.5 s). */
const WHOLE_LIST_MS = 700;
/** Slowest speed at the very edge, px per ms: short lists scroll like dnd-kit's default (10 px per 5 ms). */
const MIN_SPEED = 2;
/** A frame that came late (a busy machine) still moves the list by its real time, up to this much. */
export const MAX_FRAME_MS = 250;

/**
 * Scrolls a long (virtualised) column while a card is held near its top or bottom edge during a
 * touch drag (dnd-kit's; mouse and pen drags scroll from pointer-drag.ts with `edgeSpeed` below).
 * dnd-kit's own autoscroll moves a fixed step every 5 ms timer tick, sized for short lists: at its
 * default a 400-card column takes over 20 s, and on a busy machine the ticks come late and it is
 * slower still. Here the speed is sized to the list's length and applied per animation frame by
 * elapsed time, so the end of any column comes in about a second when the card is held at the very
 * edge; further inside the edge zone it goes proportionally slower, so a card held just inside it
 * creeps. Keyboard drags send no pointer moves (dnd-kit scrolls the target into view).
 * `active`: a dnd-kit drag is on.
 */
export function useEdgeScroll(scrollRef: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    const box = scrollRef.current;
    if (!active || !box) return;
    // Where the pointer is in the box, read when it moves (the box does not move as it scrolls), so
    // a frame's only work here is the scroll itself.
    let speed = 0;
    let frame = 0;
    let last = 0;
    let carry = 0; // whole pixels only: a slow creep adds up over frames
    const tick = (now: number) => {
      frame = 0;
      if (speed === 0) return;
      const elapsed = last ? Math.min(now - last, MAX_FRAME_MS) : 1000 / 60;
      last = now;
      carry += speed * elapsed;
      const step = Math.trunc(carry);
      if (step !== 0) {
        carry -= step;
        const before = box.scrollTop;
        box.scrollTop = before + step;
        if (box.scrollTop === before) return; // at the end
      }
      frame = requestAnimationFrame(tick);
    };
    const onMove = (event: PointerEvent) => {
      speed = speedAt(box, { x: event.clientX, y: event.clientY });
      if (speed !== 0 && frame === 0) {
        last = 0;
        carry = 0;
        frame = requestAnimationFrame(tick);
      }
    };
    window.addEventListener('pointermove', onMove, { passive: true });
    return () => {
      window.removeEventListener('pointermove', onMove);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scrollRef, active]);
}

/**
 * Signed scroll speed (px per ms; negative is up) for a pointer at `p` over `box`, or 0 when the
 * pointer is not in one of its edge zones or the box is already at that end. The bottom edge is
 * the window's when the box reaches below it.
 */
export function speedAt(box: HTMLElement, p: { x: number; y: number }): number {
  const rect = box.getBoundingClientRect();
  if (p.x < rect.left || p.x > rect.right) return 0;
  return edgeSpeed({ start: rect.top, end: rect.bottom, limit: window.innerHeight, at: p.y, scrolled: box.scrollTop, range: box.scrollHeight - box.clientHeight });
}

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
}

/**
 * Signed scroll speed on one axis (px per ms; negative is towards the start) for a pointer held in
 * the box's edge zones (the fifth of the visible box nearest each edge, and as far again outside
 * it), or 0. At the very edge the whole content passes in `WHOLE_LIST_MS` (never slower than
 * `MIN_SPEED`); further inside the zone proportionally slower. 0 at the end it is heading for.
 */
export function edgeSpeed({ start: rawStart, end: rawEnd, limit, at, scrolled, range }: ScrollAxis): number {
  const start = Math.max(rawStart, 0);
  const end = Math.min(rawEnd, limit);
  const zone = (end - start) * ZONE;
  if (zone <= 0 || range <= 0) return 0;
  const full = Math.max(MIN_SPEED, range / WHOLE_LIST_MS);
  if (at >= end - zone && at <= end + zone && scrolled < range - 1) return full * Math.min(1, (at - (end - zone)) / zone);
  if (at <= start + zone && at >= start - zone && scrolled > 0) return -full * Math.min(1, (start + zone - at) / zone);
  return 0;
}
