import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const WEATHER = 'Weather Forecast API';
const LANE = 'weather-forecast-api';
/** 130 characters: wraps to several lines, so the card is far taller than its neighbours. */
const TALL = 'Write the integration tests for every endpoint, including the error cases for unknown cities and rate limits, then document these.';
const SHORT = ['A', 'B', 'C', 'D', 'E'];
/** Polls wait longer than the default second: the machine is shared by many test runs. */
const SLOW = { timeout: 10_000 };
const LONG = 180_000;

const column = (scope: Page | Locator, title: string) => scope.getByRole('list', { name: title, exact: true });
const namesIn = (list: Locator) => list.getByRole('article').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')));

/** Records every text dnd-kit's live region speaks, in order (it keeps only the latest). */
async function recordAnnouncements(page: Page) {
  await page.evaluate(() => {
    const spoken: string[] = [];
    (window as unknown as { __spoken: string[] }).__spoken = spoken;
    new MutationObserver(() => {
      const text = Array.from(document.querySelectorAll('[id^="DndLiveRegion"]')).map((r) => r.textContent ?? '').join(' ').trim();
      if (text && spoken[spoken.length - 1] !== text) spoken.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.slice());
}
const KEYS = { Space: { key: ' ', code: 'Space', windowsVirtualKeyCode: 32 }, ArrowRight: { key: 'ArrowRight', code: 'ArrowRight', windowsVirtualKeyCode: 39 } };
/**
 * Sends keys with no pause at all, the way an assistive tool does: every key event goes to the
 * browser before the first one is answered (Playwright's own press waits for each key in turn).
 */
async function pressAtOnce(page: Page, keys: readonly (keyof typeof KEYS)[]) {
  const cdp = await page.context().newCDPSession(page);
  const sent = keys.flatMap((k) => [
    cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...KEYS[k] }),
    cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...KEYS[k] }),
  ]);
  await Promise.all(sent);
  await cdp.detach();
}
const positions = (spoken: string[], name: string) =>
  spoken.filter((t) => t.startsWith(`${name} is over`)).map((t) => Number(/position (\d+) of/.exec(t)?.[1] ?? NaN));

/** Weather Forecast API's Backlog lane: the tall step first, then A–E, then the three built-in steps. */
async function tallFirstLane(app: LaunchedApp): Promise<string[]> {
  let order: string[] = [];
  await app.services.store.update((plan) => {
    const ids = [`${LANE}--tall`, ...SHORT.map((t) => `${LANE}--${t.toLowerCase()}`)];
    ids.forEach((id, i) => {
      plan.steps[id] = { id, projectId: LANE, title: i === 0 ? TALL : SHORT[i - 1]!, builtin: false, state: 'active', completedOn: null };
    });
    const lane = plan.board.steps[LANE]!;
    lane.backlog = [...ids, ...lane.backlog!];
    order = lane.backlog;
  });
  await app.reload();
  return order;
}

describe('keyboard moves (issue 12 cases 8 and 9)', () => {
  it('steps view: ArrowDown ×6 past a tall step announces positions 2 to 7, drops it at 7 and no card vanishes', async () => {
    expect(TALL).toHaveLength(130);
    app = await launchApp({ now: '2026-03-02' });
    const order = await tallFirstLane(app);
    const { page } = app;
    await page.getByRole('button', { name: 'Steps', exact: true }).click();
    const lane = page.getByRole('region', { name: `Steps of ${WEATHER}` });
    await lane.scrollIntoViewIfNeeded();
    const backlog = column(lane, 'Backlog');
    await expect.poll(() => backlog.getByRole('article').count()).toBe(9);
    const spoken = await recordAnnouncements(page);

    await lane.getByRole('button', { name: `Move step ${TALL}` }).focus();
    await page.keyboard.press('Space');
    // TALL ends with a full stop: no second one after it (drag-phrases.ts).
    await expect.poll(async () => (await spoken()).join('|'), SLOW).toContain(`Picked up step ${TALL} in column Backlog, position 1 of 9.`);
    // Each press is answered before the next (a person hears each position): on a loaded machine a
    // fixed pause could let two moves share one render, and the test would judge the machine.
    for (let press = 0; press < 6; press++) {
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => positions(await spoken(), TALL), SLOW).toHaveLength(press + 1);
    }
    await expect.poll(async () => positions(await spoken(), TALL), SLOW).toEqual([2, 3, 4, 5, 6, 7]);

    // Mid-drag, every short step is still on screen inside the column, and no two overlap once the
    // cards have slid into place (dnd-kit moves them with a 250 ms transition: a box read during it
    // is between two places, which is what the eye sees for a moment, not where the card is).
    const column0 = (await backlog.boundingBox())!;
    const overlaps = async () => {
      const boxes: { x: number; y: number; width: number; height: number }[] = [];
      for (const title of SHORT) {
        const card = backlog.getByRole('article', { name: title, exact: true });
        expect(await card.isVisible()).toBe(true);
        const box = (await card.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(column0.x - 1);
        expect(box.x + box.width).toBeLessThanOrEqual(column0.x + column0.width + 1);
        boxes.push(box);
      }
      return boxes.slice(1).filter((box, i) => box.y < boxes[i]!.y + boxes[i]!.height - 1).length;
    };
    await expect.poll(overlaps, SLOW).toBe(0);

    await page.keyboard.press('Space');
    await expect.poll(async () => (await spoken()).join('|'), SLOW).toContain(`Dropped step ${TALL} in column Backlog, position 7 of 9.`);
    const expected = [...order.slice(1, 7), order[0], ...order.slice(7)];
    await expect.poll(() => app!.services.store.plan.board.steps[LANE]!.backlog).toEqual(expected);
    expect(await namesIn(backlog)).toHaveLength(9);
    expect((await namesIn(backlog))[6]).toBe(TALL);
  }, LONG);

  it('projects view: ArrowDown ×6 over cards of mixed heights announces positions 2 to 7 and drops the card at 7', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const { page } = app;
    const backlog = column(page, 'Backlog');
    await expect.poll(() => backlog.getByRole('article').count()).toBe(10);
    const heights = await backlog.getByRole('article').evaluateAll((cards) => cards.map((c) => Math.round(c.getBoundingClientRect().height)));
    expect(new Set(heights).size).toBeGreaterThan(1);
    const before = await namesIn(backlog);
    const first = before[0]!;
    const spoken = await recordAnnouncements(page);

    await page.getByRole('button', { name: `Move project ${first}` }).focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await spoken()).join('|'), SLOW).toContain(`Picked up project ${first}`);
    // Each press is answered before the next (a person hears each position): on a loaded machine a
    // fixed pause could let two moves share one render, and the test would judge the machine.
    for (let press = 0; press < 6; press++) {
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => positions(await spoken(), first!), SLOW).toHaveLength(press + 1);
    }
    await expect.poll(async () => positions(await spoken(), first!), SLOW).toEqual([2, 3, 4, 5, 6, 7]);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await spoken()).join('|'), SLOW).toContain(`Dropped project ${first} in column Backlog, position 7 of 10.`);
    await expect.poll(() => namesIn(backlog)).toEqual([...before.slice(1, 7), first, ...before.slice(7)]);
  }, LONG);

  it('Space, ArrowRight, Space sent with no pause moves the card, 4 of 4 times (projects view)', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const { page } = app;
    const backlog = column(page, 'Backlog');
    await expect.poll(() => backlog.getByRole('article').count()).toBe(10);
    const moved: string[] = [];
    for (let run = 0; run < 4; run++) {
      const name = (await namesIn(backlog))[0]!;
      await page.getByRole('button', { name: `Move project ${name}` }).focus();
      await pressAtOnce(page, ['Space', 'ArrowRight', 'Space']);
      moved.push(name);
      await expect.poll(() => namesIn(column(page, 'Up next'))).toHaveLength(run + 1);
    }
    expect((await namesIn(column(page, 'Up next'))).sort()).toEqual([...moved].sort());
    await expect.poll(() => app!.services.store.plan.board.projects['up-next']!.length).toBe(4);
    expect(await backlog.getByRole('article').count()).toBe(6);
  }, LONG);

  it('Space, ArrowRight, Space sent with no pause moves a step to the next lane column', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const { page } = app;
    await page.getByRole('button', { name: 'Steps', exact: true }).click();
    const lane = page.getByRole('region', { name: `Steps of ${WEATHER}` });
    await lane.scrollIntoViewIfNeeded();
    const backlog = column(lane, 'Backlog');
    await expect.poll(() => backlog.getByRole('article').count()).toBe(3);
    const name = (await namesIn(backlog))[0]!;
    await lane.getByRole('button', { name: `Move step ${name}` }).focus();
    await pressAtOnce(page, ['Space', 'ArrowRight', 'Space']);
    await expect.poll(() => namesIn(column(lane, 'Up next'))).toEqual([name]);
    await expect.poll(() => app!.services.store.plan.board.steps[LANE]!['up-next']).toEqual([`${LANE}--step-1`]);
  });
});
