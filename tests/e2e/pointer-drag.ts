import type { Locator, Page } from 'playwright-core';

/** A real pointer drag of `card` onto `target`: press, move in steps, release (shared by the board and browser-mode E2E). */
export async function pointerDrag(page: Page, card: Locator, target: Locator): Promise<void> {
  const from = (await card.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + 12);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + 20, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 30), { steps: 12 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 30) + 2, { steps: 2 });
  await page.mouse.up();
}
