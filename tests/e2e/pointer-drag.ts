import type { Locator, Page } from 'playwright-core';

/**
 * A real pointer drag of `card` into the container `target` (a column or a lane list): press,
 * move in steps, hold still until the card's placeholder shows inside the target, release.
 * Holding still is what a person does before letting go; it also matters to the test: dnd-kit
 * reads the drop target from its last render, and a release sent while a render is still
 * queued (a loaded CI machine) would drop the card where that stale render had it.
 * Shared by the board and browser-mode E2E.
 */
export async function pointerDrag(page: Page, card: Locator, target: Locator): Promise<void> {
  const name = (await card.getAttribute('aria-label'))!;
  const from = (await card.boundingBox())!;
  const to = (await target.boundingBox())!;
  const x = to.x + to.width / 2;
  const y = to.y + Math.min(to.height / 2, 30);
  await page.mouse.move(from.x + from.width / 2, from.y + 12);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + 20, { steps: 3 });
  await page.mouse.move(x, y, { steps: 12 });
  await page.mouse.move(x, y + 2, { steps: 2 });
  const placeholder = target.locator(`article.is-placeholder[aria-label=${JSON.stringify(name)}]`);
  await placeholder.waitFor({ state: 'attached', timeout: 10_000 });
  // One more frame, so dnd-kit's layout effect has stored the render that showed it.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.mouse.up();
}
