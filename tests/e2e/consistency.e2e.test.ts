import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DATE_RANGE_MESSAGE } from '../../src/shared/date-limits';
import type { Plan } from '../../src/shared/plan-schema';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const WEATHER = 'weather-forecast-api';
const LONG_TITLE = 'x'.repeat(230);
const ARABIC = 'اكتب اختبارات الوحدة للواجهة!';
const savedPlan = async (dataDir: string) => JSON.parse(await readFile(join(dataDir, 'planner.json'), 'utf8')) as Plan;
const weekItem = (page: Page, n: number) =>
  page.getByRole('list', { name: 'Roadmap weeks' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`Week ${n} `) }) });

/** Adds a step through main (as the Add step button does) and puts it in `column`. */
async function addStep(target: LaunchedApp, title: string, column: string) {
  const change = (await target.services.handlers['board:add-step']({ projectId: WEATHER, title, columnId: column })) as { steps: Record<string, unknown> };
  return Object.keys(change.steps)[0]!;
}

/** Where the first and the last character of an element's text are drawn (x of their left edges). */
const glyphX = (el: Locator) =>
  el.evaluate((node) => {
    const text = [...(function* walk(n: Node): Generator<Text> {
      if (n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) yield n as Text;
      for (const c of n.childNodes) yield* walk(c);
    })(node)];
    const first = text[0]!;
    const last = text[text.length - 1]!;
    const rectOf = (t: Text, i: number) => {
      const range = document.createRange();
      range.setStart(t, i);
      range.setEnd(t, i + 1);
      return range.getBoundingClientRect();
    };
    const box = (node as Element).getBoundingClientRect();
    return { first: rectOf(first, 0).left, last: rectOf(last, last.length - 1).left, boxLeft: box.left, boxRight: box.right };
  });

describe('issue 12: the app never breaks and never contradicts itself', () => {
  it('case 2: a start date of 9999-12-31 or 9999-07-15 is refused with a plain message; a stored one still opens the Roadmap', async () => {
    app = await launchApp({ now: '2026-11-26' });
    let page = app.page;
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    const dialog = page.getByRole('dialog', { name: 'When do you start, and at what pace?' });
    for (const day of ['9999-12-31', '9999-07-15']) {
      await dialog.getByLabel('Start date').fill(day);
      await dialog.getByRole('button', { name: 'Plan my weeks' }).click();
      expect(await dialog.getByRole('alert').textContent()).toBe(DATE_RANGE_MESSAGE);
    }
    expect((await savedPlan(app.dataDir)).settings.startDate).toBeNull();

    // A plan saved before the limit existed: the Roadmap opens (no blank window) and says what to fix.
    const plan = await savedPlan(app.dataDir);
    plan.settings.startDate = '9999-12-31';
    plan.settings.onboarded = true;
    await app.services.store.flush();
    await writeFile(join(app.dataDir, 'planner.json'), JSON.stringify(plan));
    await app.reload();
    page = app.page;
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await page.getByRole('list', { name: 'Roadmap weeks' }).waitFor();
    expect(await page.getByRole('list', { name: 'Roadmap weeks' }).getByRole('heading', { level: 2 }).count()).toBe(26);
    expect(await page.getByText('could not be shown').count()).toBe(0);
    await page.getByText('Pace and start date').click();
    await page.getByRole('button', { name: 'Save pace' }).click();
    expect(await page.getByRole('alert').filter({ hasText: DATE_RANGE_MESSAGE }).count()).toBe(1);
    await page.getByLabel('Start date').fill('2026-11-30');
    await page.getByRole('button', { name: 'Save pace' }).click();
    await expect.poll(async () => (await savedPlan(app!.dataDir)).settings.startDate, { timeout: 10_000 }).toBe('2026-11-30');
  }, 120_000);

  it('case 7: after midnight with the app open, Roadmap and Portfolio use the new day, as after a restart, and the export agrees', async () => {
    app = await launchApp({ now: '2026-01-11' });
    await app.services.store.update((plan) => {
      plan.settings.startDate = '2026-01-05';
      plan.settings.onboarded = true;
    });
    await app.reload();
    const page = app.page;
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await weekItem(page, 1).getByText('Planned for today').waitFor();
    const statusBefore = await page.getByRole('region', { name: 'Progress' }).getByRole('status').textContent();
    await page.getByRole('tab', { name: 'Portfolio' }).click();
    await page.getByText(/Generated with Prep Planner on/).waitFor();
    expect(await page.getByText(/Generated with Prep Planner on/).textContent()).toBe('Generated with Prep Planner on Sun, 11 Jan 2026.');

    // Midnight passes; the window stays open. The app asks main every minute and whenever the window
    // regains focus; the test takes the second road rather than wait a minute.
    app.setNow('2026-01-12');
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => page.getByText(/Generated with Prep Planner on/).textContent(), { timeout: 10_000 }).toBe('Generated with Prep Planner on Mon, 12 Jan 2026.');
    // The exported document says the new day exactly as the preview does (check s6, fault 13: the
    // preview's caption promises the files match it word for word).
    await page.getByRole('button', { name: /Markdown/ }).click();
    await expect.poll(async () => (await readFile(join(app!.saveDir, 'portfolio.md'), 'utf8').catch(() => '')).includes('Generated with Prep Planner on Mon, 12 Jan 2026.'), { timeout: 10_000 }).toBe(true);

    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await weekItem(page, 2).getByText('Planned for today').waitFor();
    expect(await weekItem(page, 1).getByText('Planned for today').count()).toBe(0);
    const progress = page.getByRole('region', { name: 'Progress' });
    const statusAfter = await progress.getByRole('status').textContent();
    expect(statusAfter).not.toBe(statusBefore);
    const heatmapDays = () => page.locator('.heatmap rect.day').evaluateAll((rects) => rects.map((r) => `${r.querySelector('title')?.textContent} ${r.getAttribute('class')}`));
    const openSnapshot = { status: statusAfter, progress: await progress.textContent(), heatmap: await heatmapDays() };
    expect(openSnapshot.heatmap.some((d) => d.startsWith('Mon, 12 Jan 2026') && !d.includes('future'))).toBe(true);

    // Exactly what a restart on the new day shows.
    await app.reload();
    await app.page.getByRole('tab', { name: 'Roadmap' }).click();
    const fresh = app.page.getByRole('region', { name: 'Progress' });
    await weekItem(app.page, 2).getByText('Planned for today').waitFor();
    expect({ status: await fresh.getByRole('status').textContent(), progress: await fresh.textContent(), heatmap: await app.page.locator('.heatmap rect.day').evaluateAll((rects) => rects.map((r) => `${r.querySelector('title')?.textContent} ${r.getAttribute('class')}`)) }).toEqual(openSnapshot);
  }, 120_000);

  it('case 10: typed text survives Escape, closing and switching views (new step, notes, column, week notes, profile)', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const page = app.page;
    const details = page.getByRole('dialog', { name: 'Weather Forecast API' });
    await page.getByRole('button', { name: 'Details of Weather Forecast API' }).click();
    await details.getByLabel('New step title').fill('Write integration tests');
    await details.getByLabel('Notes').fill('Use the free API key');
    await page.keyboard.press('Escape');
    await expect.poll(() => details.count(), { timeout: 10_000 }).toBe(0);
    await page.getByRole('button', { name: 'Details of Weather Forecast API' }).click();
    expect(await details.getByLabel('New step title').inputValue()).toBe('Write integration tests');
    expect(await details.getByLabel('Notes').inputValue()).toBe('Use the free API key');
    await expect.poll(async () => (await savedPlan(app!.dataDir)).projects[WEATHER]!.notes, { timeout: 10_000 }).toBe('Use the free API key');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Add column' }).click();
    await page.getByRole('dialog', { name: 'New column' }).getByLabel('Title').fill('Blocked');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Add column' }).click();
    expect(await page.getByRole('dialog', { name: 'New column' }).getByLabel('Title').inputValue()).toBe('Blocked');
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Skip' }).click();
    await weekItem(page, 3).getByText('Your notes and links').click();
    await weekItem(page, 3).getByLabel('Notes for week 3').fill('Revisit generators');
    await page.getByRole('tab', { name: 'Portfolio' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await weekItem(page, 3).getByText('Your notes and links').click();
    expect(await weekItem(page, 3).getByLabel('Notes for week 3').inputValue()).toBe('Revisit generators');
    await page.getByRole('tab', { name: 'Portfolio' }).click();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Ada Lovelace');
  }, 120_000);

  it('case 11: a 230-character title without spaces wraps inside its card (within 240 px), the portfolio preview and the exported page', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const stepId = await addStep(app, LONG_TITLE, 'done');
    await app.services.handlers['board:move-project']({ projectId: WEATHER, toColumn: 'in-progress', toIndex: 0 });
    await app.reload();
    const page = app.page;
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Steps' }).click();
    // Lanes draw their cards once near the viewport.
    await page.getByRole('region', { name: 'Steps of Weather Forecast API' }).scrollIntoViewIfNeeded();
    const card = page.getByRole('article', { name: LONG_TITLE });
    await card.scrollIntoViewIfNeeded();
    const box = (await card.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(240);
    const title = card.locator('.step-title');
    const titleBox = (await title.boundingBox())!;
    const grip = (await card.getByRole('button', { name: /^Move step/ }).boundingBox())!;
    expect(titleBox.x + titleBox.width).toBeLessThanOrEqual(box.x + box.width);
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // The text itself stays left of the drag handle, on several lines.
    const glyphs = await glyphX(title);
    expect(glyphs.last).toBeLessThan(grip.x);
    expect(titleBox.height).toBeGreaterThan(40);
    expect(stepId).toMatch(/^step-/);

    await page.getByRole('tab', { name: 'Portfolio' }).click();
    const preview = page.getByRole('region', { name: 'Portfolio preview' });
    const item = preview.getByRole('listitem').filter({ hasText: LONG_TITLE }).last();
    expect(await item.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    expect(await preview.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);

    await page.getByRole('button', { name: /Web page/ }).click();
    let html = '';
    await expect.poll(async () => (html = await readFile(join(app!.saveDir, 'portfolio.html'), 'utf8').catch(() => '')).includes(LONG_TITLE), { timeout: 15_000 }).toBe(true);
    const exported = await page.context().newPage();
    await exported.setViewportSize({ width: 420, height: 800 });
    await exported.setContent(html);
    expect(await exported.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
    await exported.close();
  }, 120_000);

  it('case 12: a right-to-left step title is laid out right to left in the card, the preview and the export', async () => {
    app = await launchApp({ now: '2026-03-02' });
    await addStep(app, ARABIC, 'done');
    await app.services.handlers['board:move-project']({ projectId: WEATHER, toColumn: 'in-progress', toIndex: 0 });
    await app.reload();
    const page = app.page;
    await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Steps' }).click();
    await page.getByRole('region', { name: 'Steps of Weather Forecast API' }).scrollIntoViewIfNeeded();
    const title = page.getByRole('article', { name: ARABIC }).locator('.step-title');
    await title.scrollIntoViewIfNeeded();
    // Right to left: the first letter is drawn right of the "!" that ends the sentence.
    let g = await glyphX(title);
    expect(g.first).toBeGreaterThan(g.last);

    await page.getByRole('tab', { name: 'Portfolio' }).click();
    g = await glyphX(page.getByRole('region', { name: 'Portfolio preview' }).getByRole('listitem').filter({ hasText: ARABIC }).last());
    expect(g.first).toBeGreaterThan(g.last);

    await page.getByRole('button', { name: /Web page/ }).click();
    let html = '';
    await expect.poll(async () => (html = await readFile(join(app!.saveDir, 'portfolio.html'), 'utf8').catch(() => '')).includes(ARABIC), { timeout: 15_000 }).toBe(true);
    const exported = await page.context().newPage();
    await exported.setContent(html);
    g = await glyphX(exported.getByRole('listitem').filter({ hasText: ARABIC }).last());
    expect(g.first).toBeGreaterThan(g.last);
    await exported.close();
  }, 120_000);
});
