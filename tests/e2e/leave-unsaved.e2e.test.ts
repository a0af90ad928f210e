import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../src/shared/plan-limits';
import { APP_ORIGIN, launchApp, type LaunchedApp } from './harness';
import { closeTab } from './leave-prompt';
import { planOnDisk } from './plan-on-disk';

/*
 * Re-check of 2026-11-30, N2 (and the close in its two-tab case): typed text that is not saved is
 * never dropped unasked. Closing the tab asks ("Leave site?") while a field holds text the
 * page-leave flush cannot save (notes over the limit, an open "changed in another window" choice,
 * a field waiting for its Save button), and never when everything is saved or can be sent. Closing
 * the details panel keeps such text for when it reopens. Runs over the harness binding (e2e) and
 * the real browser-mode server (e2e-http).
 */

const WEATHER = 'Weather Forecast API';
const JOBS = 'Job Scraper';
const POLL = { timeout: 20_000 };
const OVER = `${'n'.repeat(TEXT_LIMITS.projectNotes)}OVER-THE-LIMIT`;

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const panelOf = (page: Page, name: string) => page.getByRole('dialog', { name });
const notesOf = (panel: Locator) => panel.getByRole('textbox', { name: 'Notes', exact: true });

async function openDetails(page: Page, name: string) {
  await page.getByRole('button', { name: `Details of ${name}` }).click();
  const panel = panelOf(page, name);
  await notesOf(panel).waitFor();
  return panel;
}

async function pasteOverLimit(page: Page, panel: Locator) {
  await notesOf(panel).click();
  await page.keyboard.insertText(OVER);
  await panel.getByRole('alert').filter({ hasText: 'the limit is 100,000' }).waitFor();
}

/**
 * Two tabs on one data folder, as in several-tabs.e2e.test.ts: the second tab saves Job Scraper's
 * notes while the first, which had not heard of it, types `typed` after the old text; the first
 * tab's save is refused and it shows the "changed in another window" choice. Returns the first
 * tab's page and panel, and the text it holds.
 */
async function openConflict(target: LaunchedApp, typed: string) {
  const a = target.page;
  const b = await a.context().newPage();
  await b.goto(target.transport === 'http' ? `${target.origin}/` : `${APP_ORIGIN}/index.html`, { waitUntil: 'domcontentloaded' });
  await b.getByRole('tablist', { name: 'Views' }).waitFor();
  const panelA = await openDetails(a, JOBS);
  const panelB = await openDetails(b, JOBS);
  const old = await notesOf(panelA).inputValue();
  const sync = target.holdReplies('app:sync'); // A does not hear of B's save before it types
  await notesOf(panelB).fill('NOTES-FROM-TAB-B');
  await panelB.getByRole('heading', { name: 'Notes' }).click();
  await expect.poll(async () => (await planOnDisk(target)).projects['job-scraper']!.notes, POLL).toBe('NOTES-FROM-TAB-B');
  await notesOf(panelA).click();
  await notesOf(panelA).press('Control+End');
  await a.keyboard.type(typed);
  await panelA.getByRole('alert').filter({ hasText: 'Notes changed in another window' }).waitFor();
  sync.release();
  return { page: a, panel: panelA, text: `${old}${typed}` };
}


describe('closing the tab asks while typed text is not saved (re-check N2)', () => {
  it('project notes over the limit + close → asked; Stay keeps every character; Leave closes the tab', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const page = app.page;
    const before = (await planOnDisk(app)).projects['weather-forecast-api']!.notes;
    const panel = await openDetails(page, WEATHER);
    await pasteOverLimit(page, panel);

    expect(await closeTab(page, 'dismiss')).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(false);
    expect(await notesOf(panel).inputValue()).toBe(OVER);

    expect(await closeTab(page, 'accept')).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(true);
    // Nothing cut was written.
    expect((await planOnDisk(app)).projects['weather-forecast-api']!.notes).toBe(before);
  });

  it('week notes over the limit + close → asked; Stay keeps the whole text, also after its view is left and opened again', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const page = app.page;
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await page.getByRole('list', { name: 'Roadmap weeks' }).waitFor();
    const skip = page.getByRole('dialog').getByRole('button', { name: 'Skip' });
    if (await skip.count()) await skip.click();
    const week = page.getByRole('list', { name: 'Roadmap weeks' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Week 4 / }) });
    await week.getByText('Your notes and links').click();
    const field = week.getByRole('textbox', { name: 'Notes for week 4' });
    const text = 'w'.repeat(TEXT_LIMITS.weekNotes + 1);
    await field.click();
    await page.keyboard.insertText(text);
    await week.getByRole('alert').filter({ hasText: 'the limit is' }).waitFor();

    expect(await closeTab(page, 'dismiss')).toEqual(['beforeunload']);
    expect(await field.inputValue()).toBe(text);
    // The week's notes closed (another view unmounts them) and opened again: the whole text is there.
    await page.getByRole('tab', { name: 'Board' }).click();
    await field.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await week.getByText('Your notes and links').click();
    expect(await week.getByRole('textbox', { name: 'Notes for week 4' }).inputValue()).toBe(text);
  });

  it('an open "changed in another window" choice + close → asked; Stay keeps the tab\'s own text and the choice', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const { page, panel, text } = await openConflict(app, ' A-CLOSING-TEXT');

    expect(await closeTab(page, 'dismiss')).toEqual(['beforeunload']);
    expect(await notesOf(panel).inputValue()).toBe(text);
    expect(await panel.getByRole('alert').filter({ hasText: 'Notes changed in another window' }).getByRole('button', { name: 'Keep mine' }).isVisible()).toBe(true);
    expect((await planOnDisk(app)).projects['job-scraper']!.notes).toBe('NOTES-FROM-TAB-B');
  });

  it('a card name typed and not saved (its Save button not pressed) + close → asked; Stay keeps it', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const page = app.page;
    const panel = await openDetails(page, WEATHER);
    const name = panel.getByRole('textbox', { name: 'Project name' });
    await name.fill('Weather app, my own name');

    expect(await closeTab(page, 'dismiss')).toEqual(['beforeunload']);
    expect(await name.inputValue()).toBe('Weather app, my own name');
    expect((await planOnDisk(app)).projects['weather-forecast-api']!.text.name ?? null).not.toBe('Weather app, my own name');
  });

  it('a new step typed and not added, its panel closed + close → asked (a draft kept for a closed panel is still unsaved text)', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const page = app.page;
    const panel = await openDetails(page, WEATHER);
    const step = panel.getByRole('textbox', { name: 'New step title' });
    await step.fill('Write the README');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    expect(await closeTab(page, 'dismiss')).toEqual(['beforeunload']);
    const again = await openDetails(page, WEATHER);
    expect(await again.getByRole('textbox', { name: 'New step title' }).inputValue()).toBe('Write the README');
  });

  it('notes within the limit, typed and the tab closed at once → NOT asked, and on disk', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const page = app.page;
    const panel = await openDetails(page, JOBS);
    await notesOf(panel).fill('EVENING-NOTES closed at once');
    expect(await closeTab(page, 'accept')).toEqual([]);
    await expect.poll(async () => (await planOnDisk(app!)).projects['job-scraper']!.notes, POLL).toBe('EVENING-NOTES closed at once');
  });

  it('a card name saved with its button, then the tab closed → NOT asked', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const page = app.page;
    const panel = await openDetails(page, WEATHER);
    await panel.getByRole('textbox', { name: 'Project name' }).fill('Weather, saved');
    await panel.getByRole('button', { name: 'Save name, description and stack' }).click();
    await expect.poll(async () => (await planOnDisk(app!)).projects['weather-forecast-api']!.text.name, POLL).toBe('Weather, saved');
    // The page has main's answer (the panel shows the saved name; nothing left to save).
    const saved = panelOf(page, 'Weather, saved');
    await expect.poll(() => saved.getByRole('button', { name: 'Save name, description and stack' }).isDisabled(), POLL).toBe(true);
    expect(await closeTab(page, 'accept')).toEqual([]);
  });
});

describe('closing the panel keeps text it could not save (re-check N2)', () => {
  it('Escape on the details panel with notes over the limit: reopened, the whole text is there, and closing the tab still asks', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const page = app.page;
    const panel = await openDetails(page, WEATHER);
    await pasteOverLimit(page, panel);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    const again = await openDetails(page, WEATHER);
    expect(await notesOf(again).inputValue()).toBe(OVER);
    await again.getByRole('button', { name: 'Close' }).click();
    await again.waitFor({ state: 'detached' });
    expect(await closeTab(page, 'dismiss')).toEqual(['beforeunload']);
    expect(await notesOf(await openDetails(page, WEATHER)).inputValue()).toBe(OVER);
  });

  it('the panel closed with an open "changed in another window" choice: reopened, the tab\'s own text and the choice are there', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const { page, panel, text } = await openConflict(app, ' A-OWN');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    const again = await openDetails(page, JOBS);
    expect(await notesOf(again).inputValue()).toBe(text);
    // The reopened field tries its text again and is told again: the choice is back, nothing written over.
    await again.getByRole('alert').filter({ hasText: 'Notes changed in another window' }).getByRole('button', { name: 'Keep mine' }).waitFor();
    expect((await planOnDisk(app)).projects['job-scraper']!.notes).toBe('NOTES-FROM-TAB-B');
    expect(await closeTab(page, 'dismiss')).toEqual(['beforeunload']);
  });
});
