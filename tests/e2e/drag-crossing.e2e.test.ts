import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';
import { ECOMMERCE, LIBRARY, MOVIE, SENTIMENT, WEATHER } from './project-names';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Many pointer moves: room for a busy shared machine (no timing is asserted). */
const LONG = 180_000;

const column = (page: Page, title: string) => page.getByRole('list', { name: title, exact: true });
const namesIn = (list: Locator) => list.getByRole('article').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')));

/** The window still shows the app (a render loop unmounts the whole tree). */
const boardStays = async (page: Page) => expect(await page.getByRole('tablist', { name: 'Views' }).isVisible()).toBe(true);

/** Uncaught page errors and console errors (React logs "Maximum update depth exceeded" there). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** The board of issue 12 case 1: three cards in Backlog, one in Up next, the rest in Review. */
async function issueBoard(app: LaunchedApp) {
  await app.services.store.update((plan) => {
    const all = Object.values(plan.board.projects).flat();
    const backlog = ['e-commerce-inventory-tracker', 'movie-recommendation-system', 'sentiment-analysis-tool'];
    const upNext = ['library-management-system'];
    for (const key of Object.keys(plan.board.projects)) plan.board.projects[key] = [];
    plan.board.projects.backlog = backlog;
    plan.board.projects['up-next'] = upNext;
    plan.board.projects.review = all.filter((id) => !backlog.includes(id) && !upNext.includes(id));
  });
  await app.reload();
}

describe('dragging across column boundaries (issue 12 case 1)', () => {
  it('a card pressed 12 px below its top and carried to 30 px below the top of Up next lands there and the board stays', async () => {
    app = await launchApp({ now: '2026-03-02' });
    await issueBoard(app);
    const { page } = app;
    const errors = collectErrors(page);
    await expect.poll(() => namesIn(column(page, 'Backlog'))).toEqual([ECOMMERCE, MOVIE, SENTIMENT]);

    const from = (await column(page, 'Backlog').getByRole('article', { name: MOVIE }).boundingBox())!;
    const to = (await column(page, 'Up next').boundingBox())!;
    const x0 = from.x + from.width / 2;
    await page.mouse.move(x0, from.y + 12);
    await page.mouse.down();
    await page.mouse.move(x0 + 10, from.y + 20, { steps: 3 });
    await page.mouse.move(to.x + to.width / 2, to.y + 30, { steps: 20 });
    // Hold still over the boundary for a few frames: the flip-flop happened here, before release.
    await page.waitForTimeout(300);
    await boardStays(page);
    await page.mouse.up();

    await expect.poll(() => namesIn(column(page, 'Up next'))).toContain(MOVIE);
    expect(await namesIn(column(page, 'Backlog'))).toEqual([ECOMMERCE, SENTIMENT]);
    await expect.poll(() => app!.services.store.plan.board.projects['up-next']).toContain('movie-recommendation-system');
    await boardStays(page);
    expect(errors).toEqual([]);
  });

  it('hovering every card across column boundaries at many heights never breaks the board (projects view)', async () => {
    app = await launchApp({ now: '2026-03-02' });
    await issueBoard(app);
    const { page } = app;
    const errors = collectErrors(page);
    const titles = ['Backlog', 'Up next', 'In progress', 'Review'];
    for (const card of [MOVIE, LIBRARY, SENTIMENT]) {
      const box = (await page.getByRole('article', { name: card }).boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + 12);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 8, box.y + 20, { steps: 2 });
      // Sweep every column at several heights, including just inside its top edge.
      for (const title of titles) {
        const target = (await column(page, title).boundingBox())!;
        for (const dy of [2, 12, 30, 90, 160]) {
          await page.mouse.move(target.x + target.width / 2, target.y + Math.min(dy, target.height - 2), { steps: 2 });
        }
      }
      await page.keyboard.press('Escape');
      await page.mouse.up();
      await boardStays(page);
    }
    // Nothing was dropped: the board is as it was.
    await expect.poll(() => namesIn(column(page, 'Backlog'))).toEqual([ECOMMERCE, MOVIE, SENTIMENT]);
    expect(await namesIn(column(page, 'Up next'))).toEqual([LIBRARY]);
    expect(errors).toEqual([]);
  }, LONG);

  it('hovering a step across lane column boundaries at many heights never breaks the board, and the step lands', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const { page } = app;
    const errors = collectErrors(page);
    await page.getByRole('button', { name: 'Steps', exact: true }).click();
    const lane = page.getByRole('region', { name: `Steps of ${WEATHER}` });
    await lane.scrollIntoViewIfNeeded();
    const backlog = lane.getByRole('list', { name: 'Backlog' });
    await expect.poll(() => backlog.getByRole('article').count()).toBe(3);
    const [first, second] = (await namesIn(backlog)) as string[];
    // Put one step in Up next so there are cards on both sides of the boundary.
    const box0 = (await backlog.getByRole('article', { name: second }).boundingBox())!;
    const upNext = lane.getByRole('list', { name: 'Up next' });
    const up = (await upNext.boundingBox())!;
    await page.mouse.move(box0.x + box0.width / 2, box0.y + 12);
    await page.mouse.down();
    await page.mouse.move(box0.x + box0.width / 2 + 8, box0.y + 20, { steps: 2 });
    await page.mouse.move(up.x + up.width / 2, up.y + Math.min(up.height / 2, 30), { steps: 15 });
    await page.mouse.up();
    await expect.poll(() => namesIn(upNext)).toEqual([second]);

    const box = (await backlog.getByRole('article', { name: first }).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 12);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 8, box.y + 20, { steps: 2 });
    for (const title of ['Up next', 'In progress', 'Backlog', 'Up next']) {
      const target = (await lane.getByRole('list', { name: title }).boundingBox())!;
      for (const dy of [2, 12, 30, 60, 110]) {
        await page.mouse.move(target.x + target.width / 2, target.y + Math.min(dy, target.height + 40), { steps: 4 });
      }
    }
    const end = (await upNext.boundingBox())!;
    await page.mouse.move(end.x + end.width / 2, end.y + 30, { steps: 6 });
    await page.waitForTimeout(200);
    await page.mouse.up();
    await expect.poll(() => namesIn(upNext)).toContain(first);
    expect(await namesIn(upNext)).toHaveLength(2);
    await boardStays(page);
    expect(errors).toEqual([]);
  }, LONG);
});
