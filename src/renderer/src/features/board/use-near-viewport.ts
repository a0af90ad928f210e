import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Becomes true once the element comes close to the viewport, and stays true. Two hundred swimlanes
 * mount their drag-and-drop only as the user scrolls to them, so opening the Steps view costs the
 * lanes around the screen, not the whole plan.
 *
 * The element is `content-visibility: auto` (board.css `.lane`), so the browser already tracks how
 * close it is and says so with `contentvisibilityautostatechange`. An IntersectionObserver per lane
 * did the same work a second time, and Chromium recomputed all 200 of them on every frame of a
 * pointer drag: 0.8 ms of each pointer move on the stress plan's Steps view (traced 2026-12-01).
 * "Close" is the browser's own: about one and a half viewports around the screen in Chromium 156.
 * That mounts more lanes at once than before (8 of 200 at the top of the stress plan, against 3:
 * the observers' 600 px margin never applied, as `main` scrolls and clips the lanes, so a lane
 * mounted only once it was on screen and showed its placeholder first), so switching to the view
 * costs more, and a lane is ready before it scrolls into sight.
 * The listener goes on before the first layout (a layout effect), so the first state is heard. In a
 * browser without the event the lane is near at once: it mounts and nothing stays hidden. The
 * element must be `content-visibility: auto`, or the event never comes: steps-lanes-near.e2e.test.ts
 * sees lanes far down the page mount as they are scrolled or tabbed to.
 *
 * It also marks the element `data-offscreen` while the browser skips it. Even skipped, every
 * `content-visibility: auto` lane is one more nearness Chromium recomputes on each frame of a pointer
 * drag (0.65 ms a move at 200 lanes, traced 2026-12-01); while a drag holds the page still, board.css
 * makes the off-screen ones `content-visibility: hidden`, which skips them the same way, keeps their
 * remembered size, and tracks nothing. The first scroll of the drag undoes it (pointer-drag.ts).
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  useLayoutEffect(() => {
    // Once near, later events change nothing (setNear(true) again is a no-op); the listener goes
    // with the lane.
    const node = ref.current;
    if (!node) return;
    if (!('oncontentvisibilityautostatechange' in node)) {
      setNear(true);
      return;
    }
    // Marked for board.css, where a pointer drag freezes the lanes off screen (drag-still); the
    // attribute's absence after the toggle is the lane being near.
    const onChange = (event: Event) => node.toggleAttribute('data-offscreen', (event as ContentVisibilityAutoStateChangeEvent).skipped) || setNear(true);
    node.addEventListener('contentvisibilityautostatechange', onChange);
    return () => node.removeEventListener('contentvisibilityautostatechange', onChange);
  }, [ref]);
  return near;
}
