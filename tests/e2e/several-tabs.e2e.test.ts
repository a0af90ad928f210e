import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/shared/plan-schema';
import { APP_ORIGIN, launchApp, type LaunchedApp } from './harness';
import { moveProjectByKeyboard } from './keyboard-carry';

/*
 * Audit s6, faults 2 and 3: two tabs on one data folder (the second page talks to the very same
 * handlers; over e2e-http both are pages of the one real browser-mode server). A stale tab never
 * writes over newer notes; Undo takes back only the tab's own move; a tick in one tab shows in the
 * other once it is looked at again.
 */

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const savedPlan = async (a: LaunchedApp) => {
  await a.services.store.flush();
  return JSON.parse(await readFile(join(a.dataDir, 'planner.json'), 'utf8')) as Plan;
};

/** A second tab on the same app (same server and token cookie over HTTP; the same handlers over the binding). */
async function secondTab(a: LaunchedApp): Promise<Page> {
  const page = await a.page.context().newPage();
  await page.goto(a.transport === 'http' ? `${a.origin}/` : `${APP_ORIGIN}/index.html`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('tablist', { name: 'Views' }).waitFor();
  return page;
}

const openDetails = async (page: Page, name: string) => {
  await page.getByRole('button', { name: `Details of ${name}` }).click();
  const panel = page.getByRole('dialog', { name });
  await panel.waitFor();
  return panel;
};
const notesOf = (panel: Locator) => panel.getByRole('textbox', { name: 'Notes', exact: true });
const column = (page: Page, title: string) => page.getByRole('list', { name: title, exact: true });
const namesIn = (list: Locator) => list.getByRole('article').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')));
const JOBS = 'Job Scraper';

describe('two tabs on one data folder (audit s6, faults 2 and 3)', () => {
  it('fault 2, the audit steps: B saves notes, then A (which showed the old text) adds a line: B\'s notes survive and A sees them or is told', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const a = app.page;
    const b = await secondTab(app);
    const panelA = await openDetails(a, JOBS);
    const panelB = await openDetails(b, JOBS);
    const old = await notesOf(panelA).inputValue();

    await notesOf(panelB).fill('NOTES-FROM-TAB-B important');
    await panelB.getByRole('heading', { name: 'Notes' }).click(); // click elsewhere
    await expect.poll(async () => (await savedPlan(app!)).projects['job-scraper']!.notes).toBe('NOTES-FROM-TAB-B important');

    await notesOf(panelA).click();
    await notesOf(panelA).press('Control+End');
    await a.keyboard.type('A adds a line');
    await panelA.getByRole('heading', { name: 'Notes' }).click();

    // Either A had already taken in B's text (and added its line to it), or A is told and chooses:
    // never the old text with A's line written over B's.
    const conflict = panelA.getByRole('alert').filter({ hasText: 'Notes changed in another window' });
    await expect.poll(async () => (await conflict.count()) > 0 || (await savedPlan(app!)).projects['job-scraper']!.notes.includes('A adds a line')).toBe(true);
    const notes = (await savedPlan(app)).projects['job-scraper']!.notes;
    expect(notes).toContain('NOTES-FROM-TAB-B important');
    expect(notes).not.toBe(`${old}A adds a line`);
    if (await conflict.count()) {
      // Both texts are on A's screen: its own in the field, B's beside it.
      expect(await notesOf(panelA).inputValue()).toContain('A adds a line');
      expect(await conflict.getByRole('textbox').inputValue()).toBe('NOTES-FROM-TAB-B important');
    }
  });

  it('fault 2, told for sure: A began typing before B saved; A keeps its text, is told in plain words, and both texts stay reachable whichever it keeps', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const a = app.page;
    const b = await secondTab(app);
    const panelA = await openDetails(a, JOBS);
    const panelB = await openDetails(b, JOBS);
    const old = await notesOf(panelA).inputValue();

    await notesOf(panelA).click();
    await notesOf(panelA).press('Control+End');
    await a.keyboard.type('A adds');
    await notesOf(panelB).fill('NOTES-FROM-TAB-B important');
    await panelB.getByRole('heading', { name: 'Notes' }).click();
    await expect.poll(async () => (await savedPlan(app!)).projects['job-scraper']!.notes).toBe('NOTES-FROM-TAB-B important');
    await a.waitForTimeout(2_500); // a sync passes meanwhile: the field being typed in keeps its text
    await notesOf(panelA).press('Control+End');
    await a.keyboard.type(' a line');
    expect(await notesOf(panelA).inputValue()).toBe(`${old}A adds a line`);
    await panelA.getByRole('heading', { name: 'Notes' }).click();

    const conflict = panelA.getByRole('alert').filter({ hasText: 'Notes changed in another window' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('The notes were changed in another window or tab after you started editing, so your change was not saved over it. Nothing was lost: choose which text to keep.');
    expect(await notesOf(panelA).getAttribute('aria-describedby')).toBe('project-notes-conflict');
    await expect.poll(() => conflict.getByRole('textbox', { name: 'Notes as saved in the other window' }).inputValue()).toBe('NOTES-FROM-TAB-B important');
    expect(await notesOf(panelA).inputValue()).toBe(`${old}A adds a line`);
    expect((await savedPlan(app)).projects['job-scraper']!.notes).toBe('NOTES-FROM-TAB-B important');
    await conflict.scrollIntoViewIfNeeded();
    await a.screenshot({ path: '/work/notes/s6tabs-shots/conflict-light.png' });
    await a.emulateMedia({ colorScheme: 'dark' });
    await a.screenshot({ path: '/work/notes/s6tabs-shots/conflict-dark.png' });
    await a.emulateMedia({ colorScheme: 'light' });

    // Keep the other window's: the field shows B's text, A's own stays readable until dismissed.
    await conflict.getByRole('button', { name: 'Keep the other window’s' }).click();
    await expect.poll(() => notesOf(panelA).inputValue()).toBe('NOTES-FROM-TAB-B important');
    const aside = panelA.getByRole('textbox', { name: 'Your notes (not saved; copy what you need)' });
    expect(await aside.inputValue()).toBe(`${old}A adds a line`);
    await aside.scrollIntoViewIfNeeded();
    await a.screenshot({ path: '/work/notes/s6tabs-shots/set-aside-light.png' });
    expect((await savedPlan(app)).projects['job-scraper']!.notes).toBe('NOTES-FROM-TAB-B important');
  });

  it('fault 2, keep mine: A\'s text is saved over B\'s only when A asks for it', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const a = app.page;
    const b = await secondTab(app);
    const panelA = await openDetails(a, JOBS);
    const panelB = await openDetails(b, JOBS);
    await notesOf(panelA).fill('MINE-FROM-A');
    await notesOf(panelB).fill('THEIRS-FROM-B');
    await panelB.getByRole('heading', { name: 'Notes' }).click();
    await expect.poll(async () => (await savedPlan(app!)).projects['job-scraper']!.notes).toBe('THEIRS-FROM-B');
    await panelA.getByRole('heading', { name: 'Notes' }).click();
    const conflict = panelA.getByRole('alert').filter({ hasText: 'Notes changed in another window' });
    await conflict.waitFor();
    await expect.poll(() => conflict.getByRole('textbox').inputValue()).toBe('THEIRS-FROM-B');
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(async () => (await savedPlan(app!)).projects['job-scraper']!.notes).toBe('MINE-FROM-A');
    await expect.poll(() => conflict.count()).toBe(0);
    // B, not editing, follows.
    await b.bringToFront();
    await expect.poll(() => notesOf(panelB).inputValue()).toBe('MINE-FROM-A');
  });

  it('fault 3, the audit steps: Undo in A takes back A\'s move only; B\'s move stays', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const a = app.page;
    const b = await secondTab(app);
    await expect.poll(() => column(a, 'Backlog').getByRole('article').count()).toBe(10);
    await expect.poll(() => column(b, 'Backlog').getByRole('article').count()).toBe(10);

    await a.bringToFront();
    await moveProjectByKeyboard(a, 'Sentiment Analysis Tool', ['Up next']);
    await expect.poll(() => app!.services.store.plan.board.projects['up-next']).toEqual(['sentiment-analysis-tool']);

    await b.bringToFront();
    // B takes in A's move first (on focus), as a user would see it before picking up a card.
    await expect.poll(() => namesIn(column(b, 'Up next'))).toEqual(['Sentiment Analysis Tool']);
    await moveProjectByKeyboard(b, 'Movie Recommendation System', ['Up next', 'In progress', 'Review']);
    await expect.poll(() => app!.services.store.plan.board.projects.review).toEqual(['movie-recommendation-system']);

    await a.bringToFront();
    await a.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await savedPlan(app!)).board.projects['up-next']).toEqual([]);
    const plan = await savedPlan(app);
    expect(plan.board.projects.review).toEqual(['movie-recommendation-system']);
    expect(plan.board.projects.backlog).toContain('sentiment-analysis-tool');
    // A shows B's move too, and its own card back in Backlog.
    await expect.poll(() => namesIn(column(a, 'Review'))).toEqual(['Movie Recommendation System']);
    expect(await namesIn(column(a, 'Backlog'))).toContain('Sentiment Analysis Tool');
  });

  it('fault 3, refused: when B moved A\'s card on since, A\'s Undo says so plainly and changes nothing', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const a = app.page;
    const b = await secondTab(app);
    await expect.poll(() => column(a, 'Backlog').getByRole('article').count()).toBe(10);
    await moveProjectByKeyboard(a, 'Sentiment Analysis Tool', ['Up next']);
    await expect.poll(() => app!.services.store.plan.board.projects['up-next']).toEqual(['sentiment-analysis-tool']);

    await b.bringToFront();
    await expect.poll(() => namesIn(column(b, 'Up next'))).toEqual(['Sentiment Analysis Tool']);
    await moveProjectByKeyboard(b, 'Sentiment Analysis Tool', ['In progress']);
    await expect.poll(() => app!.services.store.plan.board.projects['in-progress']).toEqual(['sentiment-analysis-tool']);
    const before = JSON.stringify((await savedPlan(app)).board);

    await a.bringToFront();
    await a.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => a.getByRole('alert').allTextContents().then((t) => t.join(' '))).toContain('The board changed in another window since; nothing was undone.');
    expect(JSON.stringify((await savedPlan(app)).board)).toBe(before);
    // The refused step is gone from A's history: nothing is left to undo.
    await expect.poll(() => a.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);
  });

  it('a goal ticked in B shows ticked in A once A is looked at again', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const a = app.page;
    await a.getByRole('tab', { name: 'Roadmap' }).click();
    const b = await secondTab(app);
    await b.getByRole('tab', { name: 'Roadmap' }).click();
    const goalsIn = (page: Page) => page.getByRole('list', { name: 'Week 1 goals' }).getByRole('checkbox');
    await goalsIn(a).first().waitFor();
    expect(await goalsIn(a).first().isChecked()).toBe(false);
    await goalsIn(b).first().check();
    await expect.poll(async () => (await savedPlan(app!)).weeks[0]!.goalsDone.filter(Boolean).length).toBe(1);
    await a.bringToFront();
    await expect.poll(() => goalsIn(a).first().isChecked()).toBe(true);
  });
});

/*
 * Notes saved while typing (audit s6, fault 1) together with compare-and-set (fault 2): every
 * autosave carries the text main last confirmed, saves go one at a time, and a refusal stops
 * autosaving until the user chooses.
 */
describe('notes saved while typing, with two tabs (s6notes and s6tabs together)', () => {
  it('B changed the notes A shows; A types and pauses: the autosave is refused, A is told, both texts reachable, nothing lost', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const a = app.page;
    const b = await secondTab(app);
    const panelA = await openDetails(a, JOBS);
    const panelB = await openDetails(b, JOBS);
    const old = await notesOf(panelA).inputValue();
    // A does not hear of B's save before it types (no sync reaches main meanwhile).
    const sync = app.holdReplies('app:sync');

    await notesOf(panelB).fill('NOTES-FROM-TAB-B');
    await panelB.getByRole('heading', { name: 'Notes' }).click();
    await expect.poll(async () => (await savedPlan(app!)).projects['job-scraper']!.notes).toBe('NOTES-FROM-TAB-B');

    await notesOf(panelA).click();
    await notesOf(panelA).press('Control+End');
    await a.keyboard.type(' A-LINE');
    // No blur: the pause alone sends the autosave, with the old text as its base, and main refuses it.
    const conflict = panelA.getByRole('alert').filter({ hasText: 'Notes changed in another window' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Nothing was lost: choose which text to keep.');
    expect((await savedPlan(app)).projects['job-scraper']!.notes).toBe('NOTES-FROM-TAB-B');
    expect(await notesOf(panelA).inputValue()).toBe(`${old} A-LINE`);

    // While the choice is open nothing more is sent: typing on does not write over B's notes.
    await a.keyboard.type(' MORE');
    await a.waitForTimeout(1_500);
    expect((await savedPlan(app)).projects['job-scraper']!.notes).toBe('NOTES-FROM-TAB-B');
    expect(await notesOf(panelA).inputValue()).toBe(`${old} A-LINE MORE`);

    // B's text reaches A's notice once A syncs.
    sync.release();
    await expect.poll(() => conflict.getByRole('textbox', { name: 'Notes as saved in the other window' }).inputValue()).toBe('NOTES-FROM-TAB-B');
    // Keep the other window's: the field shows B's text; A's own stays readable.
    await conflict.getByRole('button', { name: 'Keep the other window’s' }).click();
    await expect.poll(() => notesOf(panelA).inputValue()).toBe('NOTES-FROM-TAB-B');
    expect(await panelA.getByRole('textbox', { name: 'Your notes (not saved; copy what you need)' }).inputValue()).toBe(`${old} A-LINE MORE`);
    expect((await savedPlan(app)).projects['job-scraper']!.notes).toBe('NOTES-FROM-TAB-B');
    // Typing after the choice saves again, now on top of B's text.
    await notesOf(panelA).press('Control+End');
    await a.keyboard.type(' AFTER');
    await expect.poll(async () => (await savedPlan(app!)).projects['job-scraper']!.notes).toBe('NOTES-FROM-TAB-B AFTER');
  });

  it('A types, pauses, types more, pauses: both autosaves succeed (no false "changed elsewhere"), one at a time, and the file holds the whole text', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const a = app.page;
    await secondTab(app); // a second tab open on the same data folder, as in the audit
    const panelA = await openDetails(a, JOBS);
    await notesOf(panelA).fill('');
    await notesOf(panelA).click();
    await a.keyboard.type('first part');
    await expect.poll(async () => (await savedPlan(app!)).projects['job-scraper']!.notes).toBe('first part');
    await a.keyboard.type(', second part');
    await expect.poll(async () => (await savedPlan(app!)).projects['job-scraper']!.notes).toBe('first part, second part');

    // A save still on its way while the user types and pauses again: the next waits for it
    // (two sent with the same base would make main refuse the second as changed elsewhere).
    const held = app.holdReplies('board:update-project');
    await a.keyboard.type(', third');
    await held.arrived(1);
    await a.keyboard.type(', fourth');
    await a.waitForTimeout(1_500); // well past the pause: a second save would have gone out by now
    expect(held.waiting).toBe(1);
    held.release();
    await expect.poll(async () => (await savedPlan(app!)).projects['job-scraper']!.notes).toBe('first part, second part, third, fourth');
    await a.waitForTimeout(800);
    expect(await a.getByRole('alert').filter({ hasText: 'another window' }).count()).toBe(0);
    expect(await notesOf(panelA).inputValue()).toBe('first part, second part, third, fourth');
    expect((await savedPlan(app)).projects['job-scraper']!.notes).toBe('first part, second part, third, fourth');
  });
});
