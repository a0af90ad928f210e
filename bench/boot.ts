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
 * Probes installed before the app's scripts run. The `app:boot` call is timed by wrapping the
 * harness's binding, which its `window.api` looks up on every call, so the app is not touched.
 */
const BOOT_PROBES = `(() => {
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
  // The first frame with a card, seen by a mutation observer rather than a round trip from Node.
  window.__benchFirstCard = null;
  const seen = new MutationObserver(() => {
    if (!document.querySelector('[aria-roledescription], article')) return;
    seen.disconnect();
    requestAnimationFrame(() => { window.__benchFirstCard = performance.now(); });
  });
  seen.observe(document, { childList: true, subtree: true });
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
    await page.addInitScript({ content: BOOT_PROBES });
    await page.goto(`${APP_ORIGIN}/index.html`, { waitUntil: 'commit' });
    const backlog = column(page, 'Backlog');
    const cards = withDnd ? draggableCards(backlog) : anyCards(backlog);
    const firstCardShown = async () =>
      (await (await page.waitForFunction('window.__benchFirstCard', null, { polling: 'raf', timeout: 30_000 })).jsonValue()) as number;
    const bootCall = () => page.evaluate('window.__benchBootCall') as Promise<number | null>;
    if (!withDnd) {
      const firstCard = await firstCardShown();
      return { firstCard, interactive: null, bootCall: await bootCall(), presses: 0, firstPickup: null };
    }

    // One protocol call waits for the card, focuses it and presses Space, so the driver adds as
    // little as it can; a press the board was not ready for is simply made again.
    let interactive: number | null = null;
    let presses = 0;
    while (interactive === null) {
      if (++presses > 20) throw new Error('the board never took a keyboard drag (20 Space presses)');
      await cards.first().press('Space', { timeout: 30_000 });
      interactive = await page
        .waitForFunction(dragActiveNow, null, { polling: 'raf', timeout: 500 })
        .then((h) => h.jsonValue() as Promise<number>, () => null);
    }
    const firstCard = await firstCardShown();
    const space = (await page.evaluate('window.__benchSpace')) as number | null;
    await cancelDrag(page);
    return { firstCard, interactive, bootCall: await bootCall(), presses, firstPickup: space === null ? null : interactive - space };
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
