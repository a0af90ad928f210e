import type { Locator, Page } from 'playwright-core';

/**
 * True while a mouse drag shows its drop line in the column (or lane column) whose card list is
 * `list`: the line is shown and spans that list (pointer-drag.ts draws it across the list).
 */
export const dropShownIn = (list: Locator) =>
  list.evaluate((ul) => {
    const line = document.querySelector<HTMLElement>('.drop-line');
    if (!line || line.hidden) return false;
    const a = line.getBoundingClientRect();
    const b = ul.getBoundingClientRect();
    return Math.abs(a.left - b.left) < 2 && Math.abs(a.right - b.right) < 2;
  });

/**
 * A real pointer drag of `card` into the container `target` (a column or a lane list): press,
 * move in steps, then hold over the target, nudging the pointer a pixel at a time, until the
 * target column shows the drop line; then release. That is what a person does: they let go once
 * they see where the card will land. It matters to the test too: on a loaded machine the moves
 * can arrive faster than frames, and the drop line follows the pointer once a frame.
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
  for (let nudge = 0; !(await dropShownIn(target)); nudge++) {
    if (nudge === 60) throw new Error(`The dragged card ${name} never showed its drop line in the target after 60 nudges of the pointer.`);
    await page.mouse.move(x + (nudge % 2), y + 2 + (nudge % 3), { steps: 1 });
    await page.waitForTimeout(250);
  }
  await page.mouse.up();
}
