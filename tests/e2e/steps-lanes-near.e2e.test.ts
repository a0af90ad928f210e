import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { generateStressPlan, loadCurriculumData } from '../../scripts/generate-stress-plan';
import { launchApp, type LaunchedApp } from './harness';

/*
 * The Steps view mounts a lane's drag-and-drop only once the lane comes close to the viewport
 * (use-near-viewport.ts). Since 2026-12-01 it hears that from the browser's own
 * content-visibility tracking (the lane is `content-visibility: auto`), not from an
 * IntersectionObserver per lane: a lane far down must still mount when the user gets to it,
 * whether by scrolling or by Tab, and the lanes far away must still wait. While a pointer drag
 * holds the page still, the lanes the browser skips as off screen are not tracked at all
 * (board.css `drag-still`), and the first scroll tracks them again.
 */

let app: LaunchedApp | undefined;
const currentApp = () => app!;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The 200-project stress plan's Steps view, with its 200 lanes listed; returns the page and the lanes. */
async function stepsOfStressPlan() {
  const dataDir = await mkdtemp(join(tmpdir(), 'pp-lanes-near-'));
  const plan = generateStressPlan(loadCurriculumData(), { today: '2026-09-01' });
  await writeFile(join(dataDir, 'planner.json'), JSON.stringify(plan));
  app = await launchApp({ dataDir, now: '2026-09-01' });
  const { page } = app;
  await page.getByRole('article').first().waitFor();
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Steps', exact: true }).click();
  const lanes = page.getByRole('region', { name: /^Steps of / });
  await expect.poll(() => lanes.count()).toBe(200);
  return { page, lanes };
}

/** A mouse press on `card`, carried past the activation distance with the button held: the card is lifted. */
async function holdCard(page: Page, card: Locator) {
  const box = (await card.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 12);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 10, box.y + 4, { steps: 3 });
  await expect.poll(() => card.evaluate((el) => el.hasAttribute('data-dragging'))).toBe(true);
}

describe('Steps view lanes on a 200-project plan', () => {
  it('mounts the lanes near the top at once, a far lane only once it is scrolled to, and its cards then drag', async () => {
    const { page, lanes } = await stepsOfStressPlan();
    const first = lanes.first();
    await expect.poll(() => first.getByRole('article').count()).toBeGreaterThan(0);
    // Far fewer than 200 lanes hold cards: the rest wait as placeholders.
    const mounted = () => lanes.evaluateAll((all) => all.filter((lane) => lane.querySelector('article')).length);
    await expect.poll(mounted).toBeGreaterThan(0);
    expect(await mounted()).toBeLessThan(40);

    const far = lanes.nth(150);
    expect(await far.getByRole('article').count()).toBe(0);
    await far.scrollIntoViewIfNeeded();
    await expect.poll(() => far.getByRole('article').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // Its cards are the board's own: a keyboard pick-up speaks for this lane's step.
    const card = far.getByRole('article').first();
    await card.getByRole('button', { name: /^Move step / }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('status').allTextContents().then((t) => t.join(' '))).toMatch(/Picked up step/);
    await page.keyboard.press('Escape');
  });

  it('mounts a far lane that the keyboard reaches with Tab (its header is always there)', async () => {
    const { lanes } = await stepsOfStressPlan();
    const far = lanes.nth(120);
    expect(await far.getByRole('article').count()).toBe(0);
    // Focus moves to the lane's Details button, which scrolls it into view, as Tab would.
    await far.getByRole('button', { name: 'Details' }).focus();
    await expect.poll(() => far.getByRole('article').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('stops tracking the off-screen lanes while a card is held still, tracks them again once anything scrolls, and nothing on the page moves meanwhile', async () => {
    const { page, lanes } = await stepsOfStressPlan();
    const first = lanes.first();
    await expect.poll(() => first.getByRole('article').count()).toBeGreaterThan(0);
    // The browser says which lanes it skips: the far ones, never the first (on screen).
    await expect.poll(() => lanes.nth(150).getAttribute('data-offscreen')).toBe('');
    expect(await first.getAttribute('data-offscreen')).toBeNull();
    /** How each lane is rendered now ('auto' or 'hidden'), and where the last one lies in the page. */
    const look = () =>
      page.evaluate(() => {
        const all = Array.from(document.querySelectorAll<HTMLElement>('section.lane'));
        const kinds = all.map((lane) => getComputedStyle(lane).contentVisibility);
        return { hidden: kinds.filter((k) => k === 'hidden').length, firstKind: kinds[0], lastTop: all[all.length - 1]!.offsetTop, height: document.querySelector('main')!.scrollHeight };
      });
    const before = await look();
    expect(before.hidden).toBe(0);

    const card = first.getByRole('article').first();
    await holdCard(page, card);
    const held = await look();
    // Far lanes are skipped without being tracked; the lane the card is in is not; the page keeps
    // every lane's size and place.
    expect(held.hidden).toBeGreaterThan(150);
    expect(held.firstKind).toBe('auto');
    expect({ lastTop: held.lastTop, height: held.height }).toEqual({ lastTop: before.lastTop, height: before.height });

    // A scroll mid-drag may bring a skipped lane into sight: from then on every lane is tracked.
    await page.evaluate(() => document.querySelector('main')!.scrollBy(0, 40));
    await expect.poll(async () => (await look()).hidden).toBe(0);
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await expect.poll(() => card.evaluate((el) => el.hasAttribute('data-dragging'))).toBe(false);
    expect((await look()).hidden).toBe(0);
  });

  it('leaves every lane tracked when a held card is let go without a scroll', async () => {
    const { page, lanes } = await stepsOfStressPlan();
    const card = lanes.first().getByRole('article').first();
    await card.waitFor();
    await holdCard(page, card);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('section.lane').length - document.querySelectorAll('section.lane:not([data-offscreen])').length)).toBeGreaterThan(150);
    const hidden = () => page.evaluate(() => Array.from(document.querySelectorAll('section.lane')).filter((lane) => getComputedStyle(lane).contentVisibility === 'hidden').length);
    expect(await hidden()).toBeGreaterThan(150);
    await page.mouse.up();
    expect(await hidden()).toBe(0);
  });

  it('renders a lane that another window\'s edit brings on screen while a card is held still', async () => {
    const { page } = await stepsOfStressPlan();
    // By CSS, not by role: a lane left unrendered is out of the accessibility tree too.
    const lanes = page.locator('section.lane');
    const card = lanes.first().getByRole('article').first();
    await card.waitFor();
    await holdCard(page, card);
    /** Lanes on screen that are not rendered now. */
    const blankOnScreen = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('section.lane')).filter((lane) => {
          const r = lane.getBoundingClientRect();
          return r.bottom > 0 && r.top < innerHeight && getComputedStyle(lane).contentVisibility === 'hidden';
        }).length,
      );
    expect(await blankOnScreen()).toBe(0);
    // Another window collapses every other lane: lanes from far down the page move up into sight.
    const app = currentApp();
    const held = app.services.store.plan.steps[(await card.getAttribute('data-drag-id'))!]!.projectId;
    const others = Object.values(app.services.store.plan.board.projects).flat().filter((id) => id !== held);
    await app.services.store.update((plan) => {
      plan.board.collapsedLanes = others;
    });
    await expect.poll(() => lanes.nth(1).evaluate((lane) => lane.classList.contains('collapsed')), { timeout: 10_000 }).toBe(true);
    await expect.poll(blankOnScreen).toBe(0);
    await page.keyboard.press('Escape');
    await page.mouse.up();
  });
});
