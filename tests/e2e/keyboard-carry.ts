import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What dnd-kit's live region last told a screen reader (every status region's text, joined). */
export const announced = (page: Page) => page.getByRole('status').allTextContents().then((texts) => texts.filter((t) => t.trim()).join(' '));

/**
 * Presses `key` (ArrowRight by default) until the lifted card is announced over `title`. dnd-kit
 * starts listening for arrows a tick after the pick-up, so a press sent at once can go unheard and
 * is simply repeated. Throws, with what was last announced, when `presses` presses do not get it there.
 */
export async function carry(page: Page, key: 'ArrowRight' | 'ArrowLeft', title: string, presses = 4): Promise<void> {
  // dnd-kit's own region, compared with itself: the page's other status regions (a mouse drag's
  // words, the undo message) must not make a press look answered before dnd-kit has spoken.
  const dndText = () => page.evaluate(() => Array.from(document.querySelectorAll('[id^="DndLiveRegion"]')).map((r) => r.textContent).join(' '));
  for (let press = 0; press < presses; press++) {
    const before = await dndText();
    await page.keyboard.press(key);
    await page.waitForFunction((b) => Array.from(document.querySelectorAll('[id^="DndLiveRegion"]')).map((r) => r.textContent).join(' ') !== b, before, { timeout: 1_500 }).catch(() => undefined);
    if ((await announced(page)).includes(`over column ${title}`)) return;
  }
  throw new Error(`the card never reached ${title}: ${await announced(page)}`);
}

/** `carry` to the right, up to four presses. */
export const carryRight = (page: Page, title: string) => carry(page, 'ArrowRight', title);

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
