import type { Locator, Page } from 'playwright-core';

/**
 * A real pointer drag of `card` into the container `target` (a column or a lane list): press,
 * move in steps, then hold over the target, nudging the pointer a pixel at a time, until the
 * card's placeholder shows inside it; then release. That is what a person does: they let go once
 * they see the gap. It matters to the test too: dnd-kit reads the drop target from its last
 * render and measures the drop areas once a drag starts, so on a loaded machine the first moves
 * can arrive before it is ready, and a release sent too early drops the card where it last was.
 * Shared by the board and browser-mode E2E.
 */
export async function pointerDrag(page: Page, card: Locator, target: Locator): Promise<void> {
  const name = (await card.getAttribute('aria-label'))!;
  const from = (await card.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + 12);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + 20, { steps: 3 });
  const to = (await target.boundingBox())!;
  const x = to.x + to.width / 2;
  const y = to.y + Math.min(to.height / 2, 30);
  await page.mouse.move(x, y, { steps: 12 });
  const placeholder = target.locator(`article.is-placeholder[aria-label=${JSON.stringify(name)}]`);
  for (let nudge = 0; (await placeholder.count()) === 0; nudge++) {
    if (nudge === 60) throw new Error(`The dragged card ${name} never showed in the target after 60 nudges of the pointer.`);
    await page.mouse.move(x + (nudge % 2), y + 2 + (nudge % 3), { steps: 1 });
    await page.waitForTimeout(250);
  }
  // One more frame, so dnd-kit's layout effect has stored the render that showed it.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.mouse.up();
}
