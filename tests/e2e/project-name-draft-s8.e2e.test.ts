import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';
import { planOnDisk } from './plan-on-disk';

/*
 * check5-s8 N5: in a project's details, a new name typed (no Enter) then ✕ Close: the panel closed
 * with no word, nothing on disk, the card unchanged. The typed words are kept as a draft
 * (`project-words:<id>`) and shown again on reopening; the panel now says so while they are unsaved.
 */

const CHATBOT = 'AI Chatbot';
const ID = 'ai-chatbot';
const TYPED = 'Helpdesk Bot — v2 (draft)';
const NOTE = 'Not saved yet. Closing this panel keeps your typing here as a draft; Save puts it in your plan.';
const POLL = { timeout: 20_000 };

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const panelOf = (page: Page, name: string) => page.getByRole('dialog', { name });
async function openDetails(page: Page, name: string) {
  await page.getByRole('button', { name: `Details of ${name}` }).click();
  const panel = panelOf(page, name);
  await panel.getByRole('textbox', { name: 'Project name' }).waitFor();
  return panel;
}

describe('a typed project name survives ✕ Close, and the panel says it is not saved yet (check5-s8 N5)', () => {
  it('type a new name, the panel tells it is a draft; Close; reopened, the exact typed text and the note are there; Save puts it on disk', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const { page } = app;
    const panel = await openDetails(page, CHATBOT);
    const save = panel.getByRole('button', { name: 'Save name, description and stack' });
    // Nothing typed: no note.
    expect(await panel.getByText(NOTE).count()).toBe(0);

    await panel.getByRole('textbox', { name: 'Project name' }).fill(TYPED);
    const note = panel.getByText(NOTE, { exact: true });
    await note.waitFor();
    // The Save button points at the note, for a screen reader's user.
    expect(await save.getAttribute('aria-describedby')).toBe(await note.getAttribute('id'));

    await panel.getByRole('button', { name: 'Close' }).click();
    await panel.waitFor({ state: 'detached' });
    // Not saved (as the note said): the card and the disk keep the old name.
    expect(await page.getByRole('button', { name: `Details of ${CHATBOT}` }).count()).toBe(1);
    expect((await planOnDisk(app)).projects[ID]?.text?.name).not.toBe(TYPED);

    const again = await openDetails(page, CHATBOT);
    expect(await again.getByRole('textbox', { name: 'Project name' }).inputValue()).toBe(TYPED);
    await again.getByText(NOTE, { exact: true }).waitFor();

    await again.getByRole('button', { name: 'Save name, description and stack' }).click();
    await page.getByRole('button', { name: `Details of ${TYPED}` }).waitFor(POLL);
    await expect.poll(async () => (await planOnDisk(app!)).projects[ID]?.text?.name, POLL).toBe(TYPED);
    // Saved: the note goes.
    await expect.poll(() => panelOf(page, TYPED).getByText(NOTE).count(), POLL).toBe(0);
  }, 120_000);
});
