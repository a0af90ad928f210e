import { afterEach, describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../src/shared/plan-limits';
import { launchApp, type LaunchedApp } from './harness';
import { recordAnnouncements, spoken } from './announcements';

/*
 * Session 8 (CLOSING-s7, "Noticed, left alone"): a limit message that updates as the user types
 * was announced again on each keystroke while over the limit. It is announced when it first shows,
 * when it changes meaning, and when it is fixed; its visible figures still update.
 */

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const notesMessage = (length: number) =>
  `These notes: ${length.toLocaleString('en-US')} characters, and the limit is ${TEXT_LIMITS.projectNotes.toLocaleString('en-US')}. All of it is kept here, but it is not saved until it is ${length - TEXT_LIMITS.projectNotes} ${length - TEXT_LIMITS.projectNotes === 1 ? 'character' : 'characters'} shorter.`;

describe('a limit message is announced once, not per keystroke (s8)', () => {
  it('project notes: over the limit → spoken once; three more keys → the text updates, nothing spoken; back within → "fixed" once', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const { page } = app;
    await page.getByRole('button', { name: 'Details of Job Scraper' }).click();
    const panel = page.getByRole('dialog', { name: 'Job Scraper' });
    const notes = panel.getByRole('textbox', { name: 'Notes', exact: true });
    await notes.fill('');
    await notes.click();
    await page.keyboard.insertText('n'.repeat(TEXT_LIMITS.projectNotes));
    await recordAnnouncements(page);
    const alert = panel.getByRole('alert').filter({ hasText: 'the limit is' });

    await page.keyboard.type('a');
    await expect.poll(() => alert.textContent()).toBe(notesMessage(TEXT_LIMITS.projectNotes + 1));
    for (const key of 'bcd') await page.keyboard.type(key);
    await expect.poll(() => alert.textContent()).toBe(notesMessage(TEXT_LIMITS.projectNotes + 4));
    expect(await spoken(page)).toEqual([notesMessage(TEXT_LIMITS.projectNotes + 1)]);

    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Backspace');
    await alert.waitFor({ state: 'detached' });
    await expect.poll(() => spoken(page)).toEqual([notesMessage(TEXT_LIMITS.projectNotes + 1), 'These notes: fixed.']);
  });

  it('a column title over its limit: the message after Enter is spoken once; more keys update it unspoken; fixed → spoken once', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const { page } = app;
    await page.getByRole('button', { name: 'Backlog', exact: true }).focus();
    await page.keyboard.press('Enter');
    const field = page.getByRole('textbox', { name: 'Title of column Backlog' });
    await field.fill('t'.repeat(TEXT_LIMITS.columnTitle + 1));
    await recordAnnouncements(page);
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'the limit is' });
    await expect.poll(() => alert.textContent()).toMatch(/^The title: 61 characters/);
    await page.keyboard.type('xy');
    await expect.poll(() => alert.textContent()).toMatch(/^The title: 63 characters/);
    const first = await spoken(page);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(/^The title: 61 characters/);

    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Backspace');
    await alert.waitFor({ state: 'detached' });
    await expect.poll(() => spoken(page)).toEqual([first[0], 'The title: fixed.']);
    expect(await field.inputValue()).toBe('t'.repeat(TEXT_LIMITS.columnTitle));
  });
});
