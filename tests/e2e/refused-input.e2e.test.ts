import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DATE_RANGE_MESSAGE } from '@shared/date-limits';
import type { Plan } from '@shared/plan-schema';
import { accessibleDescription, hasFocus, textLines } from './field-checks';
import { launchApp, type LaunchedApp } from './harness';

/*
 * Audit s6 faults 5, 8, 9 and 11: input the app refuses never keeps showing as if it were saved,
 * and its reason sits beside its own field, inside the dialog the user is in, tied to the field
 * (aria-invalid, aria-describedby) and announced.
 */
let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const TODAY = '2026-11-30';
const POLL = { timeout: 15_000 };
const SHOTS = process.env.S6INPUT_SHOTS ?? '/tmp/s6input-shots';

const savedPlan = async (target: LaunchedApp): Promise<Plan> => {
  await target.services.store.flush();
  return JSON.parse(await readFile(join(target.dataDir, 'planner.json'), 'utf8')) as Plan;
};

/** Puts `id` in `column` (at its end), with the given dates. */
function place(plan: Plan, id: string, column: string, startedOn: string | null, finishedOn: string | null) {
  for (const ids of Object.values(plan.board.projects)) {
    const at = ids.indexOf(id);
    if (at >= 0) ids.splice(at, 1);
  }
  plan.board.projects[column]!.push(id);
  Object.assign(plan.projects[id]!, { startedOn, finishedOn });
}

async function shoot(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(SHOTS, `${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('fault 5: a refused date in the details panel', () => {
  it('Finished on a card in Up next, before Started, out of range, and an emptied Started on a Done card: each shows why inside the panel and the saved value again', async () => {
    app = await launchApp({ now: TODAY });
    await app.services.store.update((plan) => {
      place(plan, 'job-scraper', 'up-next', null, null);
      place(plan, 'chat-application', 'in-progress', '2026-11-02', null);
      place(plan, 'weather-forecast-api', 'done', '2026-11-02', '2026-11-10');
    });
    await app.reload();
    const page = app.page;

    // Job Scraper, in Up next: a finish date is refused by main.
    await page.getByRole('button', { name: 'Details of Job Scraper' }).click();
    let dialog = page.getByRole('dialog', { name: 'Job Scraper' });
    let finished = dialog.getByLabel('Finished', { exact: true });
    await finished.fill('2026-11-20');
    await finished.blur();
    const upNext =
      "Not saved. Only a card in a Done column has a finish date, and this one is in Up next. Move it to Done first: it gets today's date, which you can then change. Finished stays empty.";
    await expect.poll(() => dialog.getByRole('alert').textContent(), POLL).toBe(upNext);
    expect(await finished.inputValue()).toBe('');
    expect(await finished.getAttribute('aria-invalid')).toBe('true');
    expect(await accessibleDescription(finished)).toBe(`No date set ${upNext}`);
    // Said once, inside the panel: the page's own message bar behind the modal stays empty.
    expect(await page.getByRole('alert').filter({ hasText: 'Only a card in a Done column' }).count()).toBe(1);
    expect(await page.locator('.error-bar').count()).toBe(0);
    await shoot(page, 'fault5-finish-refused');
    expect((await savedPlan(app)).projects['job-scraper']!.finishedOn).toBeNull();
    // Typing again in the field takes the mark away.
    await finished.fill('2026-11-21');
    expect(await finished.getAttribute('aria-invalid')).toBeNull();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Details of Job Scraper' }).click();
    dialog = page.getByRole('dialog', { name: 'Job Scraper' });
    expect(await dialog.getByLabel('Finished', { exact: true }).inputValue()).toBe('');
    await page.keyboard.press('Escape');

    // Chat Application, In progress since 2 Nov: 1 Jan 2026 (before its start) and 5 May 2030.
    await page.getByRole('button', { name: 'Details of Chat Application' }).click();
    dialog = page.getByRole('dialog', { name: 'Chat Application' });
    finished = dialog.getByLabel('Finished', { exact: true });
    for (const day of ['2026-01-01', '2030-05-05']) {
      await finished.fill(day);
      await finished.blur();
      await expect.poll(() => dialog.getByRole('alert').textContent(), POLL).toMatch(/^Not saved\. Only a card in a Done column .* this one is in In progress\..* Finished stays empty\.$/);
      expect(await finished.inputValue()).toBe('');
      expect(await finished.getAttribute('aria-invalid')).toBe('true');
      expect((await savedPlan(app)).projects['chat-application']!.finishedOn).toBeNull();
    }
    await page.keyboard.press('Escape');

    // Weather Forecast API, Done 2 Nov – 10 Nov: a finish before the start, a day out of range, an emptied start.
    await page.getByRole('button', { name: 'Details of Weather Forecast API' }).click();
    dialog = page.getByRole('dialog', { name: 'Weather Forecast API' });
    finished = dialog.getByLabel('Finished', { exact: true });
    await finished.fill('2026-10-01');
    await finished.blur();
    const before = 'Not saved. The finish date is before the start date: choose a finish on or after the start. Finished stays Tue, 10 Nov 2026.';
    await expect.poll(() => dialog.getByRole('alert').textContent(), POLL).toBe(before);
    expect(await finished.inputValue()).toBe('2026-11-10');
    expect(await accessibleDescription(finished)).toBe(`Tue, 10 Nov 2026 ${before}`);
    await finished.fill('2300-01-01');
    await finished.blur();
    await expect.poll(() => dialog.getByRole('alert').textContent(), POLL).toBe(`Not saved. ${DATE_RANGE_MESSAGE} Finished stays Tue, 10 Nov 2026.`);
    expect(await finished.inputValue()).toBe('2026-11-10');
    expect(await finished.getAttribute('aria-invalid')).toBe('true');
    const started = dialog.getByLabel('Started', { exact: true });
    await started.fill('');
    await started.blur();
    await expect.poll(() => dialog.getByRole('alert').textContent(), POLL).toBe(
      'Not saved. A card in Done keeps its start date. Type the day you started it, or move the card back to a to-do column. Started stays Mon, 2 Nov 2026.',
    );
    expect(await started.inputValue()).toBe('2026-11-02');
    expect(await started.getAttribute('aria-invalid')).toBe('true');
    expect(await finished.getAttribute('aria-invalid')).toBeNull();
    const stored = (await savedPlan(app)).projects['weather-forecast-api']!;
    expect([stored.startedOn, stored.finishedOn]).toEqual(['2026-11-02', '2026-11-10']);

    // A date main accepts is saved and clears the message.
    await finished.fill('2026-11-12');
    await finished.blur();
    await expect.poll(async () => (await savedPlan(app!)).projects['weather-forecast-api']!.finishedOn, POLL).toBe('2026-11-12');
    await expect.poll(() => dialog.getByRole('alert').count(), POLL).toBe(0);
  }, 300_000);

  it('any other refusal from main while a dialog is open is shown inside that dialog, not behind it', async () => {
    app = await launchApp({ now: TODAY });
    const page = app.page;
    await page.getByRole('button', { name: 'Details of Job Scraper' }).click();
    const dialog = page.getByRole('dialog', { name: 'Job Scraper' });
    await dialog.getByRole('textbox', { name: 'Project name' }).fill('chat application');
    await dialog.getByRole('button', { name: 'Save name, description and stack' }).click();
    const taken = 'Another project is already called "Chat Application"; give this one a name of its own.';
    await expect.poll(() => dialog.getByRole('alert').textContent(), POLL).toBe(`${taken}Dismiss`);
    expect(await page.getByRole('alert').filter({ hasText: taken }).count()).toBe(1);
    expect(await dialog.getByRole('alert').getByRole('button', { name: 'Dismiss' }).isVisible()).toBe(true);
    await shoot(page, 'fault5-dialog-error');
    expect((await savedPlan(app)).projects['job-scraper']!.text).toEqual({});
    // Closed, the dialog hands the message back to the page's bar.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: taken }).count(), POLL).toBe(1);
    expect(await page.locator('.error-bar').isVisible()).toBe(true);
  }, 180_000);
});

describe('fault 8: study hours the app refuses', () => {
  it('abc, -3, 1e9, 99999 and an empty field: a plain message naming 0 to 1,666, the saved total shown again, nothing saved; 0 removes the hours', async () => {
    app = await launchApp({ now: TODAY });
    await app.services.store.update((plan) => {
      plan.settings.startDate = '2026-10-05';
      plan.settings.onboarded = true;
      plan.weeks[7]!.studyLog = [{ on: TODAY, minutes: 195 }];
    });
    await app.reload();
    const page = app.page;
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    const week8 = page.getByRole('list', { name: 'Roadmap weeks' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Week 8 / }) });
    const total = week8.getByRole('textbox', { name: 'Hours logged for week 8' });
    await total.scrollIntoViewIfNeeded();
    expect(await total.inputValue()).toBe('3.25');
    const range = 'the hours as a number from 0 to 1,666, for example 2.5. Week 8 keeps 3 h 15 min.';
    const cases: Array<[string, string]> = [
      ['abc', `“abc” is not a number of hours: type ${range}`],
      ['-3', `Hours cannot be below 0: type ${range}`],
      ['1e9', `“1e9” is not a number of hours: type ${range}`],
      ['99999', `99999 hours is more than one week can hold: type ${range}`],
      ['', "The total was left empty. To remove this week's hours, type 0. Week 8 keeps 3 h 15 min."],
    ];
    for (const [typed, message] of cases) {
      await total.fill(typed);
      await total.press('Enter');
      expect(await week8.getByRole('alert').textContent()).toBe(message);
      expect(await total.inputValue()).toBe('3.25');
      expect(await total.getAttribute('aria-invalid')).toBe('true');
      expect(await accessibleDescription(total)).toBe(message);
      expect(await week8.getByText('3 h 15 min', { exact: true }).count()).toBe(1);
      expect((await savedPlan(app)).weeks[7]!.studyLog).toEqual([{ on: TODAY, minutes: 195 }]);
    }
    await shoot(page, 'fault8-hours-refused');
    // A refusal on blur too, not only on Enter.
    await total.fill('lots');
    await total.blur();
    expect(await week8.getByRole('alert').textContent()).toBe(`“lots” is not a number of hours: type ${range}`);
    expect(await total.inputValue()).toBe('3.25');

    await total.fill('2,5');
    await total.press('Enter');
    await expect.poll(async () => (await savedPlan(app!)).weeks[7]!.studyLog, POLL).toEqual([{ on: TODAY, minutes: 150 }]);
    expect(await total.getAttribute('aria-invalid')).toBeNull();
    expect(await week8.getByRole('alert').count()).toBe(0);
    await total.fill('0');
    await total.press('Enter');
    await expect.poll(async () => (await savedPlan(app!)).weeks[7]!.studyLog, POLL).toEqual([]);
    await expect.poll(() => week8.locator('.study-total').textContent(), POLL).toBe('0 min');
    expect(await total.inputValue()).toBe('0');
  }, 240_000);
});

describe('fault 9: each form error under its own field, tied to it, focus on the first', () => {
  it('Add project: a 130-character name and a 301-character step', async () => {
    app = await launchApp({ now: TODAY });
    const page = app.page;
    await page.getByRole('button', { name: 'Add project', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a project of your own' });
    const name = dialog.getByRole('textbox', { name: 'Project name' });
    const steps = dialog.getByRole('textbox', { name: 'Steps (one per line)' });
    const longName = 'מעקב הוצאות — Expense tracker בעברית with a rather long name, متتبع النفقات, that goes on and on and on past the limit';
    await name.fill(longName.padEnd(130, '.'));
    await steps.fill(`Plan it\n${'s'.repeat(301)}`);
    await dialog.getByRole('button', { name: 'Add project' }).click();

    const nameProblem = 'The name can be at most 120 characters (it has 130).';
    const stepProblem = 'A step can be at most 300 characters (step 2 has 301).';
    await expect.poll(() => hasFocus(name), POLL).toBe(true);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await accessibleDescription(name)).toBe(nameProblem);
    expect(await steps.getAttribute('aria-invalid')).toBe('true');
    expect(await accessibleDescription(steps)).toBe(stepProblem);
    const description = dialog.getByRole('textbox', { name: 'Description' });
    const stack = dialog.getByRole('textbox', { name: 'Stack' });
    expect(await description.getAttribute('aria-invalid')).toBeNull();
    expect(await stack.getAttribute('aria-invalid')).toBeNull();
    expect(await accessibleDescription(stack)).toBe('Separate technologies with commas; write a choice as Flask/Django.');
    expect(await dialog.getByRole('alert').allTextContents()).toEqual([nameProblem, stepProblem]);
    // Each message sits right under its field: below it, and above the next field.
    const y = async (l: ReturnType<typeof dialog.getByRole>) => (await l.boundingBox())!.y;
    const nameMessage = dialog.getByRole('alert').filter({ hasText: nameProblem });
    expect(await y(nameMessage)).toBeGreaterThan(await y(name));
    expect(await y(nameMessage)).toBeLessThan(await y(description));
    expect(await y(dialog.getByRole('alert').filter({ hasText: stepProblem }))).toBeGreaterThan(await y(steps));
    await shoot(page, 'fault9-add-project');
    expect(Object.values(app.services.store.plan.projects).some((p) => p.text.name?.startsWith('מעקב'))).toBe(false);

    // Only the step is wrong now: focus goes to it.
    await name.fill('Expense tracker');
    await dialog.getByRole('button', { name: 'Add project' }).click();
    await expect.poll(() => hasFocus(steps), POLL).toBe(true);
    expect(await name.getAttribute('aria-invalid')).toBeNull();
    expect(await dialog.getByRole('alert').allTextContents()).toEqual([stepProblem]);
  }, 180_000);

  it('Pace and start date: a start date out of range and 1000 hours a week, each under its field, focus on the first', async () => {
    app = await launchApp({ now: TODAY });
    const page = app.page;
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    const dialog = page.getByRole('dialog', { name: 'When do you start, and at what pace?' });
    const start = dialog.getByLabel('Start date');
    await start.fill('2300-01-01');
    await dialog.getByRole('radio', { name: 'Hours I can spend each week' }).check();
    const hours = dialog.getByRole('spinbutton', { name: 'Hours per week' });
    await hours.fill('1000');
    await dialog.getByRole('button', { name: 'Plan my weeks' }).click();
    await expect.poll(() => hasFocus(start), POLL).toBe(true);
    expect(await start.getAttribute('aria-invalid')).toBe('true');
    // Its reading of the typed day first (the field's own description), then the message.
    expect(await accessibleDescription(start)).toMatch(new RegExp(`2300 ${DATE_RANGE_MESSAGE.replace(/[.]/g, '\\.')}$`));
    expect(await hours.getAttribute('aria-invalid')).toBe('true');
    expect(await accessibleDescription(hours)).toBe('Hours per week must be between 1 and 100.');
    expect(await dialog.getByRole('spinbutton', { name: 'Hours one roadmap week takes' }).getAttribute('aria-invalid')).toBeNull();
    expect((await savedPlan(app)).settings.startDate).toBeNull();

    await start.fill('2026-12-07');
    await dialog.getByRole('button', { name: 'Plan my weeks' }).click();
    await expect.poll(() => hasFocus(hours), POLL).toBe(true);
    expect(await start.getAttribute('aria-invalid')).toBeNull();
    // An emptied number box is refused under it too, not sent as NaN.
    await hours.fill('');
    await dialog.getByRole('button', { name: 'Plan my weeks' }).click();
    expect(await accessibleDescription(hours)).toBe('Hours per week must be between 1 and 100.');
    await hours.fill('7.5');
    await dialog.getByRole('button', { name: 'Plan my weeks' }).click();
    await expect.poll(async () => (await savedPlan(app!)).settings.startDate, POLL).toBe('2026-12-07');
    expect((await savedPlan(app)).settings.pace).toEqual({ mode: 'hours', hoursPerWeek: 7.5, hoursPerRoadmapWeek: 10 });
  }, 180_000);
});

describe('fault 11: confirm rows with a long name', () => {
  it('"Remove" and "Keep it" stay one line each at 1024×700; the question wraps', async () => {
    app = await launchApp({ now: TODAY });
    const page = app.page;
    await page.setViewportSize({ width: 1024, height: 700 });
    const longName = 'מעקב הוצאות — Expense tracker בעברית with a rather long name that goes on and on';
    await page.getByRole('button', { name: 'Add project', exact: true }).click();
    const add = page.getByRole('dialog', { name: 'Add a project of your own' });
    await add.getByRole('textbox', { name: 'Project name' }).fill(longName);
    await add.getByRole('button', { name: 'Add project' }).click();
    await page.getByRole('button', { name: `Details of ${longName}` }).click();
    const dialog = page.getByRole('dialog', { name: longName });
    await dialog.getByRole('button', { name: 'Remove this project' }).click();
    const remove = dialog.getByRole('button', { name: 'Remove', exact: true });
    const keep = dialog.getByRole('button', { name: 'Keep it' });
    await remove.scrollIntoViewIfNeeded();
    for (const button of [remove, keep]) expect(await textLines(button)).toBe(1);
    const question = dialog.getByRole('alert').filter({ hasText: 'and its steps?' });
    expect(await question.textContent()).toBe(`Remove ${longName} and its steps?`);
    expect(await textLines(question)).toBeGreaterThan(1);
    // Both buttons keep their own width: at least as wide as their label.
    for (const button of [remove, keep]) {
      expect(await button.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    }
    await shoot(page, 'fault11-remove-confirm');
    await keep.click();
    expect(Object.values(app.services.store.plan.projects).some((p) => p.text.name === longName)).toBe(true);
  }, 180_000);
});
