import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/main/core/clock';
import { startBrowserApp, type BrowserApp } from '../../src/server/browser-app';
import type { Plan } from '../../src/shared/plan-schema';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness';
import { pointerDrag } from './pointer-drag';
import { accessibleDescription } from './field-checks';

const WEATHER = 'Weather Forecast API';
const LIBRARY = 'Library Management System';
const SHOTS = process.env.PREP_PLANNER_SHOTS ?? '/tmp';

let browser: Browser | undefined;
let app: BrowserApp | undefined;
afterEach(async () => {
  await browser?.close();
  await app?.stop();
  browser = app = undefined;
});

const column = (page: Page, title: string) => page.getByRole('list', { name: title, exact: true });
const namesIn = (list: Locator) => list.getByRole('article').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')));
const announced = (page: Page) => page.getByRole('status').allTextContents().then((texts) => texts.join(' '));

const drag = pointerDrag;

/** Keyboard move one column right (dnd-kit may miss an arrow sent the instant after pick-up: repeat). */
async function keyboardMoveRight(page: Page, name: string, to: string) {
  await page.getByRole('button', { name: `Move project ${name}` }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => announced(page)).toContain(`Picked up project ${name}`);
  for (let press = 0; press < 4 && !(await announced(page)).includes(`over column ${to}`); press++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(150);
  }
  await page.keyboard.press('Space');
}

async function openFolderSection(page: Page, name: string) {
  await page.getByRole('tab', { name: 'Board' }).click();
  await page.getByRole('button', { name: `Details of ${name}` }).click();
  return page.getByRole('dialog', { name }).getByRole('region', { name: 'Project folder' });
}

/** The page as a user gets it: the printed address in Chromium, every request to the real server. */
async function openInChromium(context: BrowserContext, served: BrowserApp, outside: string[]): Promise<Page> {
  await context.unrouteAll();
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === new URL(served.server.origin).origin) return route.continue();
    outside.push(url.href);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('[browser-mode page error]', error));
  await page.goto(served.url);
  await page.getByRole('tablist', { name: 'Views' }).waitFor();
  return page;
}

describe('browser mode (npm start without Electron)', () => {
  it('serves the app over real HTTP: mouse and keyboard moves, a goal tick, a scaffold into a typed workspace and a Markdown download, all kept across a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pp-browser-data-'));
    const workspace = await mkdtemp(join(tmpdir(), 'pp-browser-ws-'));
    const opened: string[] = [];
    const opener = async (target: string) => (opened.push(target), spawn(process.execPath, ['-e', '']));
    const lines: string[] = [];
    const start = () => startBrowserApp({ dataDir, clock: fixedClock('2026-03-02'), opener, log: (line) => lines.push(line) });

    app = await start();
    expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/);
    expect(lines[0]).toBe(`Prep Planner is running in your browser at ${app.url}`);
    await expect.poll(() => opened).toEqual([app.url]);

    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 } });
    const outside: string[] = [];
    let page = await openInChromium(context, app, outside);
    // The token left the address bar for an HttpOnly, SameSite=Strict cookie; the page has no harness binding.
    expect(page.url()).toBe(app.server.origin);
    expect(await context.cookies()).toEqual([expect.objectContaining({ httpOnly: true, sameSite: 'Strict', domain: '127.0.0.1' })]);
    expect(await page.evaluate(() => typeof (window as unknown as Record<string, unknown>).__prepPlannerInvoke)).toBe('undefined');

    await expect.poll(() => column(page, 'Backlog').getByRole('article').count(), { timeout: 10_000 }).toBe(10);
    await drag(page, column(page, 'Backlog').getByRole('article', { name: WEATHER }), column(page, 'In progress'));
    await expect.poll(() => namesIn(column(page, 'In progress'))).toEqual([WEATHER]);
    await keyboardMoveRight(page, LIBRARY, 'Up next');
    await expect.poll(() => namesIn(column(page, 'Up next'))).toEqual([LIBRARY]);

    await page.getByRole('tab', { name: 'Roadmap' }).click();
    const goal = page.getByRole('list', { name: 'Week 1 goals' }).getByRole('checkbox').first();
    await goal.check();
    await expect.poll(() => goal.isChecked()).toBe(true);

    let section = await openFolderSection(page, 'Job Scraper');
    const field = section.getByRole('textbox', { name: 'Workspace folder (full path)' });
    await field.fill('projects/here');
    await section.getByRole('button', { name: 'Use this folder' }).click();
    await expect.poll(() => section.getByRole('alert').textContent()).toContain('full path');
    expect(await field.inputValue()).toBe('projects/here');
    // The reason sits under the field and is tied to it (audit s6 fault 9).
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await accessibleDescription(field)).toBe(await section.getByRole('alert').textContent());
    await field.fill(join(workspace, 'missing'));
    await section.getByRole('button', { name: 'Use this folder' }).click();
    await expect.poll(() => section.getByRole('alert').textContent()).toContain('There is no folder at');
    expect(await accessibleDescription(field)).toContain('There is no folder at');
    await field.fill(workspace);
    await section.getByRole('button', { name: 'Use this folder' }).click();
    await section.getByRole('button', { name: 'Create project folder' }).click();
    await expect.poll(() => section.getByRole('status').textContent()).toMatch(/Created 19 items/);
    expect(await readFile(join(workspace, 'job-scraper', 'README.md'), 'utf8')).toMatch(/^# Job Scraper\n/);
    await section.getByRole('button', { name: 'Open folder' }).click();
    await expect.poll(() => opened).toEqual([app.url, join(workspace, 'job-scraper')]);
    await page.screenshot({ path: join(SHOTS, 'browser-mode-scaffold.png') });
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Portfolio' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown…' }).click()]);
    expect(download.suggestedFilename()).toBe('portfolio.md');
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toContain('Weather Forecast API');
    await expect.poll(() => page.getByText('Downloaded').count()).toBe(1);

    await page.close();
    await app.stop();
    const saved = JSON.parse(await readFile(join(dataDir, 'planner.json'), 'utf8')) as Plan;
    expect(saved.board.projects['in-progress']).toEqual(['weather-forecast-api']);
    expect(saved.board.projects['up-next']).toEqual(['library-management-system']);
    expect(saved.weeks[0]!.goalsDone[0]).toBe('2026-03-02');
    expect(saved.settings.workspaceDir).toBe(workspace);
    expect(saved.settings.recentWorkspaces).toEqual([workspace]);
    expect(saved.projects['job-scraper']!.folder).toBe(join(workspace, 'job-scraper'));

    // A new run: a new port and token, the same plan.
    const firstUrl = app.url;
    app = await start();
    expect(app.url).not.toBe(firstUrl);
    page = await openInChromium(context, app, outside);
    await expect.poll(() => namesIn(column(page, 'In progress')), { timeout: 10_000 }).toEqual([WEATHER]);
    await expect.poll(() => namesIn(column(page, 'Up next'))).toEqual([LIBRARY]);
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Week 1 goals' }).getByRole('checkbox').first().isChecked()).toBe(true);
    section = await openFolderSection(page, 'Job Scraper');
    await expect.poll(() => section.textContent()).toContain(join(workspace, 'job-scraper'));
    expect(outside).toEqual([]);
  }, 240_000);
});
