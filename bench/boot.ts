import type { BrowserContext } from 'playwright-core';
import { APP_ORIGIN } from '../tests/e2e/harness';
import { anyCards, cancelDrag, column, dragActiveNow, draggableCards } from './board-probe';
import { repeat } from './stats';

export interface BootSample {
  /** Navigation start to the first project card on screen. */
  firstCard: number;
  /** Navigation start to the board showing a keyboard drag in progress (null: the board has no DnD). */
  interactive: number | null;
  /** The `app:boot` call's round trip as the page saw it (the harness's transport plus main). */
  bootCall: number | null;
  /** Space presses it took; more than one means a press came before the board could take it. */
  presses: number;
  /** The taken Space keydown to the frame showing the drag: the app's first pick-up, cold. */
  firstPickup: number | null;
}

/**
 * Times every `app:boot` call the page makes. The harness's `window.api` looks its binding up on
 * each call, so wrapping the binding sees every call without touching the app.
 */
const TIME_BOOT_CALL = `(() => {
  window.__benchBootCall = null;
  const wrap = () => {
    const invoke = window.__prepPlannerInvoke;
    if (!invoke) return setTimeout(wrap, 0);
    window.__prepPlannerInvoke = (channel, request) => {
      const t0 = performance.now();
      return invoke(channel, request).then((reply) => {
        if (channel === 'app:boot' && window.__benchBootCall === null) window.__benchBootCall = performance.now() - t0;
        return reply;
      });
    };
  };
  wrap();
  // The last Space keydown, to split "interactive" into the driver's press and the app's pick-up.
  window.__benchSpace = null;
  window.addEventListener('keydown', (e) => { if (e.code === 'Space') window.__benchSpace = e.timeStamp; }, { capture: true });
})();`;

/**
 * One boot in a fresh page of the harness's context, main already running (as in Electron, where
 * main has read the plan before the window loads). Times are the page's own `performance.now()`,
 * whose zero is the navigation start.
 */
export async function bootOnce(context: BrowserContext, withDnd: boolean): Promise<BootSample> {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: TIME_BOOT_CALL });
    await page.goto(`${APP_ORIGIN}/index.html`, { waitUntil: 'commit' });
    const backlog = column(page, 'Backlog');
    const cards = withDnd ? draggableCards(backlog) : anyCards(backlog);
    // Polled in the page on every frame, so the time is the frame that first showed a card.
    const firstCard = (await page
      .waitForFunction(() => (document.querySelector('[aria-roledescription], article') ? performance.now() : null), null, { polling: 'raf', timeout: 30_000 })
      .then((h) => h.jsonValue())) as number;
    const bootCall = (await page.evaluate('window.__benchBootCall')) as number | null;
    if (!withDnd) return { firstCard, interactive: null, bootCall, presses: 0, firstPickup: null };

    // Keep offering the drag until the board takes it: a key pressed before React is ready is lost.
    let interactive: number | null = null;
    let presses = 0;
    while (interactive === null) {
      if (++presses > 20) throw new Error('the board never took a keyboard drag (20 Space presses)');
      await cards.first().focus();
      await page.keyboard.press('Space');
      interactive = await page
        .waitForFunction(dragActiveNow, null, { polling: 'raf', timeout: 500 })
        .then((h) => h.jsonValue() as Promise<number>, () => null);
    }
    const space = (await page.evaluate('window.__benchSpace')) as number | null;
    await cancelDrag(page);
    return { firstCard, interactive, bootCall, presses, firstPickup: space === null ? null : interactive - space };
  } finally {
    await page.close();
  }
}

export async function bootSamples(context: BrowserContext, runs: number, withDnd: boolean): Promise<BootSample[]> {
  const samples: BootSample[] = [];
  // The first boot warms Chromium's caches of its own code, which a user's Electron has long done.
  await repeat(runs, async (run) => {
    const sample = await bootOnce(context, withDnd);
    if (run >= 0) samples.push(sample);
    return 0;
  }, 1);
  return samples;
}
