import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Opens a project's details from its card on the Board, as a user would. */
async function openDetails(page: Page, name: string) {
  await page.getByRole('tab', { name: 'Board' }).click();
  await page.getByRole('button', { name: `Details of ${name}` }).click();
  const details = page.getByRole('dialog', { name });
  await details.waitFor();
  return details.getByRole('region', { name: 'Project folder' });
}

describe('project folder from a card', () => {
  it('creates the folder in the workspace, shows its path after a restart, opens and reveals it', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const folder = join(app.workspaceDir, 'job-scraper');
    let section = await openDetails(app.page, 'Job Scraper');
    expect(await section.getByRole('checkbox', { name: 'Start a Git repository with a first commit' }).isChecked()).toBe(true);
    await section.getByRole('button', { name: 'Create project folder' }).click();

    const report = section.getByRole('status');
    await expect.poll(() => report.textContent()).toMatch(/Created 19 items/);
    expect(await report.textContent()).toMatch(/Started a Git repository with a first commit|Git is not installed/);
    expect(await section.getByRole('list', { name: 'Created' }).getByRole('listitem').allTextContents()).toContain('job-scraper/README.md');
    const readme = await readFile(join(folder, 'README.md'), 'utf8');
    expect(readme).toMatch(/^# Job Scraper\n/);
    expect(readme).toContain('- [ ] Use BeautifulSoup for scraping.');
    expect(await readFile(join(folder, 'pyproject.toml'), 'utf8')).toMatch(/"beautifulsoup4",\n\s+"requests",\n\s+"pymongo",/);
    expect(await section.textContent()).toContain(folder);
    await app.page.screenshot({ path: join(app.dataDir, 'scaffold-created.png') });

    await app.reload();
    section = await openDetails(app.page, 'Job Scraper');
    await section.getByRole('button', { name: 'Open folder' }).waitFor();
    expect(await section.textContent()).toContain(folder);
    expect(await section.textContent()).toContain(app.workspaceDir);
    await section.getByRole('button', { name: 'Open folder' }).click();
    await section.getByRole('button', { name: 'Reveal' }).click();
    await expect.poll(() => app!.openedPaths).toEqual([folder, folder]);
  });

  it('keeps the user’s files, says what it added, and offers to recreate a folder that disappeared', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const folder = join(app.workspaceDir, 'ai-chatbot');
    await mkdir(folder);
    await writeFile(join(folder, 'README.md'), 'my notes, not yours');

    let section = await openDetails(app.page, 'AI Chatbot');
    await section.getByRole('button', { name: 'Create project folder' }).click();
    const report = section.getByRole('status');
    await expect.poll(() => report.textContent()).toMatch(/Created 25 items; kept 2 that already existed/);
    expect(await section.getByRole('list', { name: 'Kept as they were' }).getByRole('listitem').allTextContents()).toEqual(['ai-chatbot/', 'ai-chatbot/README.md']);
    expect(await readFile(join(folder, 'README.md'), 'utf8')).toBe('my notes, not yours');

    await section.getByRole('button', { name: 'Add missing files' }).click();
    await expect.poll(() => report.textContent()).toMatch(/Nothing to add: all 27 items were already there/);
    expect(await report.textContent()).not.toMatch(/layout/);

    // Without the record of its layout, a folder with code gets back only its standalone files, and says why.
    await rm(join(folder, '.prep-planner.json'));
    await rm(join(folder, 'NOTES.md'));
    await section.getByRole('button', { name: 'Add missing files' }).click();
    await expect.poll(() => report.textContent()).toMatch(/Created 1 item; kept 2 that already existed/);
    expect(await report.textContent()).toContain('no .prep-planner.json saying which template made it, so only .gitignore and NOTES.md were restored');

    await rm(folder, { recursive: true });
    await app.reload();
    section = await openDetails(app.page, 'AI Chatbot');
    await expect.poll(() => section.textContent()).toMatch(/is no longer there/);
    await app.page.screenshot({ path: join(app.dataDir, 'scaffold-missing.png') });
    await section.getByRole('button', { name: 'Recreate folder' }).click();
    await section.getByRole('button', { name: 'Open folder' }).waitFor();
    expect(await readFile(join(folder, 'README.md'), 'utf8')).toMatch(/^# AI Chatbot/);
  });

  it('shows a clear message and leaves nothing behind when the folder cannot be made', async () => {
    app = await launchApp({ now: '2026-03-02' });
    await writeFile(join(app.workspaceDir, 'weather-forecast-api'), 'a file, not a folder');
    const section = await openDetails(app.page, 'Weather Forecast API');
    await section.getByRole('button', { name: 'Create project folder' }).click();
    const alert = section.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/A file is in the way/);
    expect(app.services.store.plan.projects['weather-forecast-api']!.folder).toBeNull();
    expect(await readFile(join(app.workspaceDir, 'weather-forecast-api'), 'utf8')).toBe('a file, not a folder');
  });
});
