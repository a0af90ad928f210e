import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/shared/plan-schema';
import { launchApp, type LaunchedApp } from './harness';
import { AUDIT_TODAY, seedAuditPlan } from '../support/audit-s6-plan';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const TODAY = AUDIT_TODAY;

/** Audit s6 faults 6 and 7: start Mon 5 Oct 2026, 7.5 h a week, 10 h per roadmap week, weeks 1–3 Done today, a goal in each of weeks 4–7. */
async function seedAudit(target: LaunchedApp, onboarded = true) {
  await target.services.store.update((plan: Plan) => void seedAuditPlan(plan, onboarded));
  await target.reload();
}

const progressText = async (target: LaunchedApp) => (await target.page.getByRole('region', { name: 'Progress' }).textContent()) ?? '';
const standing = (target: LaunchedApp) => target.page.getByRole('region', { name: 'Progress' }).getByRole('status').textContent();

describe('audit s6: forecast and pace change on one card agree', () => {
  it('fault 6: 3.25 h on week 8 leaves the forecast at Tue, 28 Sep 2027; 12 h gives Sat, 10 Jul 2027, never before the planned finish while behind', async () => {
    app = await launchApp({ now: TODAY });
    await seedAudit(app);
    const page = app.page;
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await expect.poll(() => standing(app!)).toBe('18 days behind plan');
    let text = await progressText(app);
    expect(text).toContain('Planned finishFri, 4 Jun 2027');
    expect(text).toContain('Forecast finishTue, 28 Sept 2027');
    expect(text).toContain('from your pace so far');

    const hours = page.getByLabel('Hours logged for week 8');
    await hours.fill('3.25');
    await hours.press('Enter');
    await expect.poll(async () => app!.services.store.plan.weeks[7]!.studyLog[0]?.minutes).toBe(195);
    await expect.poll(() => standing(app!)).toBe('18 days behind plan');
    text = await progressText(app);
    expect(text).toContain('Forecast finishTue, 28 Sept 2027');
    expect(text).not.toContain('2036');

    await hours.fill('12');
    await hours.press('Enter');
    await expect.poll(() => progressText(app!)).toContain('Forecast finishSat, 10 Jul 2027');
    text = await progressText(app);
    expect(text).toContain('from the hours you logged and the work you ticked');
    expect(text).toContain('Planned finishFri, 4 Jun 2027');
    expect(await standing(app)).toBe('18 days behind plan');
  });

  it('fault 7: lowering the pace to 7 h keeps the user behind (17 days), week 4 still planned from Mon, 2 Nov', async () => {
    app = await launchApp({ now: TODAY });
    await seedAudit(app);
    const page = app.page;
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await expect.poll(() => standing(app!)).toBe('18 days behind plan');
    await page.getByText('Pace and start date').click();
    await page.getByLabel('Hours per week', { exact: true }).fill('7');
    await page.getByRole('button', { name: 'Save pace' }).click();
    await expect.poll(() => standing(app!)).toBe('17 days behind plan');
    expect(await progressText(app)).toContain('Planned finishSat, 19 Jun 2027');
    const weeks = page.getByRole('list', { name: 'Roadmap weeks' });
    const weekText = (n: number) => weeks.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`Week ${n} `) }) }).textContent();
    expect(await weekText(4)).toContain('Planned Mon, 2 Nov – Wed, 11 Nov 2026');
    const stored = JSON.parse(await readFile(join(app.dataDir, 'planner.json'), 'utf8'));
    expect(stored.settings).toMatchObject({ pace: { mode: 'hours', hoursPerWeek: 7, hoursPerRoadmapWeek: 10 }, replan: { fromWeek: 4, on: '2026-11-02' } });
  });

  it('fault 7: the onboarding form does the same (7 h a week keeps "17 days behind", not "ahead")', async () => {
    app = await launchApp({ now: TODAY });
    await seedAudit(app, false);
    const page = app.page;
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    const dialog = page.getByRole('dialog', { name: 'When do you start, and at what pace?' });
    await dialog.waitFor();
    await dialog.getByLabel('Hours per week', { exact: true }).fill('7');
    await dialog.getByRole('button', { name: 'Plan my weeks' }).click();
    await expect.poll(() => standing(app!)).toBe('17 days behind plan');
    expect(await progressText(app)).toContain('Planned finishSat, 19 Jun 2027');
  });
});
