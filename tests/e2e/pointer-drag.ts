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
  const press = { x: from.x + from.width / 2, y: from.y + 12 };
  await page.mouse.move(press.x, press.y);
  await page.mouse.down();
  // Past the activation distance towards the upper right, not down: a downward wobble of a card
  // pressed in the window's bottom fifth scrolls the page (edge autoscroll goes the way the pointer
  // last moved), and the board would move under the rest of the drag.
  await page.mouse.move(press.x + 10, press.y - 8, { steps: 3 });
  // The card lifts (pointer-drag.ts marks it data-dragging) before it is carried anywhere. If it
  // does not, say what the press met, not only that no drop line came.
  const lifted = await card.evaluate((el) => el.hasAttribute('data-dragging')).catch(() => false);
  if (!lifted) {
    await page.waitForTimeout(500);
    if (!(await card.evaluate((el) => el.hasAttribute('data-dragging')).catch(() => false))) {
      const met = await page.evaluate(({ x, y }) => {
        const el = document.elementFromPoint(x, y);
        return el ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"` : 'nothing';
      }, press);
      const now = await card.boundingBox();
      throw new Error(`The mouse press on ${name} did not lift it: at (${press.x}, ${press.y}) it met ${met}; the card was at y ${from.y}, now at y ${now?.y ?? 'gone'}.`);
    }
  }
  // Where the target is now. A card lifted near the window's edge scrolls the page (pointer-drag.ts),
  // so the target can move while the card is carried: each step aims at where it is then, as a
  // person follows the column with the eye. (Aimed once, from a box read while the page scrolled,
  // the pointer could end above the board and wait there: a flake seen 2026-12-01.)
  const aim = async () => {
    const to = (await target.boundingBox())!;
    return { x: to.x + to.width / 2, y: to.y + Math.min(to.height / 2, 30) };
  };
  const first = await aim();
  await page.mouse.move(first.x, first.y, { steps: 12 });
  // Let go once the line has shown in the target on two looks in a row with the page still: a line
  // seen for one frame while the page scrolls by is not where the card will land (tester 2, s11).
  const scrolled = () => page.evaluate(() => document.querySelector('main')?.scrollTop ?? 0);
  let seen: number | null = null;
  for (let nudge = 0; ; nudge++) {
    const at = (await dropShownIn(target)) ? await scrolled() : null;
    if (at !== null && at === seen) break;
    seen = at;
    if (nudge === 60) throw new Error(`The dragged card ${name} never showed its drop line in the target after 60 nudges of the pointer.`);
    const { x, y } = await aim();
    await page.mouse.move(x + (nudge % 2), y + 2 + (nudge % 3), { steps: 1 });
    await page.waitForTimeout(250);
  }
  await page.mouse.up();
}
