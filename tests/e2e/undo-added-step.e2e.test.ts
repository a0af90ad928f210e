import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/shared/plan-schema';
import { launchApp, type LaunchedApp } from './harness';
import { announced, carryRight } from './keyboard-carry';

/*
 * Found by the review of issue 18 (session 5), as a user: add a step in a card's details, Undo, then
 * move a card and Undo again. The first Undo takes the step out of main's plan; the board's reply
 * did not name it, so the page kept it (on no lane), and the second Undo sent it back: main refused
 * the whole undo as an invalid plan, the card stayed moved and an error showed. Fixed by
 * `removedSteps` in board replies (domain/board-change.ts).
 */

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const WEATHER = 'Weather Forecast API';
const column = (page: Page, title: string) => page.getByRole('list', { name: title, exact: true });
const namesIn = (list: Locator) => list.getByRole('article').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')));
const savedPlan = async (dataDir: string) => JSON.parse(await readFile(join(dataDir, 'planner.json'), 'utf8')) as Plan;


describe('undo after undoing an added step', () => {
  it('a move made after undoing "add step" can itself be undone, and the page holds no step main removed', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const { page } = app;
    await expect.poll(() => column(page, 'Backlog').getByRole('article').count()).toBe(10);
    const original = await namesIn(column(page, 'Backlog'));

    await page.getByRole('button', { name: `Details of ${WEATHER}` }).click();
    const panel = page.getByRole('dialog', { name: WEATHER });
    await panel.waitFor();
    await panel.getByRole('textbox', { name: 'New step title' }).fill('Write the README');
    await panel.getByRole('button', { name: 'Add step' }).click();
    await expect.poll(() => panel.getByRole('textbox', { name: 'Step title: Write the README' }).count()).toBe(1);
    await panel.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => Object.values(app!.services.store.plan.steps).some((s) => s.title === 'Write the README')).toBe(false);

    await page.getByRole('button', { name: `Move project ${WEATHER}` }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => announced(page)).toContain(`Picked up project ${WEATHER}`);
    await carryRight(page, 'Up next');
    await page.keyboard.press('Space');
    await expect.poll(() => namesIn(column(page, 'Up next'))).toEqual([WEATHER]);
    await expect.poll(() => app!.services.store.plan.board.projects['up-next']).toEqual(['weather-forecast-api']);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => namesIn(column(page, 'Backlog'))).toEqual(original);
    await app.services.store.flush();
    expect((await savedPlan(app.dataDir)).board.projects['up-next']).toEqual([]);
    expect(await page.getByRole('alert').allTextContents().then((t) => t.join(' '))).not.toMatch(/invalid/);
  });
});
