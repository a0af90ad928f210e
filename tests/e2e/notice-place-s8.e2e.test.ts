import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';
import { announced, carryRight } from './keyboard-carry';

/*
 * Session 8 (CLOSING-s7, "Noticed, left alone"): the notice about an outside change appeared above
 * the view and pushed the board's toolbar down, so a click meant for Undo landed on the notice (the
 * full run of 14:13). Notices now sit below the view: the toolbar neither moves nor is covered.
 * Checked by bounding boxes at the desktop window's default size (1320×860, src/main/index.ts) and
 * at its narrowest (900×600), and in browser mode's narrow window (200 % zoom, ~700 px).
 */

const TOOLBAR = ['Projects', 'Steps', 'Undo', 'Redo', 'Archive', 'Add column', 'Shortcuts', 'Add project'];
const NOTICE = 'Your plan was changed outside Prep Planner';
const SHOTS = process.env.PREP_SHOTS_DIR; // set to keep screenshots (light and dark) of the notice

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The board toolbar's controls, by role and name, with their boxes on screen now. */
async function toolbarBoxes(page: Page): Promise<Array<[string, Box]>> {
  const controls = [...TOOLBAR.map((name) => page.getByRole('button', { name, exact: true })), page.getByRole('searchbox', { name: 'Search cards' })];
  const names = [...TOOLBAR, 'Search cards'];
  const boxes: Array<[string, Box]> = [];
  for (const [i, control] of controls.entries()) {
    const box = await control.boundingBox();
    expect(box, `${names[i]} is on screen`).not.toBeNull();
    boxes.push([names[i]!, box!]);
  }
  return boxes;
}

/**
 * Starts the app at window `size`, waits for the Backlog's ten cards and returns the page, the
 * Backlog list and the toolbar's boxes before anything happens (the app is kept in `app`).
 */
async function boardAt(size: { width: number; height: number }) {
  app = await launchApp({ now: '2026-03-02' });
  const { page } = app;
  await page.setViewportSize(size);
  const backlog = page.getByRole('list', { name: 'Backlog' });
  await expect.poll(() => backlog.getByRole('article').count()).toBe(10);
  return { launched: app, page, backlog, before: await toolbarBoxes(page) };
}

/** A sync tool replaces planner.json (one project moved), as in outside-edit.e2e.test.ts. */
async function changeOutside(target: LaunchedApp) {
  const path = join(target.dataDir, 'planner.json');
  const plan = JSON.parse(await readFile(path, 'utf8'));
  const [first, second] = plan.board.columns.map((c: { id: string }) => c.id);
  plan.board.projects[second].unshift(plan.board.projects[first].shift());
  await writeFile(`${path}.sync-tmp`, JSON.stringify(plan, null, 2));
  await rename(`${path}.sync-tmp`, path);
}

describe('the outside-change notice never covers or moves the board toolbar (s8)', () => {
  for (const size of [
    { width: 1320, height: 860 },
    { width: 900, height: 600 },
    { width: 700, height: 700 },
  ]) {
    it(`at ${size.width}×${size.height}: every toolbar control keeps its place and no notice overlaps it`, async () => {
      const { launched, page, backlog, before } = await boardAt(size);

      await changeOutside(launched);
      const notice = page.getByRole('alert', { name: NOTICE });
      await notice.waitFor({ timeout: 15_000 });
      await expect.poll(() => backlog.getByRole('article').count(), { timeout: 15_000 }).toBe(9);
      const noticeBox = (await notice.boundingBox())!;
      const dismissBox = (await notice.getByRole('button', { name: 'Dismiss' }).boundingBox())!;
      expect(noticeBox.height).toBeGreaterThan(0);

      const after = await toolbarBoxes(page);
      expect(after).toEqual(before);
      for (const [name, box] of after) {
        expect(overlaps(box, noticeBox), `${name} is not covered by the notice`).toBe(false);
      }
      // The notice itself stays usable: its Dismiss button is inside the window.
      expect(dismissBox.y + dismissBox.height).toBeLessThanOrEqual(size.height);

      if (SHOTS) {
        await mkdir(SHOTS, { recursive: true });
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.screenshot({ path: join(SHOTS, `notice-${size.width}x${size.height}-${scheme}.png`) });
        }
      }
    }, 120_000);
  }
});

/*
 * check5-s8 N2: the red error bar of a failed action still came above the view, pushing the toolbar
 * down 64 px so it sat where Undo had been. It now shows in the same band below the view.
 */
describe('the error bar of a failed action never covers or moves the board toolbar (check5-s8 N2)', () => {
  const WEATHER = 'Weather Forecast API';
  const REFUSAL = 'The card could not be moved: the disk is full.';
  for (const size of [
    { width: 1320, height: 860 },
    { width: 900, height: 600 },
  ]) {
    it(`at ${size.width}×${size.height}: a refused card move shows its alert below the view; every toolbar control keeps its place`, async () => {
      const { launched, page, before } = await boardAt(size);

      const moves = launched.holdReplies('board:move-project');
      await page.getByRole('button', { name: `Move project ${WEATHER}` }).focus();
      await page.keyboard.press('Space');
      await expect.poll(() => announced(page)).toContain(`Picked up project ${WEATHER}`);
      await carryRight(page, 'Up next');
      await page.keyboard.press('Space');
      await moves.arrived();
      moves.refuse(REFUSAL);

      const bar = page.getByRole('alert').filter({ hasText: REFUSAL });
      await bar.waitFor({ timeout: 15_000 });
      // Its words are main's, as before; only its place changed.
      expect((await bar.textContent())?.trim()).toBe(`${REFUSAL}Dismiss`);
      const barBox = (await bar.boundingBox())!;
      expect(barBox.height).toBeGreaterThan(0);
      // Below the view: under the main landmark, inside the window.
      const mainBox = (await page.getByRole('main').boundingBox())!;
      expect(barBox.y).toBeGreaterThanOrEqual(mainBox.y + mainBox.height - 1);
      expect(barBox.y + barBox.height).toBeLessThanOrEqual(size.height);

      // The keyboard carry scrolls the view to the card it moves; the toolbar's place is judged with
      // the view scrolled back to the top, where it was measured before.
      await page.evaluate(() => document.querySelector('main')!.scrollTo(0, 0));
      const after = await toolbarBoxes(page);
      expect(after).toEqual(before);
      for (const [name, box] of after) {
        expect(overlaps(box, barBox), `${name} is not covered by the error bar`).toBe(false);
      }
      if (SHOTS) {
        await mkdir(SHOTS, { recursive: true });
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.screenshot({ path: join(SHOTS, `error-bar-${size.width}x${size.height}-${scheme}.png`) });
        }
      }
      // Dismiss still works from its new place.
      await bar.getByRole('button', { name: 'Dismiss' }).click();
      await expect.poll(() => bar.count()).toBe(0);
      expect(await toolbarBoxes(page)).toEqual(before);
    }, 120_000);
  }
});
