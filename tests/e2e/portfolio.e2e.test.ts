import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';
import { pdfText } from './pdf-text';

const TODAY = '2026-04-20';
const PROJECT = 'Weather Forecast API';
const PROJECT_ID = 'weather-forecast-api';
const SHOTS = process.env.PREP_PLANNER_SHOTS ?? '/tmp';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/**
 * A returning user's data folder: one project already moved to Done (with its steps), a name set.
 * Written the way the app writes it, then opened by a fresh launch, so the test does not depend
 * on the board's drag and drop.
 */
async function dataDirWithProjectDone(): Promise<string> {
  const first = await launchApp({ now: TODAY });
  const dataDir = first.dataDir;
  await first.close();
  const path = join(dataDir, 'planner.json');
  const plan = JSON.parse(await readFile(path, 'utf8'));
  for (const ids of Object.values(plan.board.projects) as string[][]) {
    const i = ids.indexOf(PROJECT_ID);
    if (i >= 0) ids.splice(i, 1);
  }
  plan.board.projects.done.push(PROJECT_ID);
  const lane = plan.board.steps[PROJECT_ID];
  lane.done = [...lane.backlog];
  lane.backlog = [];
  Object.assign(plan.projects[PROJECT_ID], { startedOn: '2026-03-02', finishedOn: '2026-04-10', repoUrl: 'https://github.com/ada-example/weather' });
  plan.settings.profile = { name: 'Ada Lovelace', headline: 'Python developer', links: [{ label: 'GitHub', url: 'https://github.com/ada-example' }] };
  await writeFile(path, JSON.stringify(plan, null, 2));
  return dataDir;
}

async function exportAs(label: string): Promise<string> {
  const { page } = app!;
  await page.getByRole('button', { name: `Export ${label}` }).click();
  const status = page.getByRole('status').filter({ hasText: 'Saved' });
  await status.waitFor();
  return (await status.locator('code').textContent())!;
}

describe('portfolio export', () => {
  it('exports a project moved to Done as Markdown, HTML and PDF, matching the preview', async () => {
    app = await launchApp({ dataDir: await dataDirWithProjectDone(), now: TODAY });
    const { page, saveDir } = app;
    await page.getByRole('tab', { name: 'Portfolio' }).click();
    const preview = page.getByRole('region', { name: 'Portfolio preview' });
    await preview.getByRole('article', { name: PROJECT }).waitFor();
    expect(await preview.getByRole('heading', { name: 'Ada Lovelace' }).isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'portfolio-view.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SHOTS, 'portfolio-view-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    const mdPath = await exportAs('Markdown…');
    expect(mdPath).toBe(join(saveDir, 'ada-lovelace-portfolio.md'));
    const markdown = await readFile(mdPath, 'utf8');
    expect(markdown).toContain(`### ${PROJECT}`);
    // Check s6 fault 13: the files write dates as the preview does (was 'Started 2026-03-02 · Finished 2026-04-10' under a preview saying 'Mon, 2 Mar 2026').
    expect(markdown).toContain('Started Mon, 2 Mar 2026 · Finished Fri, 10 Apr 2026');

    const htmlPath = await exportAs('web page…');
    const html = await readFile(htmlPath, 'utf8');
    expect(html).toContain(`<h3>${PROJECT}</h3>`);
    expect(html).not.toMatch(/<script/i);

    const pdfPath = await exportAs('PDF…');
    const pdf = await readFile(pdfPath);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, text } = pdfText(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain(PROJECT);
    expect(text).toContain('Ada Lovelace');
    // Audit s6 fault 13: a field with its count as the value.
    expect(text).toMatch(/Steps done:\s*3 of 3/);

    expect((await readdir(saveDir)).sort()).toEqual(['ada-lovelace-portfolio.html', 'ada-lovelace-portfolio.md', 'ada-lovelace-portfolio.pdf']);

    // The exported page on its own: no requests at all, readable in light and dark.
    const browser = page.context().browser()!;
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ javaScriptEnabled: false, colorScheme, viewport: { width: 1000, height: 900 } });
      const requests: string[] = [];
      await context.route('**/*', (route) => (requests.push(route.request().url()), route.abort()));
      const view = await context.newPage();
      await view.setContent(html, { waitUntil: 'load' });
      expect(await view.getByRole('article', { name: PROJECT }).isVisible()).toBe(true);
      await view.screenshot({ path: join(SHOTS, `portfolio-export-${colorScheme}.png`), fullPage: true });
      expect(requests).toEqual([]);
      await context.close();
    }
    // The preview's links open in the OS browser, never inside the app.
    await preview.getByRole('link', { name: 'github.com/ada-example/weather' }).click();
    await expect.poll(() => app!.openedUrls).toEqual(['https://github.com/ada-example/weather']);
    expect(app.blockedRequests).toEqual([]);
  });

  it('options change the preview and the export alike', async () => {
    app = await launchApp({ dataDir: await dataDirWithProjectDone(), now: TODAY });
    const { page } = app;
    await page.getByRole('tab', { name: 'Portfolio' }).click();
    const preview = page.getByRole('region', { name: 'Portfolio preview' });
    // Private by default: the section is off until the learner turns it on.
    await page.getByRole('checkbox', { name: /roadmap progress section/ }).waitFor();
    expect(await page.getByRole('checkbox', { name: /roadmap progress section/ }).isChecked()).toBe(false);
    await expect.poll(() => preview.getByRole('heading', { name: 'Roadmap progress' }).count()).toBe(0);
    const markdown = await readFile(await exportAs('Markdown…'), 'utf8');
    expect(markdown).not.toContain('## Roadmap progress');
    await page.getByRole('checkbox', { name: /roadmap progress section/ }).check();
    await preview.getByRole('heading', { name: 'Roadmap progress' }).waitFor();
    // When on, it says what was learned, never how far behind the plan the learner is.
    expect(await preview.textContent()).toContain('Learning now');
    expect(await preview.textContent()).not.toMatch(/behind plan|Forecast finish/);
  });
});

describe('backup and restore', () => {
  it('saves a backup, refuses a corrupt one untouched, restores a good one with a snapshot first', async () => {
    app = await launchApp({ dataDir: await dataDirWithProjectDone(), now: TODAY });
    const { page, saveDir, dataDir } = app;
    await page.getByRole('tab', { name: 'Portfolio' }).click();
    const preview = page.getByRole('region', { name: 'Portfolio preview' });

    await page.getByRole('button', { name: 'Save a backup file…' }).click();
    await page.getByRole('status').filter({ hasText: 'Backup saved' }).waitFor();
    const backupPath = join(saveDir, `prep-planner-backup-${TODAY}.json`);
    expect(JSON.parse(await readFile(backupPath, 'utf8'))).toEqual(app.services.store.plan);

    // Change something, then try a corrupt file: refused with its reason, nothing changes.
    await page.getByRole('textbox', { name: 'Name' }).fill('Someone Else');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await preview.getByRole('heading', { name: 'Someone Else' }).waitFor();
    const before = await readFile(join(dataDir, 'planner.json'), 'utf8');
    const corrupt = join(saveDir, 'broken.json');
    await writeFile(corrupt, '{"version":1,"settings":');
    app.answerOpenFile(corrupt);
    await page.getByRole('button', { name: 'Restore from a file…' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/broken\.json cannot be restored: the file is not valid JSON.*Your plan was not changed/);
    expect(await readFile(join(dataDir, 'planner.json'), 'utf8')).toBe(before);
    expect(await preview.getByRole('heading', { name: 'Someone Else' }).isVisible()).toBe(true);

    app.answerOpenFile(backupPath);
    await page.getByRole('button', { name: 'Restore from a file…' }).click();
    await page.getByRole('status').filter({ hasText: 'Restored' }).waitFor();
    await preview.getByRole('heading', { name: 'Ada Lovelace' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    // The profile form follows the restored plan rather than keeping the old draft.
    expect(await page.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Ada Lovelace');
    const backups = page.getByRole('list', { name: 'Automatic backups' });
    await backups.getByText(/before a restore/).waitFor();
    const snapshot = (await readdir(join(dataDir, 'backups'))).find((n) => n.endsWith('-before-restore.json'))!;
    expect(JSON.parse(await readFile(join(dataDir, 'backups', snapshot), 'utf8')).settings.profile.name).toBe('Someone Else');
    await page.getByRole('region', { name: 'Backup & restore' }).screenshot({ path: join(SHOTS, 'portfolio-backups.png') });

    // Going back to the automatic snapshot undoes the restore, after confirming.
    await backups.getByRole('button', { name: /Restore .*before a restore/ }).click();
    await page.getByRole('group', { name: /Confirm restoring/ }).getByRole('button', { name: 'Restore' }).click();
    await preview.getByRole('heading', { name: 'Someone Else' }).waitFor();
    expect(app.services.store.plan.settings.profile.name).toBe('Someone Else');
  });
});
