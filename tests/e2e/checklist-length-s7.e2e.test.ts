import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Plan } from '../../src/shared/plan-schema';
import { AUDIT_TODAY, seedAuditPlan } from '../support/audit-s6-plan';
import { launchApp, type LaunchedApp } from './harness';

/** Check 3 (s7), fault B: a week's length set in the Roadmap view survives the Progress-checklist round trip. */
let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const BUILTIN = 'Python Comprehensive Roadmap: Basic to Advanced';

/** The Roadmap view's planned finish and each week's dates line, as shown. */
async function shownDates(page: Page) {
  await page.getByRole('tab', { name: 'Roadmap' }).click();
  const progress = page.getByRole('region', { name: 'Progress' });
  await progress.getByRole('status').waitFor();
  const text = (await progress.textContent()) ?? '';
  // The weeks themselves, not the goal and task items inside them.
  const items = page.getByRole('list', { name: 'Roadmap weeks' }).locator(':scope > li');
  const weeks: string[] = [];
  for (let i = 0; i < (await items.count()); i += 1) weeks.push((await items.nth(i).locator('p').first().textContent()) ?? '');
  return { plannedFinish: /Planned finish([^,]+, \d+ \w+ \d{4})/.exec(text)?.[1] ?? text, weeks };
}

describe('check 3 s7 fault B: a week\'s length in the Progress-checklist round trip', () => {
  it("the tester's steps: week 5 \"1.5× as long\", pace 7 → 12 h (a re-plan), export, import from the picker: the copy shows the same planned finish and per-week dates", async () => {
    app = await launchApp({ now: AUDIT_TODAY });
    await app.services.store.update((plan: Plan) => {
      seedAuditPlan(plan);
      plan.weeks.slice(3, 7).forEach((w) => Object.assign(w, { status: 'not-started', startedOn: null, goalsDone: w.goalsDone.map(() => null) }));
    });
    await app.reload();
    const { page } = app;
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await page.getByRole('combobox', { name: 'Week 5 length' }).selectOption('1.5');
    await expect.poll(() => app!.services.store.plan.weeks[4]!.lengthFactor).toBe(1.5);
    for (const hours of ['7', '12']) {
      const field = page.getByLabel('Hours per week', { exact: true });
      if (!(await field.isVisible())) await page.getByText('Pace and start date').click();
      await field.fill(hours);
      await page.getByRole('button', { name: 'Save pace' }).click();
      await expect.poll(() => app!.services.store.plan.settings.pace).toMatchObject({ hoursPerWeek: Number(hours) });
    }
    await expect.poll(async () => (await shownDates(page)).weeks.length, { timeout: 15_000 }).toBe(26);
    const original = await shownDates(page);

    await page.getByRole('tab', { name: 'Portfolio' }).click();
    await page.getByRole('button', { name: 'Export Progress checklist…' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Saved' });
    await saved.waitFor();
    app.answerOpenFile((await saved.locator('code').textContent())!);
    await page.getByRole('button', { name: `Roadmap: ${BUILTIN}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Roadmaps' });
    await dialog.getByRole('button', { name: 'Import from a file…' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await dialog.getByRole('button', { name: `Switch to ${BUILTIN} (2)`, exact: true }).first().click();
    await page.getByRole('button', { name: `Roadmap: ${BUILTIN} (2)` }).waitFor();

    await expect.poll(() => shownDates(page), { timeout: 15_000 }).toEqual(original);
    expect(await page.getByRole('combobox', { name: 'Week 5 length' }).inputValue()).toBe('1.5');
  });
});
