import type { CDPSession, Page } from 'playwright-core';
import { column, dragActiveNow, draggableCards, scrollBoardToTop } from './board-probe';
import { nextFrames } from './frames';
import { tracedMoves, type MoveSamples } from './move-trace';
import { moveMouse, syncPlaywrightMouse, type Point } from './pointer-input';

/** Cumulative main-thread times (ms) Chromium keeps for the page (CDP `Performance.getMetrics`). */
interface Times {
  task: number;
  /** Time the page's main thread spent running DevTools commands: the probe's own reads and waits. */
  devtools: number;
  script: number;
  layout: number;
  style: number;
  /** CPU time of the main thread (not wall time: a descheduled thread does not count). */
  cpu: number;
}

export interface MoveCost {
  /**
   * Main-thread task time per pointer move, ms: one sample per move. The DevTools commands the
   * probe itself sends (the frame wait's `Runtime.evaluate`, the metric reads) run as tasks on the
   * same thread and are taken out: they are the benchmark's cost, not the app's.
   */
  task: number[];
  script: number[];
  /** Style recalculation plus layout, ms. */
  styleLayout: number[];
  /** Main-thread CPU time per move (CDP ThreadTime; the probe's commands included), ms. */
  cpu: number[];
}

async function times(cdp: CDPSession): Promise<Times> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    task: get('TaskDuration'),
    devtools: get('DevToolsCommandDuration'),
    script: get('ScriptDuration'),
    layout: get('LayoutDuration'),
    style: get('RecalcStyleDuration'),
    cpu: get('ThreadTime'),
  };
}

/** The app's share of the main thread between two reads: task time less the probe's DevTools commands. */
const appTask = (a: Times, b: Times) => b.task - a.task - (b.devtools - a.devtools);

export async function openCdp(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  return cdp;
}

/**
 * Main-thread work caused by each pointer move of a drag (left button held when `held`): the page's
 * task time before the move and after the frame that shows it, one sample per move, less the
 * DevTools commands the probe sends (see `MoveCost.task`). What is left of the probe's own cost (the
 * frame its wait asks for) is measured alone by `probeCost` and printed beside the figure, not
 * subtracted. The moves go straight to Chromium (`pointer-input.ts`).
 */
export async function moveCosts(page: Page, cdp: CDPSession, points: readonly Point[], held: boolean): Promise<MoveCost> {
  const out: MoveCost = { task: [], script: [], styleLayout: [], cpu: [] };
  for (const p of points) {
    const a = await times(cdp);
    await moveMouse(cdp, p, held);
    await nextFrames(page, 1);
    const b = await times(cdp);
    out.task.push(appTask(a, b));
    out.script.push(b.script - a.script);
    out.styleLayout.push(b.style - a.style + (b.layout - a.layout));
    out.cpu.push(b.cpu - a.cpu);
  }
  return out;
}

export interface ProbeCost {
  /** Task time as the figure counts it (DevTools commands out): the frame the wait asks for. */
  task: number[];
  /** The DevTools commands themselves (taken out of every move's figure). */
  devtools: number[];
}

/** What the probe costs with no pointer move: a metric read, a one-frame wait, a metric read. */
export async function probeCost(page: Page, cdp: CDPSession, samples = 30): Promise<ProbeCost> {
  const out: ProbeCost = { task: [], devtools: [] };
  for (let i = 0; i < samples; i++) {
    const a = await times(cdp);
    await nextFrames(page, 1);
    const b = await times(cdp);
    out.task.push(appTask(a, b));
    out.devtools.push(b.devtools - a.devtools);
  }
  return out;
}

const merge = (into: MoveCost, from: MoveCost) => {
  into.task.push(...from.task);
  into.script.push(...from.script);
  into.styleLayout.push(...from.styleLayout);
  into.cpu.push(...from.cpu);
};

/**
 * Mouse drags of the first card of the first column: across three columns at the card's height,
 * then down the fourth column to the bottom of what it shows, one move per frame (a 60 Hz mouse),
 * then Escape — the board is left as it was, so every run starts alike. A long column has its own
 * scroll box, and a card held in the bottom fifth of it scrolls it (autoscroll): the path stops
 * just above that zone, because once the list scrolls by itself each sample would count scroll
 * frames, as many as the probe happens to wait, not the move. Going on down the whole column is
 * the autoscroll figure's part (autoscroll.ts), with its own main-thread time per frame.
 * `drag: false` moves the pointer along the same path with no button held: what a pointer move
 * costs this browser with no drag at all (hover, hit testing, a frame), the floor under the figure.
 */
export async function dragMoveCosts(page: Page, cdp: CDPSession, titles: readonly string[], runs: number, drag = true): Promise<MoveCost> {
  const out: MoveCost = { task: [], script: [], styleLayout: [], cpu: [] };
  for (let run = -1; run < runs; run++) {
    const cost = await alongDragPath(page, titles, drag, (points) => moveCosts(page, cdp, points, drag));
    if (run >= 0) merge(out, cost);
  }
  return out;
}

/**
 * The same drags, measured from a Chromium trace over each drag's 100 moves instead of metric
 * reads around every move (`move-trace.ts`): no DevTools command between moves but the input
 * itself, and every main-thread task from one move's input to the next counted as that move's.
 */
export async function tracedDragMoveCosts(page: Page, cdp: CDPSession, titles: readonly string[], runs: number, drag = true): Promise<MoveSamples> {
  const out: MoveSamples = { wall: [], cpu: [], dispatched: 0, mean: 0 };
  let total = 0;
  for (let run = -1; run < runs; run++) {
    const cost = await alongDragPath(page, titles, drag, (points) => tracedMoves(cdp, points, drag));
    if (run < 0) continue;
    out.wall.push(...cost.wall);
    out.cpu.push(...cost.cpu);
    out.dispatched += cost.dispatched;
    total += cost.mean * cost.dispatched;
  }
  out.mean = total / Math.max(1, out.dispatched);
  return out;
}

/**
 * Sets up one drag (see `dragMoveCosts`), hands its 100 points to `measure`, then ends it with
 * Escape so the board is left as it was.
 */
async function alongDragPath<T>(page: Page, titles: readonly string[], drag: boolean, measure: (points: Point[]) => Promise<T>): Promise<T> {
  const viewport = page.viewportSize() ?? { width: 1400, height: 900 };
  await scrollBoardToTop(page);
  const card = draggableCards(column(page, titles[0]!)).first();
  const from = await card.boundingBox();
  const to = await column(page, titles[3]!).boundingBox();
  if (!from || !to) throw new Error('cannot find the first card or the fourth column');
  const x0 = from.x + from.width / 2;
  const y0 = from.y + 14;
  if (drag) await pickUp(page, x0, y0);
  else {
    await page.mouse.move(x0, y0);
    await page.mouse.move(x0, y0 + 12, { steps: 3 });
    await nextFrames(page, 2);
  }
  const x1 = to.x + to.width / 2;
  const bottom = await downTo(page, titles[3]!, viewport.height);
  const across = Array.from({ length: 60 }, (_, i) => ({ x: x0 + ((x1 - x0) * (i + 1)) / 60, y: y0 + 12 }));
  const down = Array.from({ length: 40 }, (_, i) => ({ x: x1, y: y0 + 12 + ((bottom - y0 - 12) * (i + 1)) / 40 }));
  const path = [...across, ...down];
  const cost = await measure(path);
  await syncPlaywrightMouse(page, path[path.length - 1]!);
  if (drag) {
    await page.keyboard.press('Escape');
    await page.mouse.up();
  }
  await nextFrames(page, 3);
  return cost;
}

/**
 * Presses the mouse on the card and moves it 12 px down, until the board shows a drag. A press
 * that lands while the previous drag's card is still settling back does not start one; a sample
 * taken then would be a hover, not a drag (the figure would be flattered), so it is retried.
 */
async function pickUp(page: Page, x: number, y: number, attempts = 4): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y + 12, { steps: 3 });
    const active = await page.waitForFunction(dragActiveNow, null, { polling: 'raf', timeout: 1_000 }).then(() => true, () => false);
    await nextFrames(page, 2);
    if (active) return;
    await page.mouse.up();
    await page.waitForTimeout(300);
  }
  throw new Error(`a mouse press on the first card never started a drag (${attempts} tries)`);
}

/**
 * How far down the column titled `title` the drag goes (page y): the bottom of the column as shown
 * (never below the window's edge, less 8 px), or, for a column with its own scroll box, just above
 * the box's autoscroll zone (its bottom fifth).
 */
async function downTo(page: Page, title: string, viewportHeight: number): Promise<number> {
  const list = column(page, title);
  const section = await list.locator('xpath=ancestor::section[1]').boundingBox();
  const scroller = list.locator('xpath=ancestor::*[contains(@class,"card-scroll")][1]');
  const box = (await scroller.count()) ? await scroller.boundingBox() : null;
  const windowBottom = viewportHeight - 8;
  if (box) return Math.min(box.y + box.height * 0.78, windowBottom);
  return Math.min(section ? section.y + section.height - 8 : windowBottom, windowBottom);
}
