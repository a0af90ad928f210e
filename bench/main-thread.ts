import type { CDPSession, Page } from 'playwright-core';
import { column, draggableCards, scrollBoardToTop } from './board-probe';
import { nextFrames } from './frames';

/** Cumulative main-thread times (ms) Chromium keeps for the page (CDP `Performance.getMetrics`). */
interface Times {
  task: number;
  script: number;
  layout: number;
  style: number;
}

export interface MoveCost {
  /** Main-thread task time per pointer move, ms: one sample per move. */
  task: number[];
  script: number[];
  /** Style recalculation plus layout, ms. */
  styleLayout: number[];
}

async function times(cdp: CDPSession): Promise<Times> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: get('TaskDuration'), script: get('ScriptDuration'), layout: get('LayoutDuration'), style: get('RecalcStyleDuration') };
}

export async function openCdp(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  return cdp;
}

/**
 * Main-thread work caused by each pointer move of a drag: the page's task time before the move
 * and after the frame that shows it, one sample per move. The probe's own cost (two metric reads
 * and a one-frame wait, ~0.1–0.3 ms) is measured alone and reported beside it, not subtracted.
 */
export async function moveCosts(page: Page, cdp: CDPSession, points: readonly { x: number; y: number }[]): Promise<MoveCost> {
  const out: MoveCost = { task: [], script: [], styleLayout: [] };
  for (const p of points) {
    const a = await times(cdp);
    await page.mouse.move(p.x, p.y);
    await nextFrames(page, 1);
    const b = await times(cdp);
    out.task.push(b.task - a.task);
    out.script.push(b.script - a.script);
    out.styleLayout.push(b.style - a.style + (b.layout - a.layout));
  }
  return out;
}

/** What the probe costs with no pointer move: a metric read, a one-frame wait, a metric read. */
export async function probeCost(page: Page, cdp: CDPSession, samples = 30): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    const a = await times(cdp);
    await nextFrames(page, 1);
    out.push((await times(cdp)).task - a.task);
  }
  return out;
}

const merge = (into: MoveCost, from: MoveCost) => {
  into.task.push(...from.task);
  into.script.push(...from.script);
  into.styleLayout.push(...from.styleLayout);
};

/**
 * Mouse drags of the first card of the first column: across three columns at the card's height,
 * then down the fourth column to the window's bottom edge, one move per frame (a 60 Hz mouse),
 * then Escape — the board is left as it was, so every run starts alike.
 */
export async function dragMoveCosts(page: Page, cdp: CDPSession, titles: readonly string[], runs: number): Promise<MoveCost> {
  const out: MoveCost = { task: [], script: [], styleLayout: [] };
  const viewport = page.viewportSize() ?? { width: 1400, height: 900 };
  for (let run = -1; run < runs; run++) {
    await scrollBoardToTop(page);
    const card = draggableCards(column(page, titles[0]!)).first();
    const from = await card.boundingBox();
    const to = await column(page, titles[3]!).boundingBox();
    if (!from || !to) throw new Error('cannot find the first card or the fourth column');
    const x0 = from.x + from.width / 2;
    const y0 = from.y + 14;
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    await page.mouse.move(x0, y0 + 12, { steps: 3 });
    await nextFrames(page, 2);
    const x1 = to.x + to.width / 2;
    const across = Array.from({ length: 60 }, (_, i) => ({ x: x0 + ((x1 - x0) * (i + 1)) / 60, y: y0 + 12 }));
    const down = Array.from({ length: 40 }, (_, i) => ({ x: x1, y: y0 + 12 + ((viewport.height - 40 - y0) * (i + 1)) / 40 }));
    const cost = await moveCosts(page, cdp, [...across, ...down]);
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await nextFrames(page, 3);
    if (run >= 0) merge(out, cost);
  }
  return out;
}
