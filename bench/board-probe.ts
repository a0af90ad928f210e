import type { Locator, Page } from 'playwright-core';

/*
 * How the benchmark finds the board, by role and name as the tests do. dnd-kit marks every
 * draggable with `aria-roledescription`, which tells a draggable card from a read-only one.
 */

/** The project board's column: step lanes reuse the column titles and come later in the page. */
export const column = (page: Page, title: string): Locator => page.getByRole('list', { name: title, exact: true }).first();
export const draggableCards = (list: Locator): Locator => list.locator('[aria-roledescription]');
export const anyCards = (list: Locator): Locator => list.getByRole('article');

/** True once the page shows a drag in progress (a mouse drag's lifted card, dnd-kit's pressed state, or a live announcement). */
export function dragActiveNow(): number | null {
  const pressed = document.querySelector('[aria-roledescription][aria-pressed="true"], [data-dragging="true"]');
  const regions = Array.from(document.querySelectorAll('[id^="DndLiveRegion"]'));
  const announced = regions.some((r) => /picked up|lifted|grabbed/i.test(r.textContent ?? ''));
  return pressed || announced ? performance.now() : null;
}

/** True once no drag is in progress. */
export function dragIdleNow(): boolean {
  return !document.querySelector('[aria-roledescription][aria-pressed="true"], [data-dragging="true"]');
}

/** Whether this build's board has drag and drop at all (the placeholder board had none). */
export async function boardHasDnd(page: Page): Promise<boolean> {
  await page.locator('[aria-roledescription], article').first().waitFor({ timeout: 30_000 });
  return (await page.locator('[aria-roledescription]').count()) > 0;
}

/** What dnd-kit's live region last announced (the board names the column a card is over). */
export function liveTextNow(): string {
  return Array.from(document.querySelectorAll('[id^="DndLiveRegion"]'))
    .map((r) => r.textContent ?? '')
    .join(' ');
}

const overColumn = (text: string) => /over column ([^,.]+)/.exec(text)?.[1]?.trim() ?? null;

/**
 * Presses `key` until the lifted card is announced over `title`. A keyboard move lands where
 * dnd-kit's coordinate getter says, which may take more than one press per column; the benchmark
 * measures carrying the card there, not the getter's step size.
 */
export async function carryTo(page: Page, key: 'ArrowRight' | 'ArrowLeft', title: string, maxPresses = 12): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses++) {
    const before = await page.evaluate(liveTextNow);
    await page.keyboard.press(key);
    await page
      .waitForFunction((b) => Array.from(document.querySelectorAll('[id^="DndLiveRegion"]')).map((r) => r.textContent ?? '').join(' ') !== b, before, { polling: 'raf', timeout: 1_000 })
      .catch(() => undefined);
    if (overColumn(await page.evaluate(liveTextNow)) === title) return presses;
  }
  throw new Error(`${key} ×${maxPresses} never carried the card over column ${title} (last announcement: ${await page.evaluate(liveTextNow)})`);
}

/**
 * Focuses a card's drag handle and presses Space until the board shows the drag; returns the page
 * time of the first frame showing it. Retries because a key can land while the page is busy
 * re-rendering after the previous drop; fails with a screenshot to look at.
 */
export async function liftCard(page: Page, card: Locator, attempts = 3): Promise<number> {
  for (let i = 0; i < attempts; i++) {
    await card.focus();
    await page.keyboard.press('Space');
    const shown = await page
      .waitForFunction(dragActiveNow, null, { polling: 'raf', timeout: 2_000 })
      .then((h) => h.jsonValue() as Promise<number>, () => null);
    if (shown !== null) return shown;
  }
  const shot = `/tmp/prep-planner-bench-lift-failed-${Date.now()}.png`;
  await page.screenshot({ path: shot }).catch(() => undefined);
  throw new Error(`Space on ${(await card.getAttribute('aria-label')) ?? 'the card'} never showed a drag (${attempts} tries; screenshot ${shot})`);
}

/** Presses Escape until no drag is shown (a key can land while the page is busy). */
export async function cancelDrag(page: Page, attempts = 3): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    await page.keyboard.press('Escape');
    const idle = await page.waitForFunction(dragIdleNow, null, { polling: 'raf', timeout: 2_000 }).then(() => true, () => false);
    if (idle) return;
  }
  throw new Error(`Escape never ended the drag (${attempts} tries)`);
}

/**
 * Scrolls the page and every scrolled box back to the top-left, then lets a virtualised column
 * render its first cards: each measured drag starts from the same place.
 */
export async function scrollBoardToTop(page: Page): Promise<void> {
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    for (const el of Array.from(document.querySelectorAll('*'))) {
      if (el.scrollTop > 0) el.scrollTop = 0;
      if (el.scrollLeft > 0) el.scrollLeft = 0;
    }
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
  });
}
