import type { Page } from 'playwright-core';

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
