import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Plan } from '../../src/shared/plan-schema';
import { afterEach, describe, expect, it } from 'vitest';
import { focused } from './focused';
import { launchApp, type LaunchedApp } from './harness';

/**
 * Issue 14, "a board that is quick from the keyboard": one Tab stop per card (roving tabindex) with
 * the drag handle after the title, arrow keys between cards and columns, and the card menu
 * (keyboard and right-click). Elements are found by role and name.
 */
let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const TODAY = '2026-04-20';
const inCards = (page: Page) => page.evaluate(() => document.getElementById('board-cards')?.contains(document.activeElement) ?? false);
const column = (page: Page, name: string) => page.getByRole('list', { name, exact: true });

async function launchWithWeatherInProgress(): Promise<LaunchedApp> {
  const launched = await launchApp({ now: TODAY });
  await launched.services.handlers['board:move-project']({ projectId: 'weather-forecast-api', toColumn: 'in-progress', toIndex: 0 });
  await launched.reload();
  return launched;
}

describe('roving tab stop on the board', () => {
  it('the skip link reaches the first card; Tab walks title, then drag handle, then menu of one card only', async () => {
    app = await launchWithWeatherInProgress();
    const { page } = app;
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Skip to board');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('Details of Library Management System');

    // Every Tab stop inside the board, from its first control to the first one after it.
    await page.locator('#board-cards').focus();
    await page.keyboard.press('Tab');
    const stops: string[] = [];
    while (stops.length < 60 && (await inCards(page))) {
      stops.push(await focused(page));
      await page.keyboard.press('Tab');
    }
    expect(stops).toContain('Column settings: Done');
    const cardStops = stops.filter((name) => /^(Details of|Move project|Actions for) /.test(name));
    // Nine projects in Backlog and one in progress: the current card of the board costs its three
    // stops in this order, every other card none.
    expect(cardStops).toEqual(['Details of Library Management System', 'Move project Library Management System', 'Actions for Library Management System']);
    expect(await page.getByRole('button', { name: 'Details of Weather Forecast API' }).getAttribute('tabindex')).toBe('-1');
  });

  it('arrow keys move between cards (up, down, Home, End) and columns, and the stop follows', async () => {
    app = await launchWithWeatherInProgress();
    const { page } = app;
    await page.getByRole('button', { name: 'Details of Library Management System' }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('Details of Job Scraper');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('Details of Chat Application');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('Details of Job Scraper');
    await page.keyboard.press('End');
    expect(await focused(page)).toBe('Details of Capstone E-Commerce App');
    await page.keyboard.press('Home');
    expect(await focused(page)).toBe('Details of Library Management System');

    // Right skips the empty Up next and lands in In progress; the stop moves with the focus.
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('Details of Weather Forecast API');
    expect(await page.getByRole('button', { name: 'Details of Weather Forecast API' }).getAttribute('tabindex')).toBe('0');
    expect(await page.getByRole('button', { name: 'Details of Library Management System' }).getAttribute('tabindex')).toBe('-1');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Move project Weather Forecast API');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page)).toBe('Details of Library Management System');
  });

  it('in a lane of steps the arrows move between step cards', async () => {
    app = await launchApp({ now: TODAY });
    const { page } = app;
    await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Steps' }).click();
    const lane = page.getByRole('region', { name: 'Steps of Library Management System' });
    const backlog = lane.getByRole('list', { name: 'Backlog', exact: true });
    const titles = backlog.getByRole('article');
    const names = await titles.evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')!));
    expect(names.length).toBeGreaterThan(2);
    await backlog.getByRole('button', { name: names[0], exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe(names[1]);
    expect(await backlog.getByRole('button', { name: names[1], exact: true }).getAttribute('tabindex')).toBe('0');
    expect(await backlog.getByRole('button', { name: names[0], exact: true }).getAttribute('tabindex')).toBe('-1');
  });
});

describe('card menu', () => {
  it('Shift+F10 opens it; Move to ▸ In progress moves the card, saves, and keeps focus on it', async () => {
    app = await launchApp({ now: TODAY });
    const { page } = app;
    await page.getByRole('button', { name: 'Details of Weather Forecast API' }).focus();
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Actions for Weather Forecast API' });
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['Open', 'Move to ▸', 'Move to top', 'Move to bottom']);
    expect(await focused(page)).toBe('Open');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const columns = page.getByRole('menu', { name: 'Move to column' });
    await columns.waitFor();
    expect(await columns.getByRole('menuitem').allTextContents()).toEqual(['Backlog (here)', 'Up next', 'In progress', 'Review', 'Done']);
    expect(await columns.getByRole('menuitem', { name: 'Backlog (here)' }).getAttribute('aria-disabled')).toBe('true');
    expect(await focused(page)).toBe('Up next');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'detached' });
    await expect.poll(() => column(page, 'In progress').getByRole('article').allTextContents().then((t) => t.join())).toContain('Weather Forecast API');
    await expect.poll(() => focused(page)).toBe('Details of Weather Forecast API');
    await expect
      .poll(async () => (JSON.parse(await readFile(join(app!.dataDir, 'planner.json'), 'utf8')) as Plan).board.projects['in-progress'])
      .toEqual(['weather-forecast-api']);
  });

  it('its button moves a card to the top; at the top "Move to top" is disabled; Escape closes it and focus returns', async () => {
    app = await launchApp({ now: TODAY });
    const { page } = app;
    await page.getByRole('button', { name: 'Details of Capstone E-Commerce App' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Actions for Capstone E-Commerce App');
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Actions for Capstone E-Commerce App' });
    expect(await menu.getByRole('menuitem', { name: 'Move to bottom' }).getAttribute('aria-disabled')).toBe('true');
    await menu.getByRole('menuitem', { name: 'Move to top' }).click();
    await expect.poll(() => column(page, 'Backlog').getByRole('article').first().getAttribute('aria-label')).toBe('Capstone E-Commerce App');

    await page.getByRole('button', { name: 'Actions for Capstone E-Commerce App' }).click();
    expect(await menu.getByRole('menuitem', { name: 'Move to top' }).getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('Details of Capstone E-Commerce App');
  });

  it('right-click on a step card opens its menu; Archive archives it (with an undo message), Open shows its project', async () => {
    app = await launchApp({ now: TODAY });
    const { page } = app;
    await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Steps' }).click();
    const lane = page.getByRole('region', { name: 'Steps of Job Scraper' });
    const cards = lane.getByRole('list', { name: 'Backlog', exact: true }).getByRole('article');
    const before = await cards.count();
    const first = cards.first();
    const name = (await first.getAttribute('aria-label'))!;
    await first.click({ button: 'right', position: { x: 20, y: 30 } });
    const menu = page.getByRole('menu', { name: `Actions for ${name}` });
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['Open', 'Move to ▸', 'Move to top', 'Move to bottom', 'Archive']);
    await menu.getByRole('menuitem', { name: 'Archive' }).click();
    await page.getByRole('status').filter({ hasText: `Archived step ${name}.` }).waitFor();
    await expect.poll(() => cards.count()).toBe(before - 1);
    expect(await lane.getByRole('article', { name, exact: true }).count()).toBe(0);

    await cards.first().click({ button: 'right', position: { x: 20, y: 30 } });
    await page.getByRole('menuitem', { name: 'Open' }).click();
    await page.getByRole('dialog', { name: 'Job Scraper' }).waitFor();
  });
});

describe('quick add', () => {
  it('"+ Add step" at the bottom of a lane column: Enter adds the step there and saves; Escape keeps the draft', async () => {
    app = await launchApp({ now: TODAY });
    const { page } = app;
    await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Steps' }).click();
    const lane = page.getByRole('region', { name: 'Steps of Job Scraper' });
    const review = lane.getByRole('list', { name: 'Review', exact: true });
    expect(await review.getByRole('article').count()).toBe(0);

    await lane.getByRole('button', { name: 'Add step to Review' }).click();
    const field = lane.getByRole('textbox', { name: 'New step in Review' });
    expect(await focused(page)).toBe('New step in Review');
    await page.keyboard.type('Write the README');
    await page.keyboard.press('Enter');
    await expect.poll(() => review.getByRole('article').allTextContents().then((t) => t.join())).toContain('Write the README');
    expect(await field.inputValue()).toBe('');
    await page.getByRole('status').filter({ hasText: 'Added step Write the README to Review.' }).waitFor();
    await expect
      .poll(async () => {
        const plan = JSON.parse(await readFile(join(app!.dataDir, 'planner.json'), 'utf8')) as Plan;
        return (plan.board.steps['job-scraper']?.review ?? []).map((id) => plan.steps[id]?.title);
      })
      .toEqual(['Write the README']);

    // Escape closes the field, focus goes back to the button, and the typed text is still there.
    await page.keyboard.type('Deploy to a free host');
    await page.keyboard.press('Escape');
    await field.waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('Add step to Review');
    await page.keyboard.press('Enter');
    expect(await lane.getByRole('textbox', { name: 'New step in Review' }).inputValue()).toBe('Deploy to a free host');
    expect(await review.getByRole('article').count()).toBe(1);
  });
});
