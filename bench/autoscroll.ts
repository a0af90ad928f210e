import type { CDPSession, Page } from 'playwright-core';
import { column, draggableCards, scrollBoardToTop } from './board-probe';
import { nextFrames } from './frames';
import { moveMouse, syncPlaywrightMouse } from './pointer-input';

/**
 * Autoscroll to the end of a long column: the first card of `title` is dragged to 8 px above the
 * bottom of the column's scroll box (the page's bottom edge when the column does not scroll on
 * its own) and held there. The figure is page time from the pointer setting off for the edge (the
 * move there included) to the first frame where the box is scrolled to its end and the column's
 * last card (of `count`) is rendered; null after `limitMs`. Only virtualised columns (their own scroll box) are measured.
 */
export interface AutoscrollRun {
  /** Page time from the hold to the end, ms; null when it never got there within the limit. */
  ms: number | null;
  /**
   * Main-thread task time per frame while the column scrolled (CDP TaskDuration less DevTools
   * commands over the hold, divided by the frames the page drew in it), ms; null without `cdp`.
   */
  perFrameMs: number | null;
}

export async function autoscrollToEnd(page: Page, title: string, count: number, limitMs = 10_000, cdp?: CDPSession): Promise<AutoscrollRun> {
  await scrollBoardToTop(page);
  const list = column(page, title);
  const card = draggableCards(list).first();
  const from = await card.boundingBox();
  const scroller = list.locator('xpath=ancestor::*[contains(@class,"card-scroll")][1]');
  const box = (await scroller.count()) ? await scroller.boundingBox() : null;
  const viewport = page.viewportSize() ?? { width: 1400, height: 900 };
  if (!from) throw new Error(`no card in ${title}`);
  const x = from.x + from.width / 2;
  if (!box) throw new Error(`${title} does not scroll on its own`);
  const edge = Math.min(box.y + box.height, viewport.height) - 8;
  await page.mouse.move(x, from.y + 14);
  await page.mouse.down();
  await page.mouse.move(x, from.y + 30, { steps: 3 });
  await nextFrames(page, 2);
  // The clock starts before the pointer heads for the edge (review 18: started after it, the clock
  // missed the scrolling done while the pointer crossed the zone). Conservative: it includes the move.
  const before = cdp ? await taskTimes(cdp) : null;
  const started = (await page.evaluate(() => {
    // Frames drawn during the hold, counted in the page.
    const w = window as unknown as { __benchHoldFrames: number; __benchHoldCounting: boolean };
    w.__benchHoldFrames = 0;
    w.__benchHoldCounting = true;
    const count = () => {
      w.__benchHoldFrames++;
      if (w.__benchHoldCounting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    return performance.now();
  })) as number;
  // Straight to Chromium, as the per-move figures' drags (pointer-input.ts): Playwright's own moves
  // with the button held would add its drag-interception scripts to the per-frame figure.
  const session = cdp ?? (await page.context().newCDPSession(page));
  for (let i = 1; i <= 10; i++) await moveMouse(session, { x, y: from.y + 30 + ((edge - from.y - 30) * i) / 10 }, true);
  const reached = await page
    .waitForFunction(
      ({ label, count }) => {
        const list = Array.from(document.querySelectorAll('ul')).find((u) => u.getAttribute('aria-label') === label);
        const scrollBox = list?.closest('.card-scroll');
        if (!list || !scrollBox) return null;
        const atEnd = scrollBox.scrollTop + scrollBox.clientHeight >= scrollBox.scrollHeight - 2;
        return atEnd && list.querySelector(`li[aria-posinset="${count}"]`) ? performance.now() : null;
      },
      { label: title, count },
      { polling: 'raf', timeout: limitMs },
    )
    .then((h) => h.jsonValue() as Promise<number>, () => null);
  const frames = (await page.evaluate(() => {
    const w = window as unknown as { __benchHoldFrames: number; __benchHoldCounting: boolean };
    w.__benchHoldCounting = false;
    return w.__benchHoldFrames;
  })) as number;
  const after = cdp ? await taskTimes(cdp) : null;
  await syncPlaywrightMouse(page, { x, y: edge });
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await nextFrames(page, 3);
  const perFrameMs = before && after && frames > 0 ? (after.task - before.task - (after.devtools - before.devtools)) / frames : null;
  return { ms: reached === null ? null : reached - started, perFrameMs };
}

async function taskTimes(cdp: CDPSession): Promise<{ task: number; devtools: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: get('TaskDuration'), devtools: get('DevToolsCommandDuration') };
}

/** JS heap in use after a full garbage collection (MB) and the document's element count. */
export async function heapAndDom(page: Page, cdp: CDPSession): Promise<{ heapMb: number; domNodes: number }> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  const domNodes = (await page.evaluate(() => document.getElementsByTagName('*').length)) as number;
  return { heapMb: Math.round((heap / 1024 / 1024) * 10) / 10, domNodes };
}
