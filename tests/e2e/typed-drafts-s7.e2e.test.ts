import type { Dialog, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';
import { closeTab } from './leave-prompt';
import { planOnDisk } from './plan-on-disk';

/*
 * Check 3 (s7), fault C: a week's "Total hours" typed (2.5) with no Enter and no blur, then the tab
 * closed, gave no "Leave site?" and the hours were gone. Fields that commit on Enter or on leaving
 * them (study hours, a card's Started/Finished) now hold their typed text as a draft, like every
 * other typed field: closing asks, and the text survives a reload or the view being left. Runs over
 * the harness binding (e2e) and the real browser-mode server (e2e-http).
 */

const TODAY = '2026-11-30';
const POLL = { timeout: 20_000 };

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});



async function openWeek(page: Page, n: number) {
  await page.getByRole('tab', { name: 'Roadmap' }).click();
  await page.getByRole('list', { name: 'Roadmap weeks' }).waitFor();
  const skip = page.getByRole('dialog').getByRole('button', { name: 'Skip' });
  if (await skip.count()) await skip.click();
  const week = page.getByRole('list', { name: 'Roadmap weeks' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`^Week ${n} `) }) });
  const hours = week.getByRole('textbox', { name: `Hours logged for week ${n}` });
  await hours.scrollIntoViewIfNeeded();
  return hours;
}

async function startedApp() {
  const launched = await launchApp({ now: TODAY });
  await launched.services.store.update((plan) => {
    plan.settings.startDate = '2026-10-05';
    plan.settings.onboarded = true;
  });
  await launched.reload();
  return launched;
}

describe('typed, uncommitted hours and dates are held as drafts (check 3 s7, fault C)', () => {
  it('Total hours typed (2.5) with no Enter + close → asked; Stay keeps 2.5; entered, then closed → not asked and saved', async () => {
    app = await startedApp();
    const page = app.page;
    const hours = await openWeek(page, 7);
    await hours.fill('2.5');

    expect(await closeTab(page, 'dismiss')).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(false);
    expect(await hours.inputValue()).toBe('2.5');
    expect((await planOnDisk(app)).weeks[6]!.studyLog).toEqual([]);

    await hours.press('Enter');
    await expect.poll(async () => (await planOnDisk(app!)).weeks[6]!.studyLog, POLL).toEqual([{ on: TODAY, minutes: 150 }]);
    expect(await closeTab(page, 'accept')).toEqual([]);
  });

  it('Total hours typed and not entered survive a reload of the tab (still not saved, still asked about)', async () => {
    app = await startedApp();
    const page = app.page;
    const hours = await openWeek(page, 7);
    await hours.fill('2.5');

    const leave = (dialog: Dialog) => void dialog.accept();
    page.on('dialog', leave);
    await page.reload();
    page.off('dialog', leave);
    expect(await (await openWeek(page, 7)).inputValue()).toBe('2.5');
    expect((await planOnDisk(app)).weeks[6]!.studyLog).toEqual([]);
    expect(await closeTab(page, 'dismiss')).toEqual(['beforeunload']);
  });

  it('Total hours typed, then another view clicked: leaving the field enters them (saved, not asked)', async () => {
    app = await startedApp();
    const page = app.page;
    const hours = await openWeek(page, 7);
    await hours.fill('2.5');
    await page.getByRole('tab', { name: 'Board' }).click();
    await expect.poll(async () => (await planOnDisk(app!)).weeks[6]!.studyLog, POLL).toEqual([{ on: TODAY, minutes: 150 }]);
    expect(await (await openWeek(page, 7)).inputValue()).toBe('2.5');
    expect(await closeTab(page, 'accept')).toEqual([]);
  });

  it('typing the saved total back holds nothing: close → not asked', async () => {
    app = await startedApp();
    const page = app.page;
    const hours = await openWeek(page, 7);
    await hours.fill('2.5');
    await hours.fill('0');
    expect(await closeTab(page, 'accept')).toEqual([]);
  });

  it('a card\'s Started date typed and the field not left + close → asked; Stay keeps the typed date', async () => {
    app = await startedApp();
    const page = app.page;
    await page.getByRole('button', { name: 'Details of Weather Forecast API' }).click();
    const panel = page.getByRole('dialog', { name: 'Weather Forecast API' });
    const started = panel.getByRole('textbox', { name: 'Started' }).or(panel.getByLabel('Started', { exact: true }));
    await started.first().fill('2026-11-15');

    expect(await closeTab(page, 'dismiss')).toEqual(['beforeunload']);
    expect(await started.first().inputValue()).toBe('2026-11-15');
    expect((await planOnDisk(app)).projects['weather-forecast-api']?.startedOn ?? null).not.toBe('2026-11-15');
  });
});
