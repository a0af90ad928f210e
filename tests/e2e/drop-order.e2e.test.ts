import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const LIBRARY = 'Library Management System';
const column = (page: Page, title: string) => page.getByRole('list', { name: title, exact: true });
const announced = (page: Page) => page.getByRole('status').allTextContents().then((texts) => texts.filter((t) => t.trim()).join(' '));

/**
 * Issue 18 (s5): a drop's change must leave for main before the board re-renders, so saving never
 * waits for a render. Watches the board (`main`) with a MutationObserver and, when the change is
 * handed to the transport, takes the records made since the drop key: there must be none yet.
 * Order only, no time. (Measured in s5: the send already came first; this keeps it so.)
 */
async function watchDrop(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __prepPlannerInvoke(c: string, r: unknown): Promise<unknown>; __drop: { armed: boolean; atSend: number[]; after: number } };
    const log = { armed: false, atSend: [] as number[], after: 0 };
    w.__drop = log;
    const board = document.querySelector('main')!;
    const observer = new MutationObserver((records) => void (log.after += records.length));
    observer.observe(board, { subtree: true, childList: true, attributes: true, characterData: true });
    window.addEventListener('keydown', (e) => {
      if (e.code !== 'Space' || !log.armed) return;
      observer.takeRecords();
      log.after = 0;
    }, true);
    const send = w.__prepPlannerInvoke;
    w.__prepPlannerInvoke = (channel, request) => {
      if (log.armed && channel.startsWith('board:')) log.atSend.push(observer.takeRecords().length + log.after);
      return send(channel, request);
    };
  });
}

describe('drop order', () => {
  it('a keyboard drop hands the move to main before the board changes on screen, then shows it', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const { page } = app;
    await expect.poll(() => column(page, 'Backlog').getByRole('article').count()).toBe(10);
    await watchDrop(page);
    await page.getByRole('button', { name: `Move project ${LIBRARY}` }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => announced(page)).toContain(`Picked up project ${LIBRARY}`);
    for (let press = 0; press < 4 && !(await announced(page)).includes('over column Up next'); press++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(150);
    }
    expect(await announced(page)).toContain('over column Up next');
    await page.evaluate(() => void ((window as unknown as { __drop: { armed: boolean } }).__drop.armed = true));
    await page.keyboard.press('Space');
    await expect.poll(() => column(page, 'Up next').getByRole('article', { name: LIBRARY }).count()).toBe(1);
    const log = await page.evaluate(() => (window as unknown as { __drop: { atSend: number[]; after: number } }).__drop);
    expect(log.atSend).toEqual([0]);
    expect(log.after).toBeGreaterThan(0);
    await app.services.store.flush();
    expect(app.services.store.plan.board.projects['up-next']).toEqual(['library-management-system']);
  });
});
