import AxeBuilder from '@axe-core/playwright';
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/main/core/clock';
import { startBrowserApp, type BrowserApp } from '../../src/server/browser-app';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchApp, type LaunchedApp } from './harness';

const SHOTS = process.env.PREP_PLANNER_SHOTS ?? '/tmp';
const FIXTURES = join(__dirname, '..', 'unit', 'import-fixtures');
const POLL = { timeout: 15_000 };
const BUILTIN = 'Python Comprehensive Roadmap: Basic to Advanced';
const JS = 'JavaScript Developer Roadmap 🚀';
const JS_ID = 'javascript-developer-roadmap';
const BUILTIN_GOAL = 'Understand conditionals and loops.';
const JS_GOAL = 'Types and coercion';

let app: LaunchedApp | undefined;
let served: BrowserApp | undefined;
let browser: Browser | undefined;
afterEach(async () => {
  await app?.close();
  await browser?.close();
  await served?.stop();
  app = served = browser = undefined;
});

const pickerButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Roadmap:/ });
const roadmapsDialog = (page: Page) => page.getByRole('dialog', { name: 'Roadmaps' });

async function openPicker(page: Page) {
  await pickerButton(page).click();
  await roadmapsDialog(page).getByRole('list', { name: 'Your roadmaps' }).waitFor();
}

/** Switches through the picker and waits for the app to boot on the other roadmap. */
async function switchTo(page: Page, title: string) {
  await openPicker(page);
  await roadmapsDialog(page).getByRole('button', { name: `Switch to ${title}` }).first().click();
  await expect.poll(() => pickerButton(page).textContent(), POLL).toBe(`Roadmap: ${title}`);
}

/** axe-core on the open picker (the same rule sets as the app-wide audit), violations named. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.waitForTimeout(250); // colours measured at rest, after transitions
  const result = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const goal = (page: Page, text: string) => page.getByRole('list', { name: 'Roadmap weeks' }).getByRole('checkbox', { name: text, exact: true });

async function roadmapTab(page: Page) {
  await page.getByRole('tab', { name: 'Roadmap' }).click();
  await page.getByRole('list', { name: 'Roadmap weeks' }).waitFor();
}

const planOnDisk = async (dir: string) => JSON.parse(await readFile(join(dir, 'planner.json'), 'utf8'));

describe('several roadmaps (issue 17 part 3)', () => {
  it('imports a second roadmap from a file, ticks a goal in it, switches back with the first intact, switches again, restarts — both kept', async () => {
    app = await launchApp({ now: '2026-04-20' });
    let page = app.page;
    await roadmapTab(page);
    await goal(page, BUILTIN_GOAL).check();
    await expect.poll(async () => (await planOnDisk(app!.dataDir)).weeks[0].goalsDone[1], POLL).toBe('2026-04-20');

    // Import from a file through the (harness-answered) open-file dialog.
    const file = join(app.saveDir, 'js-roadmap.md');
    await copyFile(join(FIXTURES, 'javascript-roadmap.md'), file);
    app.answerOpenFile(file);
    await openPicker(page);
    const dialog = roadmapsDialog(page);
    await dialog.getByRole('button', { name: 'Import from a file…' }).click();
    const report = dialog.getByRole('status').filter({ hasText: 'Imported' });
    await report.waitFor();
    expect(await report.textContent()).toContain(`Imported “${JS}” from js-roadmap.md: 5 weeks, 2 projects.`);
    expect(await report.textContent()).toContain('Weekly table at line 7, 5 rows in weeks: Week → week number, Topic → focus, What to learn → goals, Practice → tasks, Hours/week → not used, Status → not used.');
    // Importing lists it without opening it.
    expect(await dialog.getByRole('list', { name: 'Your roadmaps' }).getByRole('listitem').count()).toBe(2);
    await page.screenshot({ path: join(SHOTS, 'roadmap-picker-light.png') });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SHOTS, 'roadmap-picker-dark.png') });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    await dialog.getByRole('button', { name: `Switch to ${JS}` }).last().click();
    await expect.poll(() => pickerButton(page).textContent(), POLL).toBe(`Roadmap: ${JS}`);
    // Its own board: the two projects of its projects table.
    await page.getByRole('tab', { name: 'Board' }).click();
    await page.getByText('Weather Widget', { exact: true }).first().waitFor();
    await roadmapTab(page);
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toBe(JS);
    expect(await goal(page, BUILTIN_GOAL).count()).toBe(0);
    await goal(page, JS_GOAL).check();
    const jsDir = join(app.dataDir, 'roadmaps', JS_ID);
    await expect.poll(async () => (await planOnDisk(jsDir)).weeks[0].goalsDone, POLL).toEqual([null, '2026-04-20', null]);

    await switchTo(page, BUILTIN);
    await roadmapTab(page);
    expect(await goal(page, BUILTIN_GOAL).isChecked()).toBe(true);
    expect(await goal(page, JS_GOAL).count()).toBe(0);
    expect((await planOnDisk(app.dataDir)).weeks[0].goalsDone[1]).toBe('2026-04-20');

    await switchTo(page, JS);
    await roadmapTab(page);
    expect(await goal(page, JS_GOAL).isChecked()).toBe(true);

    // Restart: the app opens on the roadmap it was on, and both keep their ticks.
    await app.reload();
    page = app.page;
    await expect.poll(() => pickerButton(page).textContent(), POLL).toBe(`Roadmap: ${JS}`);
    await roadmapTab(page);
    expect(await goal(page, JS_GOAL).isChecked()).toBe(true);
    await switchTo(page, BUILTIN);
    await roadmapTab(page);
    expect(await goal(page, BUILTIN_GOAL).isChecked()).toBe(true);
    expect((await planOnDisk(jsDir)).weeks[0].goalsDone).toEqual([null, '2026-04-20', null]);
  });

  it('imports a dropped .md, refuses a bad one with its message, runs a projects-less roadmap, and removes one after confirming', async () => {
    app = await launchApp({ now: '2026-04-20' });
    const page = app.page;
    const drop = async (name: string, text: string) => {
      const transfer = await page.evaluateHandle(([fileName, body]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([body!], fileName!, { type: 'text/markdown' }));
        return dt;
      }, [name, text]);
      await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
      await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    };
    const dialog = roadmapsDialog(page);

    await drop('gappy.md', '# Plan\n\n| Week | Focus | Goals |\n|---|---|---|\n| 1 | Basics | Read |\n| 3 | Gaps | Skip one |\n');
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^gappy\.md was not imported: Weekly table, row 2 \(line 6\): .+ Nothing was changed\.$/);
    expect(await dialog.getByRole('list', { name: 'Your roadmaps' }).getByRole('listitem').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'roadmap-picker-error.png') });

    await drop('dsa-plan.md', await readFile(join(FIXTURES, 'dsa-plan.md'), 'utf8'));
    await dialog.getByRole('status').filter({ hasText: 'Imported “DSA in 8 Weeks”' }).waitFor();
    expect(await dialog.getByRole('status').filter({ hasText: 'Imported' }).textContent()).toContain('No projects table: the board starts empty');
    await dialog.getByRole('button', { name: 'Switch to DSA in 8 Weeks' }).last().click();
    await expect.poll(() => pickerButton(page).textContent(), POLL).toBe('Roadmap: DSA in 8 Weeks');

    // Without a projects table: an empty board, and every view still works.
    await page.getByRole('tab', { name: 'Board' }).click();
    await page.getByRole('tabpanel', { name: 'Board' }).getByRole('heading', { name: 'Backlog' }).waitFor();
    expect(await page.getByRole('tabpanel', { name: 'Board' }).getByRole('heading', { name: 'Done' }).count()).toBe(1);
    expect(await page.getByRole('tabpanel', { name: 'Board' }).getByText('Library Management System').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'roadmap-empty-board.png') });
    // The learner adds a project of their own to it; it is saved in this roadmap's plan.
    await page.getByRole('button', { name: 'Add project', exact: true }).click();
    const add = page.getByRole('dialog', { name: 'Add a project of your own' });
    await add.getByRole('textbox', { name: 'Project name' }).fill('Interview tracker');
    await add.getByRole('textbox', { name: 'Steps (one per line)' }).fill('List the companies\nTrack each round');
    await add.getByRole('button', { name: 'Add project' }).click();
    await page.getByRole('button', { name: 'Details of Interview tracker' }).waitFor(POLL);
    const dsaPlan = async () => planOnDisk(join(app!.dataDir, 'roadmaps', 'dsa-in-8-weeks'));
    await expect.poll(async () => Object.keys((await dsaPlan()).projects).length, POLL).toBe(1);
    expect(Object.keys((await planOnDisk(app.dataDir)).projects)).toHaveLength(10);
    await roadmapTab(page);
    expect(await page.getByRole('list', { name: 'Roadmap weeks' }).getByRole('heading', { name: /^Week \d+ / }).count()).toBe(8);
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toBe('DSA in 8 Weeks');
    await page.getByRole('tab', { name: 'Portfolio' }).click();
    await page.getByRole('button', { name: 'Export Calendar (.ics)…' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'could not be shown' }).count()).toBe(0);

    await switchTo(page, BUILTIN);
    await openPicker(page);
    await dialog.getByRole('button', { name: 'Remove DSA in 8 Weeks' }).click();
    const keep = dialog.getByRole('button', { name: 'Keep it' });
    await expect.poll(() => keep.evaluate((el) => el === document.activeElement), POLL).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'roadmap-remove-confirm.png') });
    await dialog.getByRole('button', { name: 'Remove DSA in 8 Weeks', exact: true }).last().click();
    const removed = dialog.getByRole('status').filter({ hasText: 'Removed' });
    await removed.waitFor();
    const backup = await removed.locator('code').textContent();
    expect(backup).toMatch(/backups[\\/]removed-dsa-in-8-weeks-\d{8}T\d{6}$/);
    expect(JSON.parse(await readFile(join(backup!, 'curriculum.json'), 'utf8')).weeks).toHaveLength(8);
    expect(await dialog.getByRole('list', { name: 'Your roadmaps' }).getByRole('listitem').count()).toBe(1);
  });

  it('in browser mode imports from a typed full path over HTTP and switches to it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pp-roadmaps-browser-'));
    served = await startBrowserApp({ dataDir, clock: fixedClock('2026-04-20'), opener: async () => spawn(process.execPath, ['-e', '']), log: () => undefined });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const origin = new URL(served.server.origin).origin;
    await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient')));
    const page = await context.newPage();
    await page.goto(served.url);
    await page.getByRole('tablist', { name: 'Views' }).waitFor();

    const file = join(dataDir, 'dsa.md');
    await copyFile(join(FIXTURES, 'dsa-plan.md'), file);
    await openPicker(page);
    const dialog = roadmapsDialog(page);
    const field = dialog.getByRole('textbox', { name: 'Roadmap file (full path)' });
    await field.fill('dsa.md');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByRole('alert').filter({ hasText: 'full path' }).waitFor();
    // The typed text stays for correcting.
    expect(await field.inputValue()).toBe('dsa.md');
    await field.fill(file);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByRole('status').filter({ hasText: 'Imported “DSA in 8 Weeks” from dsa.md: 8 weeks, 0 projects.' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'roadmap-picker-browser.png') });
    await dialog.getByRole('button', { name: 'Switch to DSA in 8 Weeks' }).last().click();
    await expect.poll(() => pickerButton(page).textContent(), POLL).toBe('Roadmap: DSA in 8 Weeks');
    await roadmapTab(page);
    await goal(page, 'Hash maps and sets').check();
    await expect.poll(async () => (await planOnDisk(join(dataDir, 'roadmaps', 'dsa-in-8-weeks'))).weeks[1].goalsDone, POLL).toEqual(['2026-04-20']);
  });
});
