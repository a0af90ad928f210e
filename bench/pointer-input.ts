import type { CDPSession, Page } from 'playwright-core';

/*
 * Pointer moves for the measured part of a drag, sent straight to Chromium.
 *
 * Playwright's `page.mouse.move` with the left button held does more than move the mouse: to
 * support HTML5 drag and drop it runs two scripts in the page (one adds a `mousemove` listener and
 * a `setTimeout`, one reads and removes them) and turns Chromium's drag interception on and off,
 * around every move (`interceptDragCausedByMove` in playwright-core). On this machine that is about
 * 2 ms of the page's main thread per move (DevTools session messages, the listener, the timer),
 * traced on 2026-12-01: the probe's cost, counted as the app's. This app does not use HTML5 drag
 * and drop, so the benchmark sends the same `Input.dispatchMouseEvent` Playwright sends (button,
 * buttons mask and force as it sets them) without the interception around it.
 */

export interface Point {
  x: number;
  y: number;
}

/**
 * Moves the mouse to `p` (CSS px from the viewport's top left), with the left button held when
 * `held`. Resolves once the renderer has the event. Playwright's own idea of where the mouse is
 * does not follow: call `syncPlaywrightMouse` before the next `page.mouse` call that depends on it.
 */
export async function moveMouse(cdp: CDPSession, p: Point, held: boolean): Promise<void> {
  await cdp.send('Input.dispatchMouseEvent', {
    type: 'mouseMoved',
    x: p.x,
    y: p.y,
    button: held ? 'left' : 'none',
    buttons: held ? 1 : 0,
    force: held ? 0.5 : 0,
  });
}

/**
 * One Playwright move to `p`, so its `page.mouse.up()` and later moves start where the pointer is
 * (it keeps its own last position). With the button held this one move carries Playwright's drag
 * interception: call it outside a measured window.
 */
export async function syncPlaywrightMouse(page: Page, p: Point): Promise<void> {
  await page.mouse.move(p.x, p.y);
}
