import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/shared/plan-schema';
import { generateStressPlan, loadCurriculumData } from '../../scripts/generate-stress-plan';
import { launchApp, type LaunchedApp } from './harness';
import { announced, carryRight } from './keyboard-carry';
import { pointerDrag } from './pointer-drag';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const SHOTS = process.env.BOARD_SHOTS_DIR;
const WEATHER = 'Weather Forecast API';
const LIBRARY = 'Library Management System';

const column = (page: Page, title: string) => page.getByRole('list', { name: title, exact: true });
const namesIn = (list: Locator) => list.getByRole('article').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')));
const savedPlan = async (dataDir: string) => JSON.parse(await readFile(join(dataDir, 'planner.json'), 'utf8')) as Plan;

/** A real pointer drag: press, nudge past the activation distance, glide, release. */
const drag = pointerDrag;

describe('kanban board', () => {
  it('keeps a mouse-dragged and a keyboard-moved project card where they were dropped, across a restart', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const { page } = app;
    await expect.poll(() => column(page, 'Backlog').getByRole('article').count()).toBe(10);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'board-light.png') });

    await drag(page, column(page, 'Backlog').getByRole('article', { name: WEATHER }), column(page, 'In progress'));
    await expect.poll(() => namesIn(column(page, 'In progress'))).toEqual([WEATHER]);

    await page.getByRole('button', { name: `Move project ${LIBRARY}` }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => announced(page)).toContain(`Picked up project ${LIBRARY} in column Backlog, position 1 of 9.`);
    await carryRight(page, 'Up next');
    expect(await announced(page)).toContain(`${LIBRARY} is over column Up next`);
    await page.keyboard.press('Space');
    await expect.poll(() => namesIn(column(page, 'Up next'))).toEqual([LIBRARY]);
    await expect.poll(() => announced(page)).toContain(`Dropped project ${LIBRARY} in column Up next`);
    await expect.poll(() => namesIn(column(page, 'Backlog')).then((n) => n.length)).toBe(8);

    await app.services.store.flush();
    const saved = await savedPlan(app.dataDir);
    expect(saved.board.projects['in-progress']).toEqual(['weather-forecast-api']);
    expect(saved.board.projects['up-next']).toEqual(['library-management-system']);
    expect(saved.projects['weather-forecast-api']!.startedOn).toBe('2026-03-02');
    await expect(column(page, 'In progress').getByRole('article', { name: WEATHER }).textContent()).resolves.toContain('Started Mon, 2 Mar 2026');

    await app.reload();
    await expect.poll(() => namesIn(column(app!.page, 'In progress'))).toEqual([WEATHER]);
    await expect.poll(() => namesIn(column(app!.page, 'Up next'))).toEqual([LIBRARY]);
    expect(app.blockedRequests).toEqual([]);
  });

  it('moving a step card to Done updates its project\'s progress bar', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const { page } = app;
    const stepTitle = app.services.store.plan.steps['weather-forecast-api--step-1']!.title;
    await page.getByRole('button', { name: 'Steps', exact: true }).click();
    const lane = page.getByRole('region', { name: `Steps of ${WEATHER}` });
    await lane.scrollIntoViewIfNeeded();
    await expect.poll(() => lane.getByRole('list', { name: 'Backlog' }).getByRole('article').count()).toBe(3);
    await drag(page, lane.getByRole('article', { name: stepTitle }), lane.getByRole('list', { name: 'Done' }));
    await expect.poll(() => namesIn(lane.getByRole('list', { name: 'Done' }))).toEqual([stepTitle]);
    await expect.poll(() => lane.getByRole('progressbar').getAttribute('aria-label')).toBe(`Steps done in ${WEATHER}: 1 of 3`);
    if (SHOTS) {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(SHOTS, 'board-steps-dark.png') });
      await page.emulateMedia({ colorScheme: 'light' });
    }

    await page.getByRole('button', { name: 'Projects', exact: true }).click();
    const card = column(page, 'Backlog').getByRole('article', { name: WEATHER });
    await expect.poll(() => card.getByRole('progressbar').getAttribute('aria-label')).toBe('Steps done: 1 of 3');
    await app.services.store.flush();
    const saved = await savedPlan(app.dataDir);
    expect(saved.board.steps['weather-forecast-api']!.done).toEqual(['weather-forecast-api--step-1']);
    expect(saved.steps['weather-forecast-api--step-1']!.completedOn).toBe('2026-03-02');
  });

  it('undo puts a moved card back (button and Ctrl+Z) and redo moves it again', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const { page } = app;
    await expect.poll(() => column(page, 'Backlog').getByRole('article').count()).toBe(10);
    const original = await namesIn(column(page, 'Backlog'));

    await page.getByRole('button', { name: `Move project ${WEATHER}` }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => announced(page)).toContain(`Picked up project ${WEATHER}`);
    await carryRight(page, 'Up next');
    await page.keyboard.press('Space');
    await expect.poll(() => namesIn(column(page, 'Up next'))).toEqual([WEATHER]);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => namesIn(column(page, 'Backlog'))).toEqual(original);
    await expect.poll(() => namesIn(column(page, 'Up next'))).toEqual([]);
    await app.services.store.flush();
    expect((await savedPlan(app.dataDir)).board.projects['up-next']).toEqual([]);

    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(() => namesIn(column(page, 'Up next'))).toEqual([WEATHER]);
    // The card shows back in Up next before main's reply records the step Ctrl+Z undoes: wait for it
    // (a click on Undo would wait by itself; a key press does not).
    await expect.poll(() => page.getByRole('button', { name: 'Undo', exact: true }).isEnabled()).toBe(true);
    await page.locator('body').click({ position: { x: 5, y: 880 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => namesIn(column(page, 'Backlog'))).toEqual(original);
    await app.services.store.flush();
    expect((await savedPlan(app.dataDir)).board.projects.backlog!.length).toBe(10);
  });

  it('filtering by a stack tag shows only matching cards, in board order', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const { page } = app;
    await expect.poll(() => column(page, 'Backlog').getByRole('article').count()).toBe(10);
    const all = await namesIn(column(page, 'Backlog'));
    const reactProjects = app.services.store.plan.board.projects.backlog!
      .filter((id) => ['chat-application', 'e-commerce-inventory-tracker', 'ai-chatbot', 'expense-tracker-with-charts', 'capstone-e-commerce-app'].includes(id));
    await page.getByRole('button', { name: 'React', exact: true }).click();
    await expect.poll(() => column(page, 'Backlog').getByRole('article').count()).toBe(reactProjects.length);
    const shown = await namesIn(column(page, 'Backlog'));
    expect(shown).toEqual(all.filter((name) => shown.includes(name)));
    for (const name of shown) {
      await expect(column(page, 'Backlog').getByRole('article', { name: name! }).getByRole('list', { name: 'Stack' }).textContent()).resolves.toContain('React');
    }
    if (SHOTS) {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: join(SHOTS, 'board-dark-filtered.png') });
    }
    await page.getByRole('button', { name: 'Clear filter' }).click();
    await expect.poll(() => namesIn(column(page, 'Backlog'))).toEqual(all);
  });

  it('edits a card\'s details, manages its steps, and renames, limits and deletes a column without losing cards', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const { page } = app;
    await page.getByRole('button', { name: `Details of ${WEATHER}` }).click();
    const panel = page.getByRole('dialog', { name: WEATHER });
    await panel.waitFor();

    const repo = panel.getByRole('textbox', { name: 'Repository' });
    await repo.fill('javascript:alert(1)');
    await expect.poll(() => panel.getByRole('alert').textContent()).toMatch(/https:\/\//);
    await repo.fill('https://github.com/me/weather');
    await repo.press('Enter');
    await expect.poll(() => app!.services.store.plan.projects['weather-forecast-api']!.repoUrl).toBe('https://github.com/me/weather');
    await panel.getByRole('button', { name: 'Open in browser' }).click();
    await expect.poll(() => app!.openedUrls).toEqual(['https://github.com/me/weather']);

    await panel.getByRole('textbox', { name: 'Notes' }).fill('Use the free tier.');
    await panel.getByRole('textbox', { name: 'New step title' }).click();
    await expect.poll(() => app!.services.store.plan.projects['weather-forecast-api']!.notes).toBe('Use the free tier.');
    await panel.getByRole('textbox', { name: 'New step title' }).fill('Write the README');
    await panel.getByRole('button', { name: 'Add step' }).click();
    await expect.poll(() => panel.getByRole('textbox', { name: 'Step title: Write the README' }).count()).toBe(1);
    await expect.poll(() => column(page, 'Backlog').getByRole('article', { name: WEATHER }).getByRole('progressbar').getAttribute('aria-label')).toBe('Steps done: 0 of 4');
    await panel.getByRole('button', { name: 'Delete step Write the README' }).click();
    await expect.poll(() => panel.getByRole('button', { name: 'Restore step Write the README' }).count()).toBe(1);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'board-details.png') });
    await panel.getByRole('button', { name: 'Restore step Write the README' }).click();
    await expect.poll(() => panel.getByRole('textbox', { name: 'Step title: Write the README' }).count()).toBe(1);
    await panel.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Column settings: Backlog' }).click();
    const settings = page.getByRole('dialog', { name: 'Column: Backlog' });
    await settings.getByRole('textbox', { name: 'Title' }).fill('Ideas');
    await settings.getByRole('spinbutton').fill('4');
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => column(page, 'Ideas').getByRole('article').count()).toBe(10);
    await expect.poll(() => page.locator('.over-limit').textContent()).toContain('10/4'); // compact, so a narrow column keeps its header on one line (issue 14)

    await page.getByRole('button', { name: 'Column settings: Ideas' }).click();
    const del = page.getByRole('dialog', { name: 'Column: Ideas' });
    await del.getByRole('combobox', { name: /Move its 10 project cards and 31 step cards to/ }).selectOption({ label: 'Review' });
    await del.getByRole('button', { name: 'Delete column' }).click();
    await expect.poll(() => column(page, 'Review').getByRole('article').count()).toBe(10);
    await app.services.store.flush();
    const saved = await savedPlan(app.dataDir);
    expect(saved.board.columns.map((c) => c.title)).toEqual(['Up next', 'In progress', 'Review', 'Done']);
    expect(saved.board.steps['weather-forecast-api']!.review).toHaveLength(4);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => column(page, 'Ideas').getByRole('article').count()).toBe(10);
  });

  it('on a 200-project board, long columns render a window of cards and a keyboard move still lands and saves', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pp-board-stress-'));
    const plan = generateStressPlan(loadCurriculumData(), { today: '2026-09-01' });
    await writeFile(join(dataDir, 'planner.json'), JSON.stringify(plan));
    app = await launchApp({ dataDir, now: '2026-09-01' });
    const { page } = app;
    const backlog = column(page, 'Backlog');
    await backlog.getByRole('article').first().waitFor();
    // 40 cards in the column, far fewer in the page.
    expect(plan.board.projects.backlog).toHaveLength(40);
    expect(await backlog.getByRole('article').count()).toBeLessThan(20);
    expect(await backlog.getByRole('listitem').first().getAttribute('aria-setsize')).toBe('40');

    const moved = plan.board.projects.backlog![0]!;
    await backlog.getByRole('article').first().getByRole('button', { name: /^Move project / }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => announced(page)).toMatch(/^Picked up project/);
    await carryRight(page, 'Up next');
    await page.keyboard.press('Space');
    await expect.poll(() => app!.services.store.plan.board.projects['up-next']!.includes(moved)).toBe(true);
    expect(app.services.store.plan.board.projects.backlog).toHaveLength(39);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'board-stress.png') });
  });
});
