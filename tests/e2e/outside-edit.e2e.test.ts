/**
 * Issue 11, fault 2 through the E2E harness: planner.json changed by another program while the app
 * runs shows up in the app without a restart, with a notice naming the copy kept aside, and it
 * survives the next change made in the app.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('a change made outside the app while it runs', () => {
  it('is shown without a restart, named in a notice, and kept by the next in-app change', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const { page, dataDir } = app;
    const backlog = page.getByRole('list', { name: 'Backlog' });
    await expect.poll(() => backlog.getByRole('article').count()).toBe(10);

    // A sync tool replaces the file: one project moved out of the first column, by rename.
    const path = join(dataDir, 'planner.json');
    const plan = JSON.parse(await readFile(path, 'utf8'));
    const [first, second] = plan.board.columns.map((c: { id: string }) => c.id);
    const moved = plan.board.projects[first].shift();
    plan.board.projects[second].unshift(moved);
    await writeFile(`${path}.sync-tmp`, JSON.stringify(plan, null, 2));
    await rename(`${path}.sync-tmp`, path);

    await expect.poll(() => backlog.getByRole('article').count(), { timeout: 15_000 }).toBe(9);
    const notice = page.getByRole('alert', { name: 'Your plan was changed outside Prep Planner' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/planner\.json\.external-/);
    await page.screenshot({ path: join(dataDir, 'outside-edit.png') });

    const reply = await page.evaluate(() => window.api.invoke('settings:update', { patch: { onboarded: true } }));
    expect(reply).toMatchObject({ ok: true });
    const saved = JSON.parse(await readFile(path, 'utf8'));
    expect(saved.board.projects[second][0]).toBe(moved);
    expect(saved.settings.onboarded).toBe(true);
  }, 180_000);
});
