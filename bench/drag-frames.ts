import type { Page } from 'playwright-core';
import { carryTo, column, dragActiveNow, dragIdleNow, draggableCards, liftCard, scrollBoardToTop } from './board-probe';
import { markStep, nextFrames, startFrames, stopFrames, type FrameLog, type LongFrame } from './frames';
import { moveMouse, syncPlaywrightMouse } from './pointer-input';

export interface DragFrames {
  deltas: number[];
  /** Longest frame seen: the largest rAF gap or Long Animation Frame, whichever is longer. */
  longest: number[];
  /** The longest Long Animation Frames seen, with what ran in them. */
  worst: LongFrame[];
}

const waitDragging = (page: Page, how: string) =>
  page.waitForFunction(dragActiveNow, null, { polling: 'raf', timeout: 10_000 }).catch(() => {
    throw new Error(`${how} did not start a drag within 10 s`);
  });
const waitIdle = (page: Page, how: string) =>
  page.waitForFunction(dragIdleNow, null, { polling: 'raf', timeout: 10_000 }).catch(() => {
    throw new Error(`${how} did not end the drag within 10 s`);
  });

function collect(into: DragFrames, log: FrameLog): void {
  into.deltas.push(...log.deltas);
  into.longest.push(Math.max(0, ...log.deltas, ...log.longFrames.map((f) => f.duration)));
  into.worst = [...into.worst, ...log.longFrames].sort((a, b) => b.duration - a.duration).slice(0, 3);
}

/**
 * Carries a card three columns with the keyboard: the first card of the first column to the
 * fourth, then (next run) the first card of the fourth back to the first, so a short column
 * (a swimlane's cell) never runs out of cards.
 */
export async function keyboardDragFrames(page: Page, runs: number, titles: readonly string[]): Promise<DragFrames> {
  const out: DragFrames = { deltas: [], longest: [], worst: [] };
  const path = titles.slice(0, 4);
  if (path.length < 4) throw new Error('a drag across three columns needs four columns');
  for (let run = -1; run < runs; run++) {
    const forward = (run + 1) % 2 === 0;
    const [start, ...rest] = forward ? path : [...path].reverse();
    await scrollBoardToTop(page);
    const card = draggableCards(column(page, start!)).first();
    await card.scrollIntoViewIfNeeded();
    await card.focus();
    await startFrames(page);
    await markStep(page, 'Space (lift)');
    await liftCard(page, card);
    for (const title of rest) {
      await markStep(page, `arrow to ${title}`);
      await carryTo(page, forward ? 'ArrowRight' : 'ArrowLeft', title);
    }
    await markStep(page, 'Space (drop)');
    await page.keyboard.press('Space');
    await waitIdle(page, 'Space (drop)');
    await nextFrames(page, 4);
    const log = await stopFrames(page);
    if (run >= 0) collect(out, log);
  }
  return out;
}

/**
 * Drags the first card of a full column down it with the mouse, one pointer move per frame as a
 * 60 Hz mouse sends them: down to the window's bottom edge, held there while the column (its own
 * scroll box) scrolls (the heaviest part of a long drag), then onto the column's last card and dropped.
 * The moves after the pick-up go straight to Chromium (`pointer-input.ts`).
 */
export async function mouseDragFrames(page: Page, runs: number, columnTitle = 'Up next', steps = 40, maxHoldFrames = 240): Promise<DragFrames> {
  const out: DragFrames = { deltas: [], longest: [], worst: [] };
  const viewport = page.viewportSize() ?? { width: 1400, height: 900 };
  const cdp = await page.context().newCDPSession(page);
  for (let run = -1; run < runs; run++) {
    const cards = draggableCards(column(page, columnTitle));
    const card = cards.first();
    const last = cards.last();
    // Start each drag from the top of the column, whatever the last one scrolled.
    await scrollBoardToTop(page);
    await card.scrollIntoViewIfNeeded();
    // A virtualised column re-renders on the scroll event: read the card's box once it has.
    await nextFrames(page, 3);
    const from = await card.boundingBox();
    if (!from) throw new Error(`cannot find the ${columnTitle} column on screen`);
    const x = from.x + from.width / 2;
    const y0 = from.y + from.height / 2;
    const y1 = viewport.height - 6;
    await startFrames(page);
    await markStep(page, 'mouse down');
    await page.mouse.move(x, y0);
    await page.mouse.down();
    // Past the sensor's activation distance first, as a real drag starts.
    await page.mouse.move(x, y0 + 12, { steps: 3 });
    await waitDragging(page, 'mouse down and a 12 px move');
    await markStep(page, 'moves down the column');
    for (let i = 1; i <= steps; i++) {
      await moveMouse(cdp, { x, y: y0 + 12 + ((y1 - y0 - 12) * i) / steps }, true);
      await nextFrames(page, 1);
    }
    await markStep(page, 'hold at the edge (autoscroll)');
    // Hold at the edge until the column's last card has scrolled into reach, then go onto it.
    let at = { x, y: y1 };
    for (let i = 0; i < maxHoldFrames; i++) {
      const box = await last.boundingBox();
      if (box && box.y + box.height / 2 < y1) {
        at = { x, y: box.y + box.height / 2 };
        await moveMouse(cdp, at, true);
        await nextFrames(page, 2);
        break;
      }
      at = { x: x + (i % 2), y: y1 };
      await moveMouse(cdp, at, true);
      await nextFrames(page, 1);
    }
    await markStep(page, 'mouse up (drop)');
    // Playwright releases the button where it last moved the mouse itself.
    await syncPlaywrightMouse(page, at);
    await page.mouse.up();
    await waitIdle(page, 'mouse up');
    await nextFrames(page, 4);
    const log = await stopFrames(page);
    if (run >= 0) collect(out, log);
  }
  return out;
}
