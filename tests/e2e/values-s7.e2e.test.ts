import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Plan } from '../../src/shared/plan-schema';
import { CHECKLIST_LEAVES_OUT } from '../../src/shared/import/import-roadmap';
import { AUDIT_TODAY, seedAuditPlan } from '../support/audit-s6-plan';
import { launchApp, type LaunchedApp } from './harness';

/** Session 7, wrong values and wording the testers found (check s6 N1, N2, 13, 14; check2 s6 N3). */
let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const BUILTIN = 'Python Comprehensive Roadmap: Basic to Advanced';

/** What the Roadmap view shows: the standing, the planned finish and week 1's line. */
async function roadmapFigures(page: Page) {
  await page.getByRole('tab', { name: 'Roadmap' }).click();
  const progress = page.getByRole('region', { name: 'Progress' });
  await progress.getByRole('status').waitFor();
  const weeks = page.getByRole('list', { name: 'Roadmap weeks' });
  const week1 = weeks.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Week 1 / }) });
  const text = (await progress.textContent()) ?? '';
  return {
    standing: await progress.getByRole('status').textContent(),
    plannedFinish: /Planned finish([^,]+, \d+ \w+ \d{4})/.exec(text)?.[1] ?? text,
    week1: /\d+ days? (?:later|earlier) than planned|on plan/.exec((await week1.textContent()) ?? '')?.[0] ?? null,
  };
}

describe('check s6 N1: a Progress-checklist round trip keeps the re-plan', () => {
  it("the tester's steps: 7.5 → 7 → 20 h, Export Progress checklist…, import it from the picker: the copy shows 27 days behind, Thu, 21 Jan 2027 and week 1 48 days later", async () => {
    app = await launchApp({ now: AUDIT_TODAY });
    await app.services.store.update((plan: Plan) => {
      seedAuditPlan(plan);
      // The tester's ticks: weeks 1–3 Done, one week-5 goal, nothing else.
      plan.weeks.slice(3, 7).forEach((w) => Object.assign(w, { status: 'not-started', startedOn: null, goalsDone: w.goalsDone.map(() => null) }));
      Object.assign(plan.weeks[4]!, { status: 'in-progress', startedOn: AUDIT_TODAY });
      plan.weeks[4]!.goalsDone[0] = AUDIT_TODAY;
    });
    await app.reload();
    const { page } = app;
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    for (const hours of ['7', '20']) {
      const field = page.getByLabel('Hours per week', { exact: true });
      // The form is a disclosure: open it once, it stays open after a save.
      if (!(await field.isVisible())) await page.getByText('Pace and start date').click();
      await field.fill(hours);
      await page.getByRole('button', { name: 'Save pace' }).click();
      await expect.poll(() => app!.services.store.plan.settings.pace).toMatchObject({ hoursPerWeek: Number(hours) });
    }
    const original = { standing: '27 days behind plan', plannedFinish: 'Thu, 21 Jan 2027', week1: '48 days later than planned' };
    // The view shows the saved pace once its reply is drawn.
    await expect.poll(() => roadmapFigures(page), { timeout: 15_000 }).toEqual(original);

    await page.getByRole('tab', { name: 'Portfolio' }).click();
    await page.getByRole('button', { name: 'Export Progress checklist…' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Saved' });
    await saved.waitFor();
    app.answerOpenFile((await saved.locator('code').textContent())!);

    await page.getByRole('button', { name: `Roadmap: ${BUILTIN}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Roadmaps' });
    await dialog.getByRole('button', { name: 'Import from a file…' }).click();
    const report = dialog.getByRole('status').filter({ hasText: 'Imported' });
    await report.waitFor();
    expect(await report.textContent()).toContain(CHECKLIST_LEAVES_OUT);
    // The list's button (the import report offers one with the same name too).
    await dialog.getByRole('button', { name: `Switch to ${BUILTIN} (2)`, exact: true }).first().click();
    await page.getByRole('button', { name: `Roadmap: ${BUILTIN} (2)` }).waitFor();
    await expect.poll(() => roadmapFigures(page), { timeout: 15_000 }).toEqual(original);
    // Check s6 fault 14 (cosmetic): the Roadmap view's own title is the roadmap's listed name too.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`${BUILTIN} (2)`);
  });
});

describe('check s6 N2: a Started date in the future is refused like a Finished one', () => {
  it("the tester's steps: Chat Application in In progress → details → Started 01/01/2031 → click elsewhere: refused in words, the saved date shown again", async () => {
    app = await launchApp({ now: AUDIT_TODAY });
    await app.services.store.update((plan: Plan) => {
      for (const ids of Object.values(plan.board.projects)) {
        const at = ids.indexOf('chat-application');
        if (at >= 0) ids.splice(at, 1);
      }
      plan.board.projects['in-progress']!.push('chat-application');
      Object.assign(plan.projects['chat-application']!, { startedOn: '2026-11-02', finishedOn: null });
    });
    await app.reload();
    const { page } = app;
    await page.getByRole('button', { name: 'Details of Chat Application' }).click();
    const dialog = page.getByRole('dialog', { name: 'Chat Application' });
    const started = dialog.getByLabel('Started', { exact: true });
    // Typed as the tester did, day by day into the field's first part (this page's locale is en-GB: dd/mm/yyyy).
    await started.focus();
    await page.keyboard.type('01012031');
    expect(await started.inputValue()).toBe('2031-01-01');
    // Click elsewhere in the panel.
    await dialog.getByRole('heading', { name: 'Chat Application' }).click();
    const message =
      'Not saved. The start date is later than today. It says when you began, so it cannot be a day still to come: type today or an earlier day. Started stays Mon, 2 Nov 2026.';
    await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 15_000 }).toBe(message);
    expect(await started.inputValue()).toBe('2026-11-02');
    expect(await started.getAttribute('aria-invalid')).toBe('true');
    await app.services.store.flush();
    expect(app.services.store.plan.projects['chat-application']!.startedOn).toBe('2026-11-02');
    // Today is accepted, and the message goes.
    await started.fill(AUDIT_TODAY);
    await started.blur();
    await expect.poll(() => app!.services.store.plan.projects['chat-application']!.startedOn, { timeout: 15_000 }).toBe(AUDIT_TODAY);
    await expect.poll(() => dialog.getByRole('alert').count()).toBe(0);
  });
});

describe('check s6 fault 13: the Portfolio preview and the exported files say the same dates', () => {
  it('a Done project: the preview\'s dates line and footer are word for word in the Markdown and the web page', async () => {
    app = await launchApp({ now: AUDIT_TODAY });
    await app.services.store.update((plan: Plan) => {
      for (const ids of Object.values(plan.board.projects)) {
        const at = ids.indexOf('job-scraper');
        if (at >= 0) ids.splice(at, 1);
      }
      plan.board.projects.done!.push('job-scraper');
      Object.assign(plan.projects['job-scraper']!, { startedOn: '2026-11-02', finishedOn: AUDIT_TODAY });
    });
    await app.reload();
    const { page } = app;
    await page.getByRole('tab', { name: 'Portfolio' }).click();
    const preview = page.getByRole('region', { name: 'Portfolio preview' });
    const card = preview.getByRole('article', { name: 'Job Scraper' });
    await card.waitFor();
    const datesLine = 'Started Mon, 2 Nov 2026 · Finished Mon, 30 Nov 2026';
    expect(await card.textContent()).toContain(datesLine);
    const footer = 'Generated with Prep Planner on Mon, 30 Nov 2026.';
    expect(await preview.getByText(/Generated with Prep Planner on/).textContent()).toBe(footer);
    const exportAs = async (label: string) => {
      await page.getByRole('button', { name: `Export ${label}` }).click();
      const saved = page.getByRole('status').filter({ hasText: 'Saved' }).last();
      await saved.waitFor();
      return readFile((await saved.locator('code').textContent())!, 'utf8');
    };
    const markdown = await exportAs('Markdown…');
    expect(markdown).toContain(datesLine);
    expect(markdown).toContain(`_${footer}_`);
    expect(markdown).not.toContain('2026-11-02');
    const html = await exportAs('Web page…');
    expect(html).toContain(`<p class="meta">${datesLine}</p>`);
    expect(html).toContain(`<footer>${footer}</footer>`);
  });
});

describe('check2 s6 N3: a limit message follows the text as the user types, and counts with thousands separators', () => {
  it('Add project: "(it has 318)" becomes "(it has 121)" as the user types, then goes at 120; the description says 10,000 and 10,050', async () => {
    app = await launchApp({ now: AUDIT_TODAY });
    const { page } = app;
    await page.getByRole('button', { name: 'Add project', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a project of your own' });
    const name = dialog.getByRole('textbox', { name: 'Project name' });
    await name.fill('x'.repeat(318));
    await dialog.getByRole('button', { name: 'Add project' }).click();
    const nameProblem = dialog.locator('#new-project-name-problem');
    await expect.poll(() => nameProblem.textContent()).toBe('The name can be at most 120 characters (it has 318).');
    await name.fill('x'.repeat(121));
    await expect.poll(() => nameProblem.textContent()).toBe('The name can be at most 120 characters (it has 121).');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await name.fill('x'.repeat(120));
    await expect.poll(() => nameProblem.count()).toBe(0);
    expect(await name.getAttribute('aria-invalid')).toBeNull();

    const description = dialog.getByRole('textbox', { name: 'Description' });
    await description.fill('d'.repeat(10_050));
    await dialog.getByRole('button', { name: 'Add project' }).click();
    const descriptionProblem = dialog.locator('#new-project-description-problem');
    await expect.poll(() => descriptionProblem.textContent()).toBe('The description can be at most 10,000 characters (it has 10,050).');
    await description.press('Backspace');
    await expect.poll(() => descriptionProblem.textContent()).toBe('The description can be at most 10,000 characters (it has 10,049).');

    const steps = dialog.getByRole('textbox', { name: 'Steps (one per line)' });
    await steps.fill(`short\n${'s'.repeat(1_305)}`);
    await dialog.getByRole('button', { name: 'Add project' }).click();
    const stepsProblem = dialog.locator('#new-project-steps-problem');
    await expect.poll(() => stepsProblem.textContent()).toBe('A step can be at most 300 characters (step 2 has 1,305).');
    await steps.fill('short\nfine');
    await expect.poll(() => stepsProblem.count()).toBe(0);
  });

  it('details panel: "(it has 330)" after Save becomes "(it has 125)" as the user types, then goes at 120', async () => {
    app = await launchApp({ now: AUDIT_TODAY });
    const { page } = app;
    await page.getByRole('button', { name: 'Details of Job Scraper' }).click();
    const dialog = page.getByRole('dialog', { name: 'Job Scraper' });
    const name = dialog.getByRole('textbox', { name: 'Project name' });
    await name.fill('n'.repeat(330));
    await dialog.getByRole('button', { name: 'Save name, description and stack' }).click();
    const problem = dialog.locator('#job-scraper-words-name-problem');
    await expect.poll(() => problem.textContent()).toBe('The name can be at most 120 characters (it has 330).');
    await name.fill('n'.repeat(125));
    await expect.poll(() => problem.textContent()).toBe('The name can be at most 120 characters (it has 125).');
    await name.fill('n'.repeat(120));
    await expect.poll(() => problem.count()).toBe(0);
    expect(await name.getAttribute('aria-invalid')).toBeNull();
  });
});
