import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/shared/plan-schema';
import { focused } from './focused';
import { launchApp, type LaunchedApp } from './harness';

/*
 * Issue 14, "Quick add at the bottom of each column": "+ Add project" under each Projects column.
 * Enter adds a project of the learner's own in that column (dates as a move into it gives them),
 * Escape keeps the draft, bad names are refused in plain words, and a column past its
 * work-in-progress limit takes the card and says so, as a drop does.
 */
let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const TODAY = '2026-03-02';
const SHOTS = process.env.DATES_SHOTS_DIR;
const column = (page: Page, title: string) => page.getByRole('list', { name: title, exact: true });
const saved = async () => JSON.parse(await readFile(join(app!.dataDir, 'planner.json'), 'utf8')) as Plan;
const announcer = (page: Page) => page.getByTestId('announcer');

describe('"+ Add project" at the bottom of a Projects column', () => {
  it('Enter adds the project to that column (Done: stamped today), saves, announces it and keeps the field open; Escape keeps the draft', async () => {
    app = await launchApp({ now: TODAY });
    const { page } = app;
    await page.getByRole('button', { name: 'Add project to Done' }).click();
    const field = page.getByRole('textbox', { name: 'New project in Done' });
    expect(await focused(page)).toBe('New project in Done');
    await page.keyboard.type('Garden log');
    if (SHOTS) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: join(SHOTS, `quick-add-project-${scheme}.png`) });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }
    await page.keyboard.press('Enter');

    const card = column(page, 'Done').getByRole('article', { name: 'Garden log' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Started Mon, 2 Mar 2026');
    expect(await card.textContent()).toContain('Finished Mon, 2 Mar 2026');
    expect(await field.inputValue()).toBe('');
    expect(await focused(page)).toBe('New project in Done');
    await expect.poll(() => announcer(page).textContent()).toBe('Added project Garden log to Done.');
    await expect
      .poll(async () => {
        const plan = await saved();
        const id = plan.board.projects.done!.at(-1)!;
        return [plan.projects[id]?.text.name, plan.projects[id]?.custom, plan.projects[id]?.startedOn, plan.projects[id]?.finishedOn];
      })
      .toEqual(['Garden log', true, TODAY, TODAY]);

    // Escape closes the field, focus returns to its button, and the typed text comes back with it.
    await page.keyboard.type('Chess clock');
    await page.keyboard.press('Escape');
    await field.waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('Add project to Done');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('textbox', { name: 'New project in Done' }).inputValue()).toBe('Chess clock');
    expect(await column(page, 'Done').getByRole('article').count()).toBe(1);
  });

  it('refuses an empty name, a name another project has, and one over 120 characters, in plain words; nothing is added', async () => {
    app = await launchApp({ now: TODAY });
    const { page } = app;
    await page.getByRole('button', { name: 'Add project to Up next' }).click();
    const field = page.getByRole('textbox', { name: 'New project in Up next' });
    await page.keyboard.press('Enter');
    const alert = column(page, 'Up next').locator('..').getByRole('alert');
    expect(await alert.textContent()).toBe('Give the project a name.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');

    await field.fill('  weather forecast api ');
    await page.keyboard.press('Enter');
    expect(await alert.textContent()).toBe('Another project is already called "Weather Forecast API"; give this one a name of its own.');

    await field.fill('x'.repeat(125));
    await page.keyboard.press('Enter');
    expect(await alert.textContent()).toBe('The name can be at most 120 characters (it has 125).');
    // The text is all still there: nothing typed is cut off unasked.
    expect((await field.inputValue()).length).toBe(125);
    expect(await column(page, 'Up next').getByRole('article').count()).toBe(0);
    expect(Object.values((await saved()).projects).filter((p) => p.custom)).toEqual([]);
  });

  it('a column at its work-in-progress limit takes the new card and says so, as a drop does; each card stays one Tab stop', async () => {
    app = await launchApp({ now: TODAY });
    const { page } = app;
    await page.getByRole('button', { name: 'Add project to In progress' }).click();
    const field = page.getByRole('textbox', { name: 'New project in In progress' });
    for (const name of ['One', 'Two', 'Three']) {
      await field.fill(name);
      await page.keyboard.press('Enter');
      await column(page, 'In progress').getByRole('article', { name }).waitFor();
    }
    await expect.poll(() => announcer(page).textContent()).toBe('Added project Three to In progress.');
    await field.fill('Four');
    await page.keyboard.press('Enter');
    await column(page, 'In progress').getByRole('article', { name: 'Four' }).waitFor();
    await expect.poll(() => announcer(page).textContent()).toBe('Added project Four to In progress. In progress is over its work-in-progress limit: 4 cards, limit 3.');
    expect(await column(page, 'In progress').getByRole('article', { name: 'Four' }).textContent()).toContain('Started Mon, 2 Mar 2026');

    // Roving tabindex: from the first card's stop, Tab goes handle, menu, then the column's quick add.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Details of One' }).focus();
    const stops: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      stops.push(await focused(page));
    }
    expect(stops).toEqual(['Move project One', 'Actions for One', 'Add project to In progress', 'Review']); // then the next column's title (rename in place)
    expect(await page.getByRole('button', { name: 'Details of Two' }).getAttribute('tabindex')).toBe('-1');
  });
});
