import type { BrowserContext } from 'playwright-core';
import { APP_ORIGIN } from '../tests/e2e/harness';
import { anyCards, cancelDrag, column, draggableCards } from './board-probe';
import { repeat } from './stats';

export interface BootSample {
  /** Navigation start to the first project card on screen. */
  firstCard: number;
  /** Navigation start to the board showing a keyboard drag in progress (null: the board has no DnD). */
  interactive: number | null;
  /** The `app:boot` call's round trip as the page saw it (the transport plus main; over HTTP, JSON parse included). */
  bootCall: number | null;
  /** Over HTTP: the `app:boot` reply's body as it crossed the wire, bytes (the harness too, since app:boot travels there as a fulfilled request). */
  bootBytes: number | null;
  /** Over HTTP: the last byte of the reply to its JSON parsed (response.json()), ms. */
  bootParse: number | null;
  /** Space presses it took; more than one means a press came before the board could take it. */
  presses: number;
  /** The taken Space keydown to the frame showing the drag: the app's first pick-up, cold. */
  firstPickup: number | null;
}

/**
 * Probes installed before the app's scripts run. The `app:boot` call is timed by the fetch's resource
 * timing entry (start, bytes on the wire, response end) and by wrapping Response.prototype.json (the
 * reply parsed): over HTTP (browser mode) and in the harness, whose window.api carries app:boot as a
 * fulfilled request (tests/e2e/harness.ts), so the app is not touched.
 */
const BOOT_PROBES = `(() => {
  window.__benchBootCall = null;
  window.__benchBootBytes = null;
  window.__benchBootParse = null;
  const json = Response.prototype.json;
  Response.prototype.json = function () {
    const reply = json.call(this);
    const boot = (url) => url.endsWith('/api/app%3Aboot') || url.endsWith('/__harness/app-boot');
    if (!boot(this.url) || window.__benchBootCall !== null) return reply;
    return reply.then((data) => {
      const now = performance.now();
      const entry = performance.getEntriesByType('resource').find((e) => boot(e.name));
      if (entry) {
        window.__benchBootCall = now - entry.startTime;
        window.__benchBootParse = now - entry.responseEnd;
        window.__benchBootBytes = entry.encodedBodySize;
      }
      return data;
    });
  };
  // The first frame with a card, seen by a mutation observer rather than a round trip from Node.
  window.__benchFirstCard = null;
  const seen = new MutationObserver(() => {
    if (!document.querySelector('[aria-roledescription], article')) return;
    seen.disconnect();
    requestAnimationFrame(() => {
      window.__benchFirstCard = performance.now();
      console.debug('bench:first-card');
    });
  });
  seen.observe(document, { childList: true, subtree: true });
  // The last Space keydown, to split "interactive" into the driver's press and the app's pick-up.
  window.__benchSpace = null;
  window.addEventListener('keydown', (e) => { if (e.code === 'Space') window.__benchSpace = e.timeStamp; }, { capture: true });
  // The first frame showing the drag, seen in the page: a poll from Node (waitForFunction) would
  // run the driver's own scripts on the page's main thread between the keydown and that frame and
  // notice the frame late. The same test as dragActiveNow (board-probe.ts), after a Space only.
  window.__benchDragShown = null;
  const dragShown = () => document.querySelector('[aria-roledescription][aria-pressed="true"], [data-dragging="true"]') ||
    Array.from(document.querySelectorAll('[id^="DndLiveRegion"]')).some((r) => /picked up|lifted|grabbed/i.test(r.textContent ?? ''));
  const lifted = new MutationObserver(() => {
    if (window.__benchSpace === null || !dragShown()) return;
    lifted.disconnect();
    // The time in the first animation frame after the drag state is in the DOM: the frame that
    // shows it, as the old poll timed it (its own style, layout and paint, ~7 ms, come after). A
    // message posted from here would run only after every task queued before it — work that
    // follows the frame (dnd-kit's second measuring, observers) — and time that, not the frame.
    requestAnimationFrame(() => {
      window.__benchDragShown = performance.now();
      console.debug('bench:drag-shown');
    });
  });
  lifted.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
})();`;

/**
 * One boot in a fresh page of the harness's context, main already running (as in Electron, where
 * main has read the plan before the window loads). Times are the page's own `performance.now()`,
 * whose zero is the navigation start.
 */
export async function bootOnce(context: BrowserContext, withDnd: boolean, url = `${APP_ORIGIN}/index.html`): Promise<BootSample> {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: BOOT_PROBES });
    // Node waits for the page's own word that a card is on screen and sends nothing meanwhile: a
    // locator's wait (or a press's) polls the page from Playwright's injected script on every frame,
    // and that work (its computeBox and queries, 25–30 ms a boot, profiled 2026-12-01) ran on the
    // main thread the boot needs and counted as the app's.
    const cardShown = new Promise<void>((resolve) => page.on('console', (m) => m.text() === 'bench:first-card' && resolve()));
    await page.goto(url, { waitUntil: 'commit' });
    // The limit starts once the page is there: a navigation that throws leaves no timer behind.
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no card was on screen within 30 s of the navigation')), 30_000)));
    await Promise.race([cardShown, limit]).finally(() => clearTimeout(timer));
    // Read once the drag is timed: a round trip here would delay the first press.
    const firstCardTime = async () => (await page.evaluate('window.__benchFirstCard')) as number;
    const backlog = column(page, 'Backlog');
    const cards = withDnd ? draggableCards(backlog) : anyCards(backlog);
    const bootCall = () => page.evaluate('window.__benchBootCall') as Promise<number | null>;
    const wire = async () => ({
      bootBytes: (await page.evaluate('window.__benchBootBytes')) as number | null,
      bootParse: (await page.evaluate('window.__benchBootParse')) as number | null,
    });
    if (!withDnd) return { firstCard: await firstCardTime(), interactive: null, bootCall: await bootCall(), ...(await wire()), presses: 0, firstPickup: null };

    // One protocol call waits for the card, focuses it and presses Space, so the driver adds as
    // little as it can; a press the board was not ready for is simply made again. Node waits for
    // the page's own report of the drag frame (a console message), sending nothing meanwhile.
    let shown!: () => void;
    const dragShown = new Promise<void>((resolve) => (shown = resolve));
    page.on('console', (m) => m.text() === 'bench:drag-shown' && shown());
    let interactive: number | null = null;
    let presses = 0;
    while (interactive === null) {
      if (++presses > 20) throw new Error('the board never took a keyboard drag (20 Space presses)');
      await cards.first().press('Space', { timeout: 30_000 });
      const taken = await Promise.race([dragShown.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 500))]);
      if (taken) interactive = (await page.evaluate('window.__benchDragShown')) as number | null;
    }
    const firstCard = await firstCardTime();
    const space = (await page.evaluate('window.__benchSpace')) as number | null;
    await cancelDrag(page);
    return { firstCard, interactive, bootCall: await bootCall(), ...(await wire()), presses, firstPickup: space === null ? null : interactive - space };
  } finally {
    await page.close();
  }
}

/** `url`: the page to open (default the harness's fake origin; browser mode's server for HTTP). */
export async function bootSamples(context: BrowserContext, runs: number, withDnd: boolean, url?: string): Promise<BootSample[]> {
  const samples: BootSample[] = [];
  // The first boot warms Chromium's caches of its own code, which a user's Electron has long done.
  await repeat(runs, async (run) => {
    const sample = await bootOnce(context, withDnd, url);
    if (run >= 0) samples.push(sample);
    return 0;
  }, 1);
  return samples;
}
