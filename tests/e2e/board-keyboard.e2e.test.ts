import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../src/shared/default-plan';
import { loadCurriculumData } from '../../scripts/generate-stress-plan';
import { launchApp, type LaunchedApp } from './harness';

/** The shortcuts sheet and the undo message (issue 14), driven by the keyboard, found by role and name. */
let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const TODAY = '2026-04-20';

describe('shortcuts sheet', () => {
  it('opens on "?", lists every shortcut, and no shortcut fires while typing in a field', async () => {
    app = await launchApp({ now: TODAY });
    const { page } = app;
    const search = page.getByRole('searchbox', { name: 'Search cards' });
    await search.focus();
    await page.keyboard.type('?/');
    expect(await search.inputValue()).toBe('?/');
    expect(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count()).toBe(0);
    await search.fill('');

    await page.getByRole('tab', { name: 'Board' }).focus();
    await page.keyboard.press('Shift+Slash');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    const rows = await sheet.getByRole('rowheader').allTextContents();
    for (const keys of ['?', '/', 'Ctrl+Z (⌘Z)', 'Space', 'Enter or F2', 'Escape']) expect(rows).toContain(keys);
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });

    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search cards');
  });
});

describe('undo message', () => {
  it('names a project the learner renamed by their name, as its card does (tester 2 of s11)', async () => {
    const curriculum = loadCurriculumData();
    const plan = createDefaultPlan(curriculum, TODAY);
    const id = curriculum.projects.find((p) => p.name === 'Weather Forecast API')!.id;
    plan.projects[id] = { ...plan.projects[id]!, text: { name: 'Build the API first' } };
    const dataDir = await mkdtemp(join(tmpdir(), 'pp-undo-name-'));
    await writeFile(join(dataDir, 'planner.json'), JSON.stringify(plan));
    app = await launchApp({ dataDir, now: TODAY });
    const { page } = app;
    await page.getByRole('button', { name: 'Details of Build the API first' }).click();
    const dialog = page.getByRole('dialog', { name: 'Build the API first' });
    await dialog.getByRole('combobox', { name: 'Column' }).selectOption({ label: 'Up next' });
    await page.keyboard.press('Escape');
    await page.getByRole('status').filter({ hasText: 'Moved Build the API first to Up next.' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Moved Weather Forecast API' }).count()).toBe(0);
  });

  it('after a move says what moved, and its Undo button puts the card back', async () => {
    app = await launchApp({ now: TODAY });
    const { page } = app;
    await page.getByRole('button', { name: 'Details of Weather Forecast API' }).click();
    const dialog = page.getByRole('dialog', { name: 'Weather Forecast API' });
    await dialog.getByRole('combobox', { name: 'Column' }).selectOption({ label: 'Up next' });
    await page.keyboard.press('Escape');
    const message = page.getByRole('status').filter({ hasText: 'Moved Weather Forecast API to Up next.' });
    await message.waitFor();
    await expect.poll(() => page.getByRole('list', { name: 'Up next', exact: true }).getByRole('article').count()).toBe(1);
    await message.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Up next', exact: true }).getByRole('article').count()).toBe(0);
    await expect.poll(() => page.getByRole('list', { name: 'Backlog', exact: true }).getByRole('article', { name: 'Weather Forecast API' }).count()).toBe(1);
  });

  it('after archiving a step says so, with Undo', async () => {
    app = await launchApp({ now: TODAY });
    const { page } = app;
    await page.getByRole('button', { name: 'Details of Job Scraper' }).click();
    const dialog = page.getByRole('dialog', { name: 'Job Scraper' });
    const archive = dialog.getByRole('button', { name: /^Archive step / }).first();
    const name = (await archive.getAttribute('aria-label'))!.replace('Archive step ', '');
    await archive.click();
    await page.keyboard.press('Escape');
    const message = page.getByRole('status').filter({ hasText: `Archived step ${name}.` });
    await message.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Details of Job Scraper' }).click();
    await dialog.getByRole('button', { name: `Archive step ${name}` }).waitFor();
  });
});
