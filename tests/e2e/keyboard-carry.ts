import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What dnd-kit's live region last told a screen reader (every status region's text, joined). */
export const announced = (page: Page) => page.getByRole('status').allTextContents().then((texts) => texts.filter((t) => t.trim()).join(' '));

/**
 * Presses ArrowRight until the lifted card is announced over `title`. dnd-kit starts listening for
 * arrows a tick after the pick-up, so a press sent at once can go unheard and is simply repeated.
 * Throws, with what was last announced, when four presses do not get it there.
 */
export async function carryRight(page: Page, title: string): Promise<void> {
  for (let press = 0; press < 4; press++) {
    const before = await announced(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((b) => Array.from(document.querySelectorAll('[id^="DndLiveRegion"]')).map((r) => r.textContent).join(' ') !== b, before, { timeout: 1_000 }).catch(() => undefined);
    if ((await announced(page)).includes(`over column ${title}`)) return;
  }
  throw new Error(`the card never reached ${title}: ${await announced(page)}`);
}

/**
 * Moves project card `name` by keyboard as a user would: focus its move handle, Space (waits for
 * "Picked up"), carry it right over each of `columns` in turn, Space to drop it in the last one.
 * The caller waits for what the drop should change (on disk or on screen).
 */
export async function moveProjectByKeyboard(page: Page, name: string, columns: readonly string[]): Promise<void> {
  await page.getByRole('button', { name: `Move project ${name}` }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => announced(page)).toContain(`Picked up project ${name}`);
  for (const title of columns) await carryRight(page, title);
  await page.keyboard.press('Space');
}
