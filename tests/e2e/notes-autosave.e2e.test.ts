import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_TEXT_LIMITS, TEXT_LIMITS } from '../../src/shared/plan-limits';
import type { Plan } from '../../src/shared/plan-schema';
import { launchApp, type LaunchedApp } from './harness';

/*
 * Audit s6, faults 1, 4 and 10: notes typed into a project or a week reach disk without a blur
 * (saved while typing, and flushed when the page goes away), and no field cuts text silently.
 * Runs over the harness binding (e2e) and over the real browser-mode server (e2e-http), where the
 * flush goes out with fetch's keepalive.
 */

const CHAT = 'chat-application';
const WEATHER = 'weather-forecast-api';
const POLL = { timeout: 20_000 };
const PAUSE_PAST_DEBOUNCE_MS = 1500;

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const planOnDisk = async (target: LaunchedApp) => JSON.parse(await readFile(join(target.dataDir, 'planner.json'), 'utf8')) as Plan;
const fileText = (target: LaunchedApp) => readFile(join(target.dataDir, 'planner.json'), 'utf8');
const projectNotes = async (target: LaunchedApp, id: string) => (await planOnDisk(target)).projects[id]!.notes;
const weekNotes = async (target: LaunchedApp, week: number) => (await planOnDisk(target)).weeks[week - 1]!.notes;
const weekItem = (page: Page, n: number) =>
  page.getByRole('list', { name: 'Roadmap weeks' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`Week ${n} `) }) });

async function openNotes(page: Page, name: string) {
  await page.getByRole('button', { name: `Details of ${name}` }).click();
  const notes = page.getByRole('dialog', { name }).getByRole('textbox', { name: 'Notes' });
  await notes.waitFor();
  return notes;
}

async function openWeekNotes(page: Page, week: number) {
  await page.getByRole('tab', { name: 'Roadmap' }).click();
  // The first-run questions render in the same commit as the weeks (plan.settings.onboarded).
  await page.getByRole('list', { name: 'Roadmap weeks' }).waitFor();
  const skip = page.getByRole('dialog').getByRole('button', { name: 'Skip' });
  if (await skip.count()) await skip.click();
  await weekItem(page, week).getByText('Your notes and links').click();
  const field = weekItem(page, week).getByRole('textbox', { name: `Notes for week ${week}` });
  await field.waitFor();
  return field;
}

/** Closes the tab as a user does: beforeunload, pagehide and visibilitychange all run. */
const closeTab = (page: Page) => page.close({ runBeforeUnload: true });

describe('notes reach disk without a blur (audit s6, fault 1)', () => {
  it('project notes: typed, a pause, the tab closed → in planner.json and shown in a new tab', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const notes = await openNotes(app.page, 'Chat Application');
    await notes.click();
    await app.page.keyboard.type('PROJNOTE-B1 two hours of thoughts');
    // Saved while the field still has focus: no blur, no click elsewhere.
    await expect.poll(() => projectNotes(app!, CHAT), POLL).toBe('PROJNOTE-B1 two hours of thoughts');
    await app.page.waitForTimeout(PAUSE_PAST_DEBOUNCE_MS);
    await closeTab(app.page);
    const page = await app.newPage();
    expect(await (await openNotes(page, 'Chat Application')).inputValue()).toBe('PROJNOTE-B1 two hours of thoughts');
    expect(await projectNotes(app, CHAT)).toBe('PROJNOTE-B1 two hours of thoughts');
  });

  it('week notes: typed, a pause, the tab closed → in planner.json and shown in a new tab', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const field = await openWeekNotes(app.page, 1);
    await field.click();
    await app.page.keyboard.type('WEEKNOTE-B2 revisit list comprehensions');
    await expect.poll(() => weekNotes(app!, 1), POLL).toBe('WEEKNOTE-B2 revisit list comprehensions');
    await app.page.waitForTimeout(PAUSE_PAST_DEBOUNCE_MS);
    await closeTab(app.page);
    const page = await app.newPage();
    expect(await (await openWeekNotes(page, 1)).inputValue()).toBe('WEEKNOTE-B2 revisit list comprehensions');
  });

  it('typed and the tab closed at once (no pause): project and week notes are on disk (the page-leave flush)', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const notes = await openNotes(app.page, 'Chat Application');
    await notes.fill('CLOSED-AT-ONCE project שלום עולם');
    await closeTab(app.page);
    await expect.poll(() => projectNotes(app!, CHAT), POLL).toBe('CLOSED-AT-ONCE project שלום עולם');

    const page = await app.newPage();
    const field = await openWeekNotes(page, 2);
    await field.fill('CLOSED-AT-ONCE week');
    await closeTab(page);
    await expect.poll(() => weekNotes(app!, 2), POLL).toBe('CLOSED-AT-ONCE week');
  });

  it('reloaded mid-typing: the text is on disk, and shown after the reload', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const notes = await openNotes(app.page, 'Chat Application');
    await notes.fill('Evening notes: reload mid-typing');
    await app.page.reload({ waitUntil: 'domcontentloaded' });
    await expect.poll(() => projectNotes(app!, CHAT), POLL).toBe('Evening notes: reload mid-typing');
    await app.page.getByRole('tablist', { name: 'Views' }).waitFor();
    expect(await (await openNotes(app.page, 'Chat Application')).inputValue()).toBe('Evening notes: reload mid-typing');
  });

  it('reloaded right after typing, the notes reopen with no "changed in another window" and what is typed next is saved (project and week notes)', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const page = app.page;
    let notes = await openNotes(page, 'Chat Application');
    await notes.fill('Typed, then reloaded at once.');
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expect.poll(() => projectNotes(app!, CHAT), POLL).toBe('Typed, then reloaded at once.');
    await page.getByRole('tablist', { name: 'Views' }).waitFor();
    notes = await openNotes(page, 'Chat Application');
    await notes.click();
    await notes.press('Control+End');
    await page.keyboard.type(' And more.');
    await expect.poll(() => projectNotes(app!, CHAT), POLL).toBe('Typed, then reloaded at once. And more.');
    expect(await page.getByText(/changed in another window/i).count()).toBe(0);
    await page.keyboard.press('Escape');

    let week = await openWeekNotes(page, 1);
    await week.fill('Week typed, then reloaded.');
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expect.poll(() => weekNotes(app!, 1), POLL).toBe('Week typed, then reloaded.');
    await page.getByRole('tablist', { name: 'Views' }).waitFor();
    week = await openWeekNotes(page, 1);
    await week.click();
    await week.press('Control+End');
    await page.keyboard.type(' More.');
    await expect.poll(() => weekNotes(app!, 1), POLL).toBe('Week typed, then reloaded. More.');
    expect(await page.getByText(/changed in another window/i).count()).toBe(0);
  });

  // Check 3 of 2026-11-30, fault A: a reload pressed while a key is still being typed. The page's
  // last save ("…abcde") is on its way when one more key lands; the page unloads before the reply
  // (and, in a browser, sends "…abcdef" on its way out, which main refuses: its base is stale).
  // Holding main's replies makes that moment exact: the saves reach main only after the page is gone.
  it('reloaded with a save on its way and a key more typed: the tab knows its own save — no "changed in another window", the rest is saved (landed before the reload booted)', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const page = app.page;
    let notes = await openNotes(page, 'Chat Application');
    const saves = app.holdReplies('board:update-project');
    await notes.fill('Evening notes abcde');
    await saves.arrived(1); // the autosave of "…abcde" is at main, not yet handled
    await notes.press('End');
    await page.keyboard.type('f');
    const boot = app.holdReplies('app:boot');
    const reloading = page.reload({ waitUntil: 'domcontentloaded' });
    await boot.arrived(1); // the new page is up and waits for main's plan: the old one is gone
    saves.release(); // the old page's saves land now; their replies have nowhere to go
    await expect.poll(() => projectNotes(app!, CHAT), POLL).toBe('Evening notes abcde');
    boot.release();
    await reloading;
    await page.getByRole('tablist', { name: 'Views' }).waitFor();
    notes = await openNotes(page, 'Chat Application');
    expect(await notes.inputValue()).toBe('Evening notes abcdef');
    await expect.poll(() => projectNotes(app!, CHAT), POLL).toBe('Evening notes abcdef');
    await notes.click();
    await notes.press('Control+End');
    await page.keyboard.type(' and more');
    await expect.poll(() => projectNotes(app!, CHAT), POLL).toBe('Evening notes abcdef and more');
    expect(await page.getByText(/changed in another window/i).count()).toBe(0);
  });

  it('reloaded with a save on its way and a key more typed: the tab knows its own save when it lands after the reload (week notes)', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const page = app.page;
    let week = await openWeekNotes(page, 3);
    const saves = app.holdReplies('roadmap:update-week');
    await week.fill('Week three abcde');
    await saves.arrived(1);
    await week.press('End');
    await page.keyboard.type('f');
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.getByRole('tablist', { name: 'Views' }).waitFor();
    week = await openWeekNotes(page, 3);
    expect(await week.inputValue()).toBe('Week three abcdef');
    // The new page sends "…abcdef" from the old base before the old page's save lands.
    await expect.poll(() => saves.waiting, POLL).toBeGreaterThanOrEqual(2);
    saves.release();
    await expect.poll(() => weekNotes(app!, 3), POLL).toBe('Week three abcdef');
    await expect.poll(() => page.getByText(/changed in another window/i).count(), POLL).toBe(0);
    await week.click();
    await week.press('Control+End');
    await page.keyboard.type(' more');
    await expect.poll(() => weekNotes(app!, 3), POLL).toBe('Week three abcdef more');
    expect(await page.getByText(/changed in another window/i).count()).toBe(0);
  });

  it('saving while typing does not fight the user: every keystroke kept, the caret stays at the end, one undo step', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const page = app.page;
    const notes = await openNotes(page, 'Chat Application');
    await notes.click();
    // Typed slowly across several saves: replies arrive while typing goes on.
    const words = ['first', ' second', ' third', ' fourth'];
    for (const word of words) {
      await page.keyboard.type(word, { delay: 60 });
      await page.waitForTimeout(900);
    }
    const typed = words.join('');
    expect(await notes.inputValue()).toBe(typed);
    expect(await notes.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd])).toEqual([typed.length, typed.length]);
    await expect.poll(() => projectNotes(app!, CHAT), POLL).toBe(typed);
    // Leave the field, close the panel: the board's Undo puts back the notes from before the typing
    // in one step (not the last few seconds of it).
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => projectNotes(app!, CHAT), POLL).toBe('');
    // Main writes the file before its reply reaches the page, which then takes the step off the stack.
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).isDisabled(), POLL).toBe(true);
  });
});

describe('no silent truncation (audit s6, faults 4 and 10)', () => {
  const longNotes = () => {
    const lines = Array.from({ length: 999 }, (_, i) => `line ${String(i).padStart(4, '0')} notes`);
    const text = `${lines.join('\n')}\n`;
    const end = 'THE-END';
    const filler = 'x'.repeat(25_007 - text.length - end.length);
    return `${text}${filler}${end}`;
  };

  it('a paste of 25,007 characters into notes reaches disk whole', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const text = longNotes();
    expect(text.length).toBe(25_007);
    const notes = await openNotes(app.page, 'Weather Forecast API');
    await notes.click();
    await app.page.keyboard.insertText(text);
    expect((await notes.inputValue()).length).toBe(25_007);
    await expect.poll(() => projectNotes(app!, WEATHER), POLL).toBe(text);
    expect(await app.page.getByRole('dialog', { name: 'Weather Forecast API' }).getByRole('alert').count()).toBe(0);
  });

  it('a paste over the notes limit stays whole in the field, says both numbers, and the file is unchanged', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const page = app.page;
    const max = TEXT_LIMITS.projectNotes;
    const text = `${'n'.repeat(max)}TOO-LONG`;
    const before = await fileText(app);
    const notes = await openNotes(page, 'Weather Forecast API');
    await notes.click();
    await page.keyboard.insertText(text);
    expect(await notes.inputValue()).toBe(text);
    const alert = page.getByRole('dialog', { name: 'Weather Forecast API' }).getByRole('alert');
    await expect.poll(() => alert.textContent(), POLL).toBe(
      'These notes: 100,008 characters, and the limit is 100,000. All of it is kept here, but it is not saved until it is 8 characters shorter.',
    );
    expect(await notes.getAttribute('aria-invalid')).toBe('true');
    // Past the debounce, a blur and a closed tab: nothing cut was written.
    await page.waitForTimeout(PAUSE_PAST_DEBOUNCE_MS);
    await page.getByRole('dialog', { name: 'Weather Forecast API' }).getByRole('heading', { name: 'Notes' }).click();
    await closeTab(page);
    await new Promise((resolve) => setTimeout(resolve, PAUSE_PAST_DEBOUNCE_MS));
    expect(await fileText(app)).toBe(before);
    // Still all there (the draft) when the app is opened again in this tab's session.
  });

  it('week notes over the limit: all kept in the field, both numbers said, nothing saved', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const field = await openWeekNotes(app.page, 3);
    const text = 'w'.repeat(TEXT_LIMITS.weekNotes + 1);
    await field.click();
    await app.page.keyboard.insertText(text);
    expect((await field.inputValue()).length).toBe(TEXT_LIMITS.weekNotes + 1);
    await expect.poll(() => weekItem(app!.page, 3).getByRole('alert').textContent(), POLL).toContain('100,001 characters, and the limit is 100,000');
    await app.page.waitForTimeout(PAUSE_PAST_DEBOUNCE_MS);
    expect(await weekNotes(app, 3)).toBe('');
  });

  it('Add project: the name field keeps a long paste whole and the rule names the same limit (120)', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const page = app.page;
    await page.getByRole('button', { name: 'Add project', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a project of your own' });
    const name = dialog.getByRole('textbox', { name: 'Project name' });
    const long = `מעקב הוצאות — Expense tracker ${'a'.repeat(300)}`;
    await name.click();
    await page.keyboard.insertText(long);
    expect(await name.inputValue()).toBe(long);
    expect(await name.getAttribute('maxlength')).toBeNull();
    await dialog.getByRole('button', { name: 'Add project' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent(), POLL).toBe(`The name can be at most ${PROJECT_TEXT_LIMITS.name} characters (it has ${long.length}).`);
    expect(PROJECT_TEXT_LIMITS.name).toBe(120);
    expect(await name.inputValue()).toBe(long);
  });

  it('no field of the renderer has a maxlength that could cut a paste', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const page = app.page;
    await page.getByRole('button', { name: 'Details of Weather Forecast API' }).click();
    await page.getByRole('dialog', { name: 'Weather Forecast API' }).getByRole('textbox', { name: 'Notes' }).waitFor();
    expect(await page.locator('[maxlength]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await openWeekNotes(page, 1);
    expect(await page.locator('[maxlength]').count()).toBe(0);
    await page.getByRole('tab', { name: 'Portfolio' }).click();
    await page.getByLabel('Name', { exact: true }).waitFor();
    expect(await page.locator('[maxlength]').count()).toBe(0);
  });
});
