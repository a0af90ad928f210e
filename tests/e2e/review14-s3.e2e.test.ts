import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { focused } from './focused';
import { launchApp, type LaunchedApp } from './harness';

/** Faults found re-running issue 14's cases and nearby variants (review, session 3). */
let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});
const TODAY = '2026-04-20';
const spoken = (page: Page) => page.getByRole('status').allTextContents().then((t) => t.join(' | '));

/** How many lines an element's text takes (distinct line tops of its text's boxes). */
const linesOf = (page: Page, role: 'heading', name: string) =>
  page.getByRole(role, { name, exact: true }).first().evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  });

describe('review 14 (session 3)', () => {
  it('at 200 % zoom (a 1400×900 window: 700×450 CSS px) the over-limit column header stays on one line', async () => {
    app = await launchApp({ now: TODAY });
    await app.services.store.update((plan) => {
      plan.board.columns.find((c) => c.id === 'in-progress')!.wipLimit = 1;
      plan.board.projects['in-progress']!.push(...plan.board.projects.backlog!.splice(0, 2));
    });
    await app.reload();
    const { page } = app;
    // 700×450 is 200 % of 1400×900; 512×350 is 200 % of 1024×700.
    for (const size of [{ width: 700, height: 450 }, { width: 512, height: 350 }]) {
      await page.setViewportSize(size);
      await page.getByRole('heading', { name: 'In progress', exact: true }).waitFor();
      expect(await linesOf(page, 'heading', 'In progress')).toBe(1);
    }
  });

  it('at 1024×700 a card title never breaks inside a word ("Movie Recommendation System")', async () => {
    app = await launchApp({ now: TODAY });
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 700 });
    const word = await page.getByRole('article', { name: 'Movie Recommendation System' }).evaluate((card) => {
      const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
      let text: Node | null = walker.nextNode();
      while (text && !text.textContent!.includes('Recommendation')) text = walker.nextNode();
      const at = text!.textContent!.indexOf('Recommendation');
      const range = document.createRange();
      range.setStart(text!, at);
      range.setEnd(text!, at + 'Recommendation'.length);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    });
    expect(word).toBe(1);
  });

  it('Undo in the message after a move leaves focus on the moved card (a control that stays), not on a heading', async () => {
    app = await launchApp({ now: TODAY });
    const { page } = app;
    await page.getByRole('button', { name: 'Actions for Chat Application' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Move to bottom' }).click();
    const undo = page.getByRole('status').getByRole('button', { name: 'Undo' });
    await undo.waitFor();
    await undo.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => spoken(page)).toContain('Undone');
    await expect.poll(() => focused(page)).toMatch(/Chat Application/);
  });

  it('Dismiss in the move message leaves focus on a visible control, not the visually hidden "Board" heading', async () => {
    app = await launchApp({ now: TODAY });
    const { page } = app;
    await page.getByRole('button', { name: 'Actions for Chat Application' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Move to top' }).click();
    const dismiss = page.getByRole('status').getByRole('button', { name: 'Dismiss message' });
    await dismiss.waitFor();
    await dismiss.focus();
    await page.keyboard.press('Enter');
    await dismiss.waitFor({ state: 'detached' });
    // The message hands focus back a frame after it goes (UndoToast: rAF, then a task), so the test
    // waits for it to land; on a loaded machine it may not have landed yet when the message is gone.
    const where = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        return { tag: el.tagName, visible: box.width > 1 && box.height > 1 };
      });
    await expect.poll(where, { timeout: 10_000 }).toEqual({ tag: 'BUTTON', visible: true });
  });

  it('a move past a work-in-progress limit through the card menu is announced', async () => {
    app = await launchApp({ now: TODAY });
    await app.services.store.update((plan) => {
      plan.board.columns.find((c) => c.id === 'in-progress')!.wipLimit = 1;
      plan.board.projects['in-progress']!.push(...plan.board.projects.backlog!.splice(0, 1));
    });
    await app.reload();
    const { page } = app;
    await page.getByRole('button', { name: 'Actions for Job Scraper' }).click();
    await page.getByRole('menuitem', { name: 'Move to', exact: true }).click();
    await page.getByRole('menu', { name: 'Move to column' }).getByRole('menuitem', { name: /In progress/ }).click();
    await expect.poll(() => spoken(page)).toContain('In progress is over its work-in-progress limit: 2 cards, limit 1.');
  });
});
