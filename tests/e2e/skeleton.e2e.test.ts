import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('walking skeleton', () => {
  it('boots on a fresh data folder with 10 project cards and 26 weeks, and keeps state across a restart', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const { page } = app;
    const backlog = page.getByRole('list', { name: 'Backlog' });
    await expect.poll(() => backlog.getByRole('article').count()).toBe(10);
    await expect(backlog.getByRole('article', { name: 'Weather Forecast API' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(app.dataDir, 'board.png') });

    await page.getByRole('tab', { name: 'Roadmap' }).click();
    const weeks = page.getByRole('list', { name: 'Roadmap weeks' });
    await expect.poll(() => weeks.getByRole('heading', { level: 2 }).count()).toBe(26);
    await expect(page.getByRole('heading', { name: /Database Interaction/ }).isVisible()).resolves.toBe(true);

    const before = await readFile(join(app.dataDir, 'planner.json'), 'utf8');
    await app.reload();
    await expect.poll(() => app!.page.getByRole('list', { name: 'Backlog' }).getByRole('article').count()).toBe(10);
    expect(await readFile(join(app.dataDir, 'planner.json'), 'utf8')).toBe(before);
    expect(app.blockedRequests).toEqual([]);
  });

  it('turns a corrupt planner.json into a notice and a usable app, keeping the original aside', async () => {
    const first = await launchApp();
    const dataDir = first.dataDir;
    await first.close();
    await writeFile(join(dataDir, 'planner.json'), '{"version":1,"board":');
    app = await launchApp({ dataDir, now: '2026-03-02' });
    const notice = app.page.getByRole('alert', { name: 'Your plan file was damaged' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/moved aside/);
    const aside = (await readdir(dataDir)).find((n) => n.startsWith('planner.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(await notice.textContent()).toContain(aside);
    expect(await readFile(join(dataDir, aside!), 'utf8')).toBe('{"version":1,"board":');
    await expect.poll(() => app!.page.getByRole('list', { name: 'Backlog' }).getByRole('article').count()).toBe(10);
    await app.page.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => app!.page.getByRole('alert').count()).toBe(0);
  });
});
