import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';
import { ECOMMERCE, LIBRARY, MOVIE, PROJECT_IDS, SENTIMENT, WEATHER } from './project-names';
import { dropShownIn } from './pointer-drag';

/*
 * Issue 18, per-move work: a mouse drag renders nothing between pick-up and drop. A copy of the
 * card follows the pointer and a line shows where it will land; the lists themselves do not change
 * until the drop, which lands where the line was. No timing is asserted (that is `npm run bench`).
 */

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const ids = PROJECT_IDS;

const column = (page: Page, title: string) => page.getByRole('list', { name: title, exact: true });
const namesIn = (list: Locator) => list.getByRole('article').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')));
const announced = (page: Page) => page.getByRole('status').allTextContents().then((t) => t.filter((x) => x.trim()).join(' '));

/** Backlog: E-Commerce, Movie, Sentiment; Up next: Library, Weather; the rest in Review. */
async function board(): Promise<LaunchedApp> {
  const launched = await launchApp({ now: '2026-03-02' });
  await launched.services.store.update((plan) => {
    const all = Object.values(plan.board.projects).flat();
    const backlog = [ids[ECOMMERCE]!, ids[MOVIE]!, ids[SENTIMENT]!];
    const upNext = [ids[LIBRARY]!, ids[WEATHER]!];
    for (const key of Object.keys(plan.board.projects)) plan.board.projects[key] = [];
    plan.board.projects.backlog = backlog;
    plan.board.projects['up-next'] = upNext;
    plan.board.projects.review = all.filter((id) => !backlog.includes(id) && !upNext.includes(id));
  });
  await launched.reload();
  await expect.poll(() => namesIn(column(launched.page, 'Up next'))).toEqual([LIBRARY, WEATHER]);
  return launched;
}

/** Counts every change to the board's lists (cards added, removed or moved) from now on. */
const watchLists = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __listChanges: number };
    w.__listChanges = 0;
    const observer = new MutationObserver((records) => (w.__listChanges += records.filter((r) => r.type === 'childList').length));
    for (const list of document.querySelectorAll('.board-columns ul')) observer.observe(list, { childList: true, subtree: true });
  });
const listChanges = (page: Page) => page.evaluate(() => (window as unknown as { __listChanges: number }).__listChanges);

/** Presses on `card` and moves past the activation distance: the card is lifted. */
async function lift(page: Page, card: Locator) {
  const box = (await card.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 14);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 8, box.y + 26, { steps: 3 });
  await expect.poll(() => card.getAttribute('data-dragging')).toBe('true');
}

/** The drop line's box on screen, or null when it is not shown. */
const dropLine = (page: Page) =>
  page.evaluate(() => {
    const line = document.querySelector<HTMLElement>('.drop-line');
    if (!line || line.hidden) return null;
    const r = line.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });

describe('mouse drags render nothing until the drop (issue 18)', () => {
  it('across three columns and into the middle of Up next: the lists never change mid-drag, the line sits between the two cards, and the card lands there', async () => {
    app = await board();
    const { page } = app;
    const movie = column(page, 'Backlog').getByRole('article', { name: MOVIE });
    await watchLists(page);
    await lift(page, movie);

    // Sweep over every column, then settle between Library and Weather.
    for (const title of ['Up next', 'In progress', 'Review', 'Up next']) {
      const box = (await column(page, title).boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 6 });
    }
    const library = (await column(page, 'Up next').getByRole('article', { name: LIBRARY }).boundingBox())!;
    const weather = (await column(page, 'Up next').getByRole('article', { name: WEATHER }).boundingBox())!;
    const between = (library.y + library.height + weather.y) / 2;
    await page.mouse.move(library.x + library.width / 2, between, { steps: 4 });
    await expect.poll(() => announced(page)).toContain(`${MOVIE} is over column Up next, position 2 of 3.`);
    await expect.poll(() => dropShownIn(column(page, 'Up next'))).toBe(true);
    expect(await dropShownIn(column(page, 'Backlog'))).toBe(false);

    const line = (await dropLine(page))!;
    expect(line).not.toBeNull();
    expect(line.top).toBeGreaterThanOrEqual(library.y + library.height - 1);
    expect(line.bottom).toBeLessThanOrEqual(weather.y + 1);
    expect(line.left).toBeGreaterThanOrEqual(library.x - 14);
    expect(line.right).toBeLessThanOrEqual(library.x + library.width + 14);
    // The card is still in Backlog, dimmed; the copy under the pointer is hidden from assistive technology.
    expect(await namesIn(column(page, 'Backlog'))).toEqual([ECOMMERCE, MOVIE, SENTIMENT]);
    expect(await page.locator('.pointer-overlay').getAttribute('aria-hidden')).toBe('true');
    expect(await page.locator('.pointer-overlay').evaluate((el) => (el as HTMLElement).inert)).toBe(true);
    expect(await listChanges(page)).toBe(0);

    await page.mouse.up();
    await expect.poll(() => namesIn(column(page, 'Up next'))).toEqual([LIBRARY, MOVIE, WEATHER]);
    expect(await namesIn(column(page, 'Backlog'))).toEqual([ECOMMERCE, SENTIMENT]);
    await expect.poll(() => app!.services.store.plan.board.projects['up-next']).toEqual([ids[LIBRARY], ids[MOVIE], ids[WEATHER]]);
    expect(await announced(page)).toContain(`Dropped project ${MOVIE} in column Up next, position 2 of 3.`);
    // Nothing of the drag is left on the page.
    expect(await page.locator('.pointer-overlay, .drop-line, [data-dragging]').count()).toBe(0);
  });

  it('to the top of a column and below its last card: the card lands first, then last', async () => {
    app = await board();
    const { page } = app;
    const upNext = column(page, 'Up next');
    await lift(page, column(page, 'Backlog').getByRole('article', { name: SENTIMENT }));
    const top = (await upNext.getByRole('article', { name: LIBRARY }).boundingBox())!;
    await page.mouse.move(top.x + top.width / 2, top.y + 6, { steps: 10 });
    await expect.poll(() => announced(page)).toContain(`${SENTIMENT} is over column Up next, position 1 of 3.`);
    await page.mouse.up();
    await expect.poll(() => app!.services.store.plan.board.projects['up-next']).toEqual([ids[SENTIMENT], ids[LIBRARY], ids[WEATHER]]);

    await lift(page, column(page, 'Backlog').getByRole('article', { name: ECOMMERCE }));
    const last = (await upNext.getByRole('article', { name: WEATHER }).boundingBox())!;
    await page.mouse.move(last.x + last.width / 2, last.y + last.height + 30, { steps: 10 });
    await expect.poll(() => announced(page)).toContain(`${ECOMMERCE} is over column Up next, position 4 of 4.`);
    const line = (await dropLine(page))!;
    expect(line.top).toBeGreaterThanOrEqual(last.y + last.height - 1);
    await page.mouse.up();
    await expect.poll(() => app!.services.store.plan.board.projects['up-next']).toEqual([ids[SENTIMENT], ids[LIBRARY], ids[WEATHER], ids[ECOMMERCE]]);
    expect(app.services.store.plan.board.projects.backlog).toEqual([ids[MOVIE]]);
  });

  it('Escape while dragging puts everything back and saves nothing; so does letting go where the card already is', async () => {
    app = await board();
    const { page } = app;
    const before = structuredClone(app.services.store.plan.board.projects);
    const movie = column(page, 'Backlog').getByRole('article', { name: MOVIE });
    await lift(page, movie);
    const review = (await column(page, 'Review').boundingBox())!;
    await page.mouse.move(review.x + review.width / 2, review.y + 40, { steps: 10 });
    await expect.poll(() => dropShownIn(column(page, 'Review'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => announced(page)).toContain(`Moving ${MOVIE} was cancelled. It is back in column Backlog, position 2 of 3.`);
    expect(await page.locator('.pointer-overlay, .drop-line, [data-dragging]').count()).toBe(0);
    await page.mouse.up();
    expect(await namesIn(column(page, 'Backlog'))).toEqual([ECOMMERCE, MOVIE, SENTIMENT]);

    // Picked up and let go over its own place: no move is sent, so nothing can be undone.
    await lift(page, movie);
    const own = (await movie.boundingBox())!;
    await page.mouse.move(own.x + own.width / 2, own.y + own.height / 2 - 4, { steps: 4 });
    // Over its own place the line shows in its own column, and nothing new is said.
    await expect.poll(() => dropShownIn(column(page, 'Backlog'))).toBe(true);
    expect(await announced(page)).toContain(`Picked up project ${MOVIE} in column Backlog, position 2 of 3.`);
    expect(await announced(page)).not.toContain('is over');
    await page.mouse.up();
    await page.waitForTimeout(300);
    expect(app.services.store.plan.board.projects).toEqual(before);
    expect(await page.getByRole('button', { name: 'Undo this change' }).count()).toBe(0);
  });

  it('a drag started on the card’s title link opens nothing when it ends', async () => {
    app = await board();
    const { page } = app;
    const title = column(page, 'Backlog').getByRole('article', { name: MOVIE }).getByRole('button', { name: `Details of ${MOVIE}` });
    const box = (await title.boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 30, box.y + box.height / 2 + 12, { steps: 4 });
    const upNext = (await column(page, 'Up next').boundingBox())!;
    await page.mouse.move(upNext.x + upNext.width / 2, upNext.y + upNext.height + 10, { steps: 10 });
    await expect.poll(() => dropShownIn(column(page, 'Up next'))).toBe(true);
    await page.mouse.up();
    await expect.poll(() => app!.services.store.plan.board.projects['up-next']).toContain(ids[MOVIE]);
    await page.waitForTimeout(200);
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('a step pressed on its title and dropped in another column of its lane leaves the page where it was, with the focus on that step', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const { page } = app;
    await page.getByRole('button', { name: 'Steps', exact: true }).click();
    const lane = page.getByRole('region', { name: `Steps of ${WEATHER}` });
    await lane.scrollIntoViewIfNeeded();
    const backlog = lane.getByRole('list', { name: 'Backlog' });
    await expect.poll(() => backlog.getByRole('article').count()).toBe(3);
    const [, second] = (await namesIn(backlog)) as string[];
    const scrolled = () => page.evaluate(() => document.querySelector('main')!.scrollTop);
    const before = await scrolled();
    expect(before).toBeGreaterThan(0);

    const box = (await backlog.getByRole('article', { name: second }).boundingBox())!;
    await page.mouse.move(box.x + 30, box.y + 14);
    await page.mouse.down();
    await page.mouse.move(box.x + 40, box.y + 26, { steps: 3 });
    const upNext = lane.getByRole('list', { name: 'Up next' });
    const to = (await upNext.boundingBox())!;
    await page.mouse.move(to.x + to.width / 2, to.y + 20, { steps: 10 });
    await expect.poll(() => dropShownIn(upNext)).toBe(true);
    await page.mouse.up();

    await expect.poll(() => namesIn(upNext)).toEqual([second]);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(done), 50))));
    expect(await scrolled()).toBe(before);
    expect(await page.evaluate(() => document.activeElement?.closest('article')?.getAttribute('aria-label'))).toBe(second);
  });

  it('with a stack filter on, a card let go on its own place stays (no jump over a hidden card), and one dropped between two shown cards lands between them in the full column', async () => {
    app = await launchApp({ now: '2026-03-02' });
    await app.services.store.update((plan) => {
      const all = Object.values(plan.board.projects).flat();
      const backlog = ['e-commerce-inventory-tracker', 'job-scraper', 'sentiment-analysis-tool'];
      const upNext = ['weather-forecast-api', 'chat-application', 'ai-chatbot'];
      for (const key of Object.keys(plan.board.projects)) plan.board.projects[key] = [];
      plan.board.projects.backlog = backlog;
      plan.board.projects['up-next'] = upNext;
      plan.board.projects.review = all.filter((id) => !backlog.includes(id) && !upNext.includes(id));
    });
    await app.reload();
    const { page } = app;
    await page.getByRole('group', { name: 'Filter by stack' }).getByRole('button', { name: 'Flask', exact: true }).click();
    const upNext = column(page, 'Up next');
    await expect.poll(() => namesIn(upNext)).toEqual([WEATHER, 'AI Chatbot']);

    // Let go on its own place first (the hidden Job Scraper sits just above it): nothing moves.
    const before = structuredClone(app.services.store.plan.board.projects);
    await lift(page, column(page, 'Backlog').getByRole('article', { name: SENTIMENT }));
    const own = (await column(page, 'Backlog').getByRole('article', { name: SENTIMENT }).boundingBox())!;
    await page.mouse.move(own.x + own.width / 2, own.y + 10, { steps: 4 });
    await expect.poll(() => dropShownIn(column(page, 'Backlog'))).toBe(true);
    await page.mouse.up();
    await page.waitForTimeout(300);
    expect(app.services.store.plan.board.projects).toEqual(before);
    expect(await page.getByRole('button', { name: 'Undo this change' }).count()).toBe(0);

    await lift(page, column(page, 'Backlog').getByRole('article', { name: SENTIMENT }));
    const weather = (await upNext.getByRole('article', { name: WEATHER }).boundingBox())!;
    const chatbot = (await upNext.getByRole('article', { name: 'AI Chatbot' }).boundingBox())!;
    await page.mouse.move(weather.x + weather.width / 2, (weather.y + weather.height + chatbot.y) / 2, { steps: 10 });
    await expect.poll(() => announced(page)).toContain(`${SENTIMENT} is over column Up next, position 2 of 3.`);
    await page.mouse.up();
    // Shown: between Weather and AI Chatbot. In the full column: just before AI Chatbot, after the hidden Chat Application.
    await expect.poll(() => app!.services.store.plan.board.projects['up-next']).toEqual(['weather-forecast-api', 'chat-application', 'sentiment-analysis-tool', 'ai-chatbot']);
    expect(app.services.store.plan.board.projects.backlog).toEqual(['e-commerce-inventory-tracker', 'job-scraper']);
    await expect.poll(() => namesIn(upNext)).toEqual([WEATHER, SENTIMENT, 'AI Chatbot']);
  });

  it('by touch: a finger resting on a card lifts it and drops it where the line is; a quick swipe drags nothing', async () => {
    app = await board();
    const { page } = app;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    const frames = (n: number) => page.evaluate((count) => new Promise<void>((done) => {
      const step = (left: number) => (left === 0 ? done() : requestAnimationFrame(() => step(left - 1)));
      step(count);
    }), n);

    // A quick swipe over a card: no drag, nothing saved.
    const before = structuredClone(app.services.store.plan.board.projects);
    const sentiment = (await column(page, 'Backlog').getByRole('article', { name: SENTIMENT }).boundingBox())!;
    await touch('touchStart', sentiment.x + 40, sentiment.y + 20);
    for (let i = 1; i <= 5; i++) await touch('touchMove', sentiment.x + 40 + i * 12, sentiment.y + 20);
    await touch('touchEnd');
    await page.waitForTimeout(300);
    expect(await page.locator('.pointer-overlay, [data-dragging]').count()).toBe(0);
    expect(app.services.store.plan.board.projects).toEqual(before);

    // Rest 300 ms on Movie, then carry it between Library and Weather.
    const movie = (await column(page, 'Backlog').getByRole('article', { name: MOVIE }).boundingBox())!;
    await touch('touchStart', movie.x + 40, movie.y + 20);
    await page.waitForTimeout(300);
    await expect.poll(() => column(page, 'Backlog').getByRole('article', { name: MOVIE }).getAttribute('data-dragging')).toBe('true');
    const library = (await column(page, 'Up next').getByRole('article', { name: LIBRARY }).boundingBox())!;
    const weather = (await column(page, 'Up next').getByRole('article', { name: WEATHER }).boundingBox())!;
    const to = { x: library.x + library.width / 2, y: (library.y + library.height + weather.y) / 2 };
    for (let i = 1; i <= 12; i++) {
      await touch('touchMove', movie.x + 40 + ((to.x - movie.x - 40) * i) / 12, movie.y + 20 + ((to.y - movie.y - 20) * i) / 12);
      await frames(1);
    }
    await expect.poll(() => dropShownIn(column(page, 'Up next'))).toBe(true);
    await touch('touchEnd');
    await expect.poll(() => app!.services.store.plan.board.projects['up-next']).toEqual([ids[LIBRARY], ids[MOVIE], ids[WEATHER]]);
    expect(await page.locator('.pointer-overlay, .drop-line, [data-dragging]').count()).toBe(0);
    // A long press is a drag, not the card's menu.
    expect(await page.getByRole('menu').count()).toBe(0);
  });

  it('off the board the line goes away, and letting go there moves nothing', async () => {
    app = await board();
    const { page } = app;
    const before = structuredClone(app.services.store.plan.board.projects);
    await lift(page, column(page, 'Backlog').getByRole('article', { name: MOVIE }));
    const upNext = (await column(page, 'Up next').boundingBox())!;
    await page.mouse.move(upNext.x + upNext.width / 2, upNext.y + 20, { steps: 8 });
    await expect.poll(() => dropShownIn(column(page, 'Up next'))).toBe(true);
    // Just above the columns, over the stack filter's chips: off the board, no line.
    const chips = (await page.getByRole('group', { name: 'Filter by stack' }).boundingBox())!;
    await page.mouse.move(upNext.x + upNext.width / 2, chips.y + chips.height / 2, { steps: 4 });
    await expect.poll(() => page.locator('.drop-line').evaluate((el) => (el as HTMLElement).hidden)).toBe(true);
    // Up onto the toolbar, well above the columns.
    const toolbar = (await page.getByRole('searchbox', { name: 'Search cards' }).boundingBox())!;
    await page.mouse.move(toolbar.x + toolbar.width / 2, toolbar.y + toolbar.height / 2, { steps: 8 });
    await expect.poll(() => page.locator('.drop-line').evaluate((el) => (el as HTMLElement).hidden)).toBe(true);
    await expect.poll(() => announced(page)).toContain(`${MOVIE} is not over a column.`);
    await page.mouse.up();
    await expect.poll(() => announced(page)).toContain(`${MOVIE} was dropped outside the board and stays where it was.`);
    expect(app.services.store.plan.board.projects).toEqual(before);
    expect(await namesIn(column(page, 'Backlog'))).toEqual([ECOMMERCE, MOVIE, SENTIMENT]);
  });

  it('when the page scrolls under a held card, the line moves with the cards it sits between', async () => {
    app = await launchApp({ now: '2026-03-02' });
    await app.services.store.update((plan) => {
      const all = Object.values(plan.board.projects).flat();
      for (const key of Object.keys(plan.board.projects)) plan.board.projects[key] = [];
      plan.board.projects.backlog = all;
    });
    await app.reload();
    const { page } = app;
    const backlog = column(page, 'Backlog');
    await expect.poll(() => backlog.getByRole('article').count()).toBe(10);
    const scrollMain = (by: number) => page.evaluate((dy) => (document.querySelector('main')!.scrollTop += dy), by);
    expect(await page.evaluate(() => document.querySelector('main')!.scrollHeight > document.querySelector('main')!.clientHeight)).toBe(true);

    const cards = backlog.getByRole('article');
    await lift(page, cards.nth(0));
    const second = (await cards.nth(1).boundingBox())!;
    const third = (await cards.nth(2).boundingBox())!;
    await page.mouse.move(second.x + second.width / 2, (second.y + second.height + third.y) / 2, { steps: 6 });
    await expect.poll(() => dropLine(page).then((l) => l !== null && l.top >= second.y + second.height - 1 && l.bottom <= third.y + 1)).toBe(true);

    // The page scrolls a little (a wheel, say) while the pointer holds still: the place is the same
    // (the pointer is still below the middle of the second card), and the line moves with the cards.
    await scrollMain(24);
    const secondNow = (await cards.nth(1).boundingBox())!;
    const thirdNow = (await cards.nth(2).boundingBox())!;
    expect(secondNow.y).toBeCloseTo(second.y - 24, 0);
    await expect.poll(() => dropLine(page).then((l) => l !== null && l.top >= secondNow.y + secondNow.height - 1 && l.bottom <= thirdNow.y + 1)).toBe(true);
    await page.keyboard.press('Escape');
    await page.mouse.up();
  });

  it('a keyboard drag started while the mouse button is held keeps the board to itself: the mouse starts no second drag', async () => {
    app = await board();
    const { page } = app;
    const before = structuredClone(app.services.store.plan.board.projects);
    const movie = (await column(page, 'Backlog').getByRole('article', { name: MOVIE }).boundingBox())!;
    await page.mouse.move(movie.x + movie.width / 2, movie.y + 40);
    await page.mouse.down();
    await page.getByRole('button', { name: `Move project ${LIBRARY}` }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('button', { name: `Move project ${LIBRARY}` }).getAttribute('aria-pressed')).toBe('true');
    await page.mouse.move(movie.x + movie.width / 2 + 60, movie.y + 90, { steps: 6 });
    await page.waitForTimeout(200);
    expect(await page.locator('.pointer-overlay, [data-dragging]').count()).toBe(0);
    await page.mouse.up();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: `Move project ${LIBRARY}` }).getAttribute('aria-pressed')).not.toBe('true');
    expect(app.services.store.plan.board.projects).toEqual(before);
  });

  it('when the window is resized mid-drag, the line is drawn across the column as it now is', async () => {
    app = await board();
    const { page } = app;
    await lift(page, column(page, 'Backlog').getByRole('article', { name: MOVIE }));
    const upNext = column(page, 'Up next');
    const library = (await upNext.getByRole('article', { name: LIBRARY }).boundingBox())!;
    const weather = (await upNext.getByRole('article', { name: WEATHER }).boundingBox())!;
    await page.mouse.move(library.x + library.width / 2, (library.y + library.height + weather.y) / 2, { steps: 8 });
    await expect.poll(() => dropShownIn(upNext)).toBe(true);

    await page.setViewportSize({ width: 1000, height: 900 });
    const libraryNow = (await upNext.getByRole('article', { name: LIBRARY }).boundingBox())!;
    const weatherNow = (await upNext.getByRole('article', { name: WEATHER }).boundingBox())!;
    expect(libraryNow.x).toBeLessThan(library.x - 20);
    await page.mouse.move(libraryNow.x + libraryNow.width / 2, (libraryNow.y + libraryNow.height + weatherNow.y) / 2, { steps: 4 });
    await expect.poll(() => dropShownIn(upNext)).toBe(true);
    await expect.poll(() => dropLine(page).then((l) => l !== null && l.top >= libraryNow.y + libraryNow.height - 1 && l.bottom <= weatherNow.y + 1)).toBe(true);
    await page.mouse.up();
    await expect.poll(() => app!.services.store.plan.board.projects['up-next']).toEqual([ids[LIBRARY], ids[MOVIE], ids[WEATHER]]);
  });

  it('when another window changes the board mid-drag, the place is counted and drawn on the board as it now is, and the card lands there', async () => {
    app = await board();
    const { page } = app;
    await lift(page, column(page, 'Backlog').getByRole('article', { name: MOVIE }));
    const upNext = column(page, 'Up next');
    const between = async () => {
      const library = (await upNext.getByRole('article', { name: LIBRARY }).boundingBox())!;
      const weather = (await upNext.getByRole('article', { name: WEATHER }).boundingBox())!;
      return { library, weather, y: (library.y + library.height + weather.y) / 2 };
    };
    const before = await between();
    await page.mouse.move(before.library.x + before.library.width / 2, before.y, { steps: 8 });
    await expect.poll(() => announced(page)).toContain(`${MOVIE} is over column Up next, position 2 of 3.`);

    // Another window puts Sentiment first in Up next while the card is held; this page hears of it by its sync.
    await app.services.store.update((plan) => {
      plan.board.projects.backlog = plan.board.projects.backlog!.filter((id) => id !== ids[SENTIMENT]);
      plan.board.projects['up-next'] = [ids[SENTIMENT]!, ...plan.board.projects['up-next']!];
    });
    await expect.poll(() => namesIn(upNext), { timeout: 10_000 }).toEqual([SENTIMENT, LIBRARY, WEATHER]);
    expect(await column(page, 'Backlog').getByRole('article', { name: MOVIE }).getAttribute('data-dragging')).toBe('true');

    const after = await between();
    expect(after.y).toBeGreaterThan(before.y + 20);
    await page.mouse.move(after.library.x + after.library.width / 2, after.y, { steps: 4 });
    await expect.poll(() => announced(page)).toContain(`${MOVIE} is over column Up next, position 3 of 4.`);
    await expect.poll(() => dropLine(page).then((l) => l !== null && l.top >= after.library.y + after.library.height - 1 && l.bottom <= after.weather.y + 1)).toBe(true);
    await page.mouse.up();
    await expect.poll(() => app!.services.store.plan.board.projects['up-next']).toEqual([ids[SENTIMENT], ids[LIBRARY], ids[MOVIE], ids[WEATHER]]);
    expect(await announced(page)).toContain(`Dropped project ${MOVIE} in column Up next, position 3 of 4.`);
  });
});
