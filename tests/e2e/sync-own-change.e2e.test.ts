import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';
import { moveProjectByKeyboard } from './keyboard-carry';

/*
 * A page asks main every 2 s (and on focus) whether another window changed the plan, sending the
 * change count it has seen. Its own board change is counted in main before the reply reaches the
 * page; a sync sent in between used to look like another window's change and bring the whole plan
 * (0.9 MB at 200 projects, 8 MB at 2,000), to be thrown away on arrival: a 140–320 ms frame after a
 * drop at 200 projects, 1.1–1.4 s at 2,000 (session 10). The page now waits for its own change.
 */

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/**
 * Wraps the page's transport: records whether each app:sync reply carried a plan, and keeps the
 * first reply on `held` (the change already made in main) until `window.__releaseMove()`: the window
 * in which main has counted the change and the page has not heard of it yet, held open.
 */
const instrument = (page: import('playwright-core').Page, held = 'board:move-project') =>
  page.evaluate((held) => {
    type Invoke = (channel: string, request: unknown) => Promise<{ ok: boolean; data?: { plan?: unknown } }>;
    const w = window as unknown as { __prepPlannerInvoke: Invoke; __syncs: boolean[]; __releaseMove: () => void; __moveDone: boolean };
    const invoke = w.__prepPlannerInvoke;
    w.__syncs = [];
    w.__moveDone = false;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    w.__releaseMove = release;
    w.__prepPlannerInvoke = async (channel, request) => {
      const reply = await invoke(channel, request);
      if (channel === 'app:sync') w.__syncs.push(Boolean(reply.ok && reply.data?.plan));
      if (channel === held && !w.__moveDone) {
        w.__moveDone = true;
        await released;
      }
      return reply;
    };
  }, held);

const syncs = (page: import('playwright-core').Page) => page.evaluate(() => (window as unknown as { __syncs: boolean[] }).__syncs.slice());

describe('app:sync and the page\'s own changes', () => {
  it('a sync while the page\'s own move is on its way back brings no plan; once the reply is in, a sync brings none either', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const { page } = app;
    await instrument(page);
    await moveProjectByKeyboard(page, 'Sentiment Analysis Tool', ['Up next']);
    // Main has made and saved the move; the page has not had the reply.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __moveDone: boolean }).__moveDone)).toBe(true);
    expect(app.services.store.plan.board.projects['up-next']).toEqual(['sentiment-analysis-tool']);

    // The window is looked at again (a sync at once), and the 2 s timer comes round twice.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.waitForTimeout(4_500);
    expect((await syncs(page)).filter(Boolean)).toEqual([]);

    await page.evaluate(() => (window as unknown as { __releaseMove: () => void }).__releaseMove());
    await expect.poll(() => page.getByRole('list', { name: 'Up next', exact: true }).getByRole('article').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')))).toEqual(['Sentiment Analysis Tool']);
    const before = (await syncs(page)).length;
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(async () => (await syncs(page)).length).toBeGreaterThan(before);
    // Nothing changed elsewhere: no sync brought the plan, before or after the reply.
    expect(await syncs(page)).not.toContain(true);
  });

  it('goals ticked here are not sent back to this page by its next syncs, not even while a tick is on its way back; a tick in another tab still is', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const { page } = app;
    await instrument(page, 'roadmap:set-goal');
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    const goals = page.getByRole('list', { name: 'Week 1 goals' }).getByRole('checkbox');
    await goals.first().check();
    // Main has made and saved the tick; its reply is held in the page.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __moveDone: boolean }).__moveDone)).toBe(true);
    expect(app.services.store.plan.weeks[0]!.goalsDone[0]).toBeTruthy();
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.waitForTimeout(2_500);
    await page.evaluate(() => (window as unknown as { __releaseMove: () => void }).__releaseMove());
    await goals.nth(1).check();
    await expect.poll(() => app!.services.store.plan.weeks[0]!.goalsDone[1]).toBeTruthy();
    // Two 2 s syncs, and one at once on focus.
    const before = (await syncs(page)).length;
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(async () => (await syncs(page)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(before + 2);
    expect(await syncs(page)).not.toContain(true);
    expect(await goals.first().isChecked()).toBe(true);
    expect(await goals.nth(1).isChecked()).toBe(true);

    // Another tab ticks a third goal: this page's next sync brings the plan, and shows it.
    const other = await app.page.context().newPage();
    await other.goto(page.url());
    await other.getByRole('tab', { name: 'Roadmap' }).click();
    await other.getByRole('list', { name: 'Week 1 goals' }).getByRole('checkbox').nth(2).check();
    await expect.poll(() => app!.services.store.plan.weeks[0]!.goalsDone[2]).toBeTruthy();
    await page.bringToFront();
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => goals.nth(2).isChecked(), { timeout: 10_000 }).toBe(true);
    expect(await syncs(page)).toContain(true);
  });
});
