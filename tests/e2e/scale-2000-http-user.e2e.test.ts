import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/shared/plan-schema';
import { generateStressPlan, loadCurriculumData } from '../../scripts/generate-stress-plan';
import { launchApp, type LaunchedApp } from './harness';
import { dropShownIn } from './pointer-drag';
import { carry as carryBy } from './keyboard-carry';

/*
 * Review of issue 18 (session 4), as a user, on a 2,000-project plan over browser mode's real HTTP
 * server: the lazily loaded views and the dialogs open by keyboard, keyboard and mouse drags land
 * and save (middle of a long column; held at the bottom edge to the end, dropped last), Escape
 * cancels, and notes and steps are intact after a move and a reload. No timing is asserted.
 */

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const column = (page: Page, title: string) => page.getByRole('list', { name: title, exact: true }).first();
const announced = (page: Page) => page.getByRole('status').allTextContents().then((t) => t.filter((x) => x.trim()).join(' '));
const saved = async (dataDir: string) => JSON.parse(await readFile(join(dataDir, 'planner.json'), 'utf8')) as Plan;
const frames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

const carry = (page: Page, key: 'ArrowRight' | 'ArrowLeft', title: string) => carryBy(page, key, title, 10);

async function pressAndLift(page: Page, card: Locator): Promise<number> {
  const from = (await card.boundingBox())!;
  const x = from.x + from.width / 2;
  await page.mouse.move(x, from.y + 12);
  await page.mouse.down();
  await page.mouse.move(x + 6, from.y + 30, { steps: 4 });
  await expect.poll(() => announced(page)).toMatch(/Picked up project/);
  return x;
}

describe('review 18 (s4): a 2,000-project plan over HTTP, as a user', () => {
  it('views and dialogs by keyboard, keyboard drag with Escape, mouse drags into the middle and to the end of a long column, all saved', async () => {
    const curriculum = loadCurriculumData();
    const plan = generateStressPlan(curriculum, { today: '2026-09-01', projects: 2000 });
    const nameOf = (id: string) => curriculum.projects.find((p) => p.id === id)?.name ?? id;
    const dataDir = await mkdtemp(join(tmpdir(), 'pp-rev18s4-'));
    await writeFile(join(dataDir, 'planner.json'), JSON.stringify(plan));
    app = await launchApp({ dataDir, now: '2026-09-01', transport: 'http' });
    const { page } = app;
    const backlog = column(page, 'Backlog');
    await backlog.getByRole('article').first().waitFor({ timeout: 60_000 });

    // The lazy views, by keyboard (arrow keys in the tab list).
    await page.getByRole('tab', { name: 'Board' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { name: 'Roadmap' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator('#panel-roadmap').getByRole('heading').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { name: 'Portfolio' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('region', { name: 'Backup & restore' }).waitFor({ timeout: 30_000 });
    await page.keyboard.press('Home');
    await backlog.getByRole('article').first().waitFor({ timeout: 30_000 });

    // Shortcuts sheet and a project's details, by keyboard.
    await page.getByRole('tab', { name: 'Board' }).focus();
    await page.keyboard.press('Shift+Slash');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });

    const [a, b] = plan.board.projects.backlog!;
    await page.getByRole('button', { name: `Details of ${nameOf(a!)}` }).focus();
    await page.keyboard.press('Enter');
    const details = page.getByRole('dialog', { name: nameOf(a!) });
    await details.waitFor();
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });

    // Keyboard drag: Space, arrows (announced over each column), Escape cancels; then a real move.
    await page.getByRole('button', { name: `Move project ${nameOf(a!)}` }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => announced(page)).toContain(`Picked up project ${nameOf(a!)}`);
    await carry(page, 'ArrowRight', 'Up next');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[aria-roledescription][aria-pressed="true"]').count()).toBe(0);
    await frames(page);
    expect(app.services.store.plan.board.projects.backlog![0]).toBe(a);

    await page.getByRole('button', { name: `Move project ${nameOf(a!)}` }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => announced(page)).toContain(`Picked up project ${nameOf(a!)}`);
    await carry(page, 'ArrowRight', 'In progress');
    await page.keyboard.press('Space');
    await expect.poll(() => app!.services.store.plan.board.projects['in-progress']!.includes(a!)).toBe(true);
    expect(app.services.store.plan.board.projects.backlog).not.toContain(a);

    // Mouse drag into the middle of a long (virtualised) column.
    const review = column(page, 'Review');
    const box = (await review.locator('xpath=ancestor::*[contains(@class,"card-scroll")][1]').boundingBox())!;
    const x = await pressAndLift(page, backlog.getByRole('article', { name: nameOf(b!), exact: true }));
    const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(mid.x, mid.y, { steps: 12 });
    for (let nudge = 0; !(await dropShownIn(review)); nudge++) {
      if (nudge === 60) throw new Error('the card never showed in Review');
      await page.mouse.move(mid.x + (nudge % 2), mid.y + (nudge % 3), { steps: 1 });
      await page.waitForTimeout(200);
    }
    await frames(page);
    await page.mouse.up();
    await expect.poll(() => app!.services.store.plan.board.projects.review!.indexOf(b!)).toBeGreaterThan(0);
    expect(app.services.store.plan.board.projects.review).toHaveLength(401);
    void x;

    // Held at the bottom edge of the 400-card Up next until it reaches the end; dropped last.
    const upNext = column(page, 'Up next');
    const upIds = app.services.store.plan.board.projects['up-next']!;
    const moved = upIds[0]!;
    const scroll = (await upNext.locator('xpath=ancestor::*[contains(@class,"card-scroll")][1]').boundingBox())!;
    const ux = await pressAndLift(page, upNext.getByRole('article').first());
    const edge = Math.min(scroll.y + scroll.height, page.viewportSize()!.height) - 8;
    await page.mouse.move(ux, edge, { steps: 8 });
    const end = `is over column Up next, position ${upIds.length} of ${upIds.length}.`;
    for (let nudge = 0; !(await announced(page)).includes(end); nudge++) {
      if (nudge === 200) throw new Error(`never reached the end of Up next: ${await announced(page)}`);
      await page.mouse.move(ux + (nudge % 2), edge - (nudge % 3), { steps: 1 });
      await page.waitForTimeout(100);
    }
    await frames(page);
    await page.mouse.up();
    await expect.poll(() => app!.services.store.plan.board.projects['up-next']!.at(-1)).toBe(moved);

    // On disk after a reload: the moves, and a moved card's notes and steps as they were.
    await app.services.store.flush();
    await page.reload();
    await backlog.getByRole('article').first().waitFor({ timeout: 60_000 });
    const disk = await saved(dataDir);
    expect(disk.board.projects['in-progress']).toContain(a);
    expect(disk.board.projects.review!.indexOf(b!)).toBeGreaterThan(0);
    expect(disk.board.projects['up-next']!.at(-1)).toBe(moved);
    expect(disk.projects[a!]!.notes).toBe(plan.projects[a!]!.notes);
    expect(disk.board.steps[a!]).toEqual(plan.board.steps[a!]);
    expect(disk.projects[b!]!.notes).toBe(plan.projects[b!]!.notes);
    expect(disk.board.steps[b!]).toEqual(plan.board.steps[b!]);
  });
});
