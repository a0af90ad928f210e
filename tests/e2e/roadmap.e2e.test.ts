import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { weeksDoneOnPlan } from './seed-plans';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const START = '2026-01-05'; // a Monday
const EIGHT_WEEKS_IN = '2026-03-02'; // START + 56 days

/** Weeks 1-4 done on their planned days, nothing else: the user stopped a month ago. */
async function seedFourWeeksDone(target: LaunchedApp) {
  await target.services.store.update((plan) => {
    weeksDoneOnPlan(plan, START, 4);
  });
  await target.reload();
}

describe('roadmap and pacing', () => {
  it('eight weeks in with weeks 1-4 done: behind by 28 days, forecast after the planned finish; ticks persist', async () => {
    app = await launchApp({ now: EIGHT_WEEKS_IN });
    await seedFourWeeksDone(app);
    const page = app.page;
    await page.getByRole('tab', { name: 'Roadmap' }).click();

    const progress = page.getByRole('region', { name: 'Progress' });
    await expect.poll(() => progress.getByRole('status').textContent()).toBe('28 days behind plan');
    // Planned: 26 weeks from Mon 5 Jan end Sun 5 Jul. Forecast: half the planned rate, 154 days of work take 308.
    const text = (await progress.textContent())!;
    expect(text).toContain('Planned finishSun, 5 Jul 2026');
    expect(text).toContain('Forecast finishSun, 3 Jan 2027');
    expect(text).toContain('from your pace so far');
    expect(text).toMatch(/Weeks15%\s*\(4 of 26\)/);
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);

    const weeks = page.getByRole('list', { name: 'Roadmap weeks' });
    const week5 = weeks.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Week 5/ }) });
    expect(await week5.getAttribute('aria-current')).toBe('step');
    expect(await week5.textContent()).toContain('You are here');
    expect(await week5.textContent()).toContain('Planned Mon, 2 Feb – Sun, 8 Feb 2026');
    await week5.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/roadmap-weeks.png' });
    const week9 = weeks.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Week 9/ }) });
    expect(await week9.textContent()).toContain('Planned for today');
    const week1 = weeks.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Week 1 / }) });
    expect(await week1.textContent()).toContain('Done Mon, 5 Jan – Sun, 11 Jan 2026 · on plan');

    const chart = page.getByRole('img', { name: /Burn-up chart/ });
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.locator('desc').textContent()).toContain('28 days behind plan');
    const heatmap = page.getByRole('img', { name: /Days with progress/ });
    expect(await heatmap.locator('desc').textContent()).toMatch(/Progress on 8 of the last \d+ days/);
    await page.getByRole('main').evaluate((main) => main.scrollTo(0, 0));
    await page.screenshot({ path: '/tmp/roadmap-behind.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: '/tmp/roadmap-behind-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });

    // Tick two goals of week 5: progress moves, the week starts, and all of it survives a restart.
    const goals = week5.getByRole('list', { name: 'Week 5 goals' }).getByRole('checkbox');
    const curriculum = JSON.parse(await readFile('curriculum/roadmap.json', 'utf8')) as { weeks: { goals: string[]; tasks: unknown[] }[] };
    const doneBefore = curriculum.weeks.slice(0, 4).reduce((n, w) => n + w.goals.length, 0);
    const total = curriculum.weeks.reduce((n, w) => n + w.goals.length, 0);
    await goals.nth(0).check();
    await goals.nth(1).check();
    await expect.poll(() => progress.textContent()).toContain(`(${doneBefore + 2} of ${total})`);
    expect(await week5.getByRole('combobox', { name: 'Week 5 status' }).inputValue()).toBe('in-progress');
    // Ticked goals count as part of the week, with its tasks (never all of it until it is done).
    const credit = Math.min(0.95, 2 / (curriculum.weeks[4]!.goals.length + curriculum.weeks[4]!.tasks.length));
    const behind = 56 - Math.round(28 + 7 * credit);
    expect(behind).toBeLessThan(28);
    await expect.poll(() => progress.getByRole('status').textContent()).toBe(`${behind} days behind plan`);

    await app.reload();
    const again = app.page;
    await again.getByRole('tab', { name: 'Roadmap' }).click();
    const week5Again = again.getByRole('list', { name: 'Week 5 goals' }).getByRole('checkbox');
    await expect.poll(() => week5Again.nth(0).isChecked()).toBe(true);
    expect(await week5Again.nth(1).isChecked()).toBe(true);
    expect(await again.getByRole('list', { name: 'Week 6 goals' }).getByRole('checkbox').nth(0).isChecked()).toBe(false);
    expect(await again.getByRole('region', { name: 'Progress' }).textContent()).toContain(`(${doneBefore + 2} of ${total})`);
    const stored = JSON.parse(await readFile(join(app.dataDir, 'planner.json'), 'utf8'));
    expect(stored.weeks[4].goalsDone.slice(0, 2)).toEqual([EIGHT_WEEKS_IN, EIGHT_WEEKS_IN]);
    expect(stored.weeks[4]).toMatchObject({ status: 'in-progress', startedOn: EIGHT_WEEKS_IN });
  });

  it('a pace change mid-way re-plans only the unfinished weeks', async () => {
    app = await launchApp({ now: EIGHT_WEEKS_IN });
    await seedFourWeeksDone(app);
    const page = app.page;
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await page.getByText('Pace and start date').click();
    await page.getByLabel('Weeks per roadmap week', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Save pace' }).click();

    const weeks = page.getByRole('list', { name: 'Roadmap weeks' });
    const weekText = (n: number) => weeks.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`Week ${n} `) }) }).textContent();
    await expect.poll(() => weekText(5)).toContain('Planned Mon, 2 Feb – Sun, 15 Feb 2026');
    expect(await weekText(1)).toContain('Done Mon, 5 Jan – Sun, 11 Jan 2026');
    expect(await weekText(4)).toContain('Done Mon, 26 Jan – Sun, 1 Feb 2026');
    expect(await weekText(6)).toContain('Planned Mon, 16 Feb – Sun, 1 Mar 2026');
    const progress = page.getByRole('region', { name: 'Progress' });
    // 22 weeks of 14 days from 2 Feb; the forecast at the real rate (which is now the plan's) agrees.
    expect(await progress.textContent()).toContain('Planned finishSun, 6 Dec 2026');
    expect(await progress.getByRole('status').textContent()).toBe('28 days behind plan');
    const stored = JSON.parse(await readFile(join(app.dataDir, 'planner.json'), 'utf8'));
    expect(stored.settings).toMatchObject({ pace: { mode: 'calendar', weeksPerRoadmapWeek: 2 }, replan: { fromWeek: 5, on: '2026-02-02' } });
  });

  it('asks for a start date and pace on the roadmap only, and plans the weeks from the answer', async () => {
    app = await launchApp({ now: '2026-11-26' });
    const page = app.page;
    // The board is usable at once: no first-run dialog over it.
    await expect.poll(() => page.getByRole('list', { name: 'Backlog' }).getByRole('article').count()).toBe(10);
    expect(await page.getByRole('dialog').count()).toBe(0);

    await page.getByRole('tab', { name: 'Roadmap' }).click();
    const dialog = page.getByRole('dialog', { name: 'When do you start, and at what pace?' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Start date').inputValue()).toBe('2026-11-30'); // next Monday
    await page.screenshot({ path: '/tmp/roadmap-first-run.png' });
    expect(await page.getByRole('region', { name: 'Progress' }).getByRole('status').textContent()).toMatch(/Not started/);

    await dialog.getByLabel('Weeks per roadmap week', { exact: true }).fill('0');
    await dialog.getByRole('button', { name: 'Plan my weeks' }).click();
    expect(await dialog.getByRole('alert').textContent()).toBe('Weeks per roadmap week must be between 0.25 and 8.');
    await dialog.getByLabel('Weeks per roadmap week', { exact: true }).fill('1.5');
    await dialog.getByRole('button', { name: 'Plan my weeks' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    const weeks = page.getByRole('list', { name: 'Roadmap weeks' });
    expect(await weeks.getByRole('heading', { level: 2 }).count()).toBe(26);
    const week2 = weeks.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Week 2 / }) });
    expect(await week2.textContent()).toContain('Planned Fri, 11 Dec – Sun, 20 Dec 2026');
    expect(await page.getByRole('region', { name: 'Progress' }).textContent()).toContain('Planned finishSun, 29 Aug 2027');

    // Curriculum links open in the OS browser; a week's projects open their card on the board.
    await weeks.getByRole('link', { name: /HackerRank/ }).click();
    expect(app.openedUrls).toEqual(['https://www.hackerrank.com/domains/tutorials/10-days-of-python']);
    await weeks.getByRole('button', { name: 'Open project card: Library Management System' }).first().click();
    await expect.poll(() => page.getByRole('tab', { name: 'Board' }).getAttribute('aria-selected')).toBe('true');

    await app.reload();
    await app.page.getByRole('tab', { name: 'Roadmap' }).click();
    await app.page.getByRole('list', { name: 'Roadmap weeks' }).waitFor();
    expect(await app.page.getByRole('dialog').count()).toBe(0);
  });

  it('skip keeps the defaults; notes, links, length and skipped weeks are kept', async () => {
    app = await launchApp({ now: '2026-11-26' });
    const page = app.page;
    // A project card's week link lands on that week with focus on its title.
    await page.getByRole('button', { name: 'Open roadmap week 9' }).first().click();
    await expect.poll(() => page.getByRole('tab', { name: 'Roadmap' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('week-9');
    await page.getByRole('dialog').getByRole('button', { name: 'Skip' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    const weeks = page.getByRole('list', { name: 'Roadmap weeks' });
    const week1 = weeks.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Week 1 / }) });
    await week1.getByRole('combobox', { name: 'Week 1 status' }).selectOption('skipped');
    await expect.poll(() => page.getByRole('region', { name: 'Progress' }).textContent()).toContain('(1 of 26)');
    expect(await week1.getByRole('combobox', { name: 'Week 1 length' }).isDisabled()).toBe(true);
    const week2 = weeks.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Week 2 / }) });
    await week2.getByRole('combobox', { name: 'Week 2 length' }).selectOption('2');
    await week2.getByText('Your notes and links').click();
    await week2.getByLabel('Notes for week 2').fill('Recursion needs another pass');
    await week2.getByLabel('Link address').fill('not a url');
    await week2.getByRole('button', { name: 'Add link' }).click();
    expect(await week2.getByRole('alert').textContent()).toMatch(/http/);
    await week2.getByLabel('Link title').fill('Recursion guide');
    await week2.getByLabel('Link address').fill('https://realpython.com/python-recursion/');
    await week2.getByRole('button', { name: 'Add link' }).click();
    await week2.getByRole('link', { name: 'Recursion guide' }).waitFor();

    await app.reload();
    const stored = JSON.parse(await readFile(join(app.dataDir, 'planner.json'), 'utf8'));
    expect(stored.settings).toMatchObject({ onboarded: true, startDate: '2026-11-26' });
    expect(stored.weeks[0]).toMatchObject({ status: 'skipped', completedOn: '2026-11-26' });
    expect(stored.weeks[1]).toMatchObject({ lengthFactor: 2, notes: 'Recursion needs another pass', links: [{ label: 'Recursion guide', url: 'https://realpython.com/python-recursion/' }] });
  });
});
