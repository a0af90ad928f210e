import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/handlers/dispatch';
import { launchApp, type LaunchedApp } from './harness';

/** Audit s6 faults 12–15 as a user meets them: the shortcuts sheet, the portfolio wording, twin roadmap names, a quiet first load. */
let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});
const TODAY = '2026-11-30';
const BUILTIN = 'Python Comprehensive Roadmap: Basic to Advanced';

describe('audit s6 wording', () => {
  it('fault 12: the shortcuts sheet says project menus have no Archive, and a project card’s menu indeed has none', async () => {
    app = await launchApp({ now: TODAY });
    const { page } = app;
    await page.getByRole('tab', { name: 'Board' }).focus();
    await page.keyboard.press('Shift+Slash');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    const row = sheet.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Shift+F10 or the Menu key' }) });
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Project: Open, Move to a column, Move to top, Move to bottom. Step: the same, and Archive');
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Details of Weather Forecast API' }).focus();
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Actions for Weather Forecast API' });
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allTextContents()).not.toContain('Archive');
  });

  it('fault 13: the portfolio preview badges a Review card "In review" and counts tasks "N of 37"', async () => {
    app = await launchApp({ now: TODAY });
    await app.services.store.update((plan) => {
      const from = plan.board.projects.backlog!;
      from.splice(from.indexOf('weather-forecast-api'), 1);
      plan.board.projects.review!.push('weather-forecast-api');
      plan.settings.portfolio = { includeInProgress: true, includeProgress: true, includeNotes: false };
    });
    await app.reload();
    const { page } = app;
    await page.getByRole('tab', { name: 'Portfolio' }).click();
    const preview = page.getByRole('region', { name: 'Portfolio preview' });
    const card = preview.getByRole('article', { name: 'Weather Forecast API' });
    await expect.poll(() => card.textContent()).toContain('In review');
    expect(await card.textContent()).toContain('Steps done: 0 of 3');
    expect(await preview.textContent()).toMatch(/Tasks done\s*0 of 37/);
  });

  it('fault 14: a second roadmap with the built-in one’s name is listed as "… (2)", in the header too, with its own button names', async () => {
    app = await launchApp({ now: TODAY });
    const exported = await dispatch(app.services.handlers, 'portfolio:export', { format: 'checklist', to: 'download' });
    if (!exported.ok) throw new Error(exported.error.message);
    const markdown = (exported.data as { content: string }).content;
    const imported = await dispatch(app.services.handlers, 'roadmaps:import', { markdown, fileName: 'prep-planner-progress-2026-11-30.md' });
    if (!imported.ok) throw new Error(imported.error.message);
    await app.reload();
    const { page } = app;
    await page.getByRole('button', { name: `Roadmap: ${BUILTIN}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Roadmaps' });
    await dialog.waitFor();
    const list = dialog.getByRole('list', { name: 'Your roadmaps' });
    expect(await list.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining(BUILTIN), expect.stringContaining(`${BUILTIN} (2)`)]);
    await dialog.getByRole('button', { name: `Switch to ${BUILTIN} (2)`, exact: true }).click();
    await page.getByRole('button', { name: `Roadmap: ${BUILTIN} (2)` }).waitFor();
    // The checklist held no start date (none was set), so the question is still asked here.
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await page.getByRole('dialog', { name: 'When do you start, and at what pace?' }).waitFor();
  });

  it('fault 15: the first load asks for no missing file and logs no CSP warning; the page declares its icon', async () => {
    app = await launchApp({ now: TODAY });
    const url = app.page.url();
    const fresh = await app.page.context().newPage();
    const messages: string[] = [];
    const failed: string[] = [];
    fresh.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') messages.push(m.text());
    });
    fresh.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    fresh.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
    await fresh.goto(url, { waitUntil: 'load' });
    await fresh.getByRole('tablist', { name: 'Views' }).waitFor();
    await fresh.waitForTimeout(500);
    expect(messages).toEqual([]);
    expect(failed).toEqual([]);
    expect(await fresh.locator('link[rel="icon"]').getAttribute('href')).toMatch(/^data:image\/svg\+xml,/);
    await fresh.close();
  });
});
