import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const LIBRARY = 'Library Management System';
const POLL = { timeout: 15_000 };

describe('stack alternatives are a choice (issue 15)', () => {
  it('the card asks "Flask or Django?"; until chosen its chip reads "Flask / Django", then the choice', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const page = app.page;
    const card = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: `Details of ${LIBRARY}` }) });
    const chips = () => card.getByRole('list', { name: 'Stack' }).getByRole('listitem').allTextContents();
    await card.first().waitFor();
    expect(await chips()).toEqual(['Python', 'Flask / Django', 'SQLite']);

    await page.getByRole('button', { name: `Details of ${LIBRARY}` }).click();
    const panel = page.getByRole('dialog', { name: LIBRARY });
    const question = panel.getByRole('group', { name: 'Flask or Django?' });
    await question.waitFor();
    expect(await question.textContent()).toContain('Until then the scaffold uses Flask');
    await question.getByRole('radio', { name: 'Django' }).check();
    await expect.poll(() => panel.getByRole('list', { name: 'Stack' }).getByRole('listitem').allTextContents(), POLL).toEqual(['Python', 'Django', 'SQLite']);
    expect(app.services.store.plan.projects['library-management-system']!.stackChoices).toEqual({ 'Flask/Django': 'Django' });
    await page.keyboard.press('Escape');
    await expect.poll(chips, POLL).toEqual(['Python', 'Django', 'SQLite']);
  }, 120_000);
});
