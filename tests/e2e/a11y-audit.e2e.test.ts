import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

/**
 * axe-core over every view and dialog the issue lists, in the light and the dark theme. Any
 * violation of any impact fails, with the rule, the state and the offending elements named.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const TODAY = '2026-04-20';
const DONE_PROJECT = 'weather-forecast-api';

/** axe walks every element several times; on a busy 2-core machine one pass can take a minute. */
const AUDIT_TIMEOUT = 600_000;

let app: LaunchedApp;

/** A returning user: one project in Done with its steps, a profile, an archived and a deleted step. */
async function seed(target: LaunchedApp) {
  await target.services.store.update((plan) => {
    for (const ids of Object.values(plan.board.projects)) {
      const i = ids.indexOf(DONE_PROJECT);
      if (i >= 0) ids.splice(i, 1);
    }
    plan.board.projects.done!.push(DONE_PROJECT);
    plan.projects[DONE_PROJECT]!.startedOn = '2026-03-02';
    plan.projects[DONE_PROJECT]!.finishedOn = '2026-04-10';
    plan.settings.profile = { name: 'Ada Lovelace', headline: 'Python developer', links: [{ label: 'GitHub', url: 'https://github.com/ada-example' }] };
    const steps = Object.values(plan.steps).filter((s) => s.projectId === 'library-management-system');
    steps[0]!.state = 'archived';
    const own = Object.values(plan.steps).find((s) => !s.builtin);
    if (own) own.state = 'deleted';
  });
  await target.reload();
}

async function audit(page: Page, state: string): Promise<string[]> {
  // Let CSS transitions and lazy chunks settle so colours are measured at rest.
  await page.waitForTimeout(250);
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map(
    (v) => `${state}: ${v.id} (${v.impact}) — ${v.help}\n    ${v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`).join('\n    ')}`,
  );
}

async function auditAllStates(page: Page, theme: string): Promise<string[]> {
  const found: string[] = [];
  const at = async (state: string) => found.push(...(await audit(page, `${theme} · ${state}`)));
  await page.getByRole('tab', { name: 'Board' }).click();
  await page.getByRole('button', { name: 'Projects', exact: true }).click();
  await page.getByRole('list', { name: 'Backlog' }).waitFor();
  await at('Board · Projects');

  await page.getByRole('button', { name: 'Details of Library Management System' }).click();
  await page.getByRole('dialog', { name: 'Library Management System' }).waitFor();
  await at('Card details dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Column settings: Backlog' }).click();
  await page.getByRole('dialog', { name: /Column: Backlog/ }).waitFor();
  await at('Column dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  await page.getByRole('dialog', { name: 'Archived and deleted steps' }).waitFor();
  await at('Archive dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Steps', exact: true }).click();
  await page.getByRole('region', { name: /Steps of/ }).first().waitFor();
  await at('Board · Steps');
  await page.getByRole('button', { name: 'Projects', exact: true }).click();

  await page.getByRole('tab', { name: 'Portfolio' }).click();
  await page.getByRole('region', { name: 'Portfolio preview' }).getByRole('article').first().waitFor();
  await at('Portfolio');
  return found;
}

describe('accessibility audit (axe-core, WCAG 2.1 AA + best practice)', () => {
  beforeAll(async () => {
    app = await launchApp({ now: TODAY });
    await seed(app);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it('roadmap: 0 violations with the start question shown, and after answering it with goals ticked, light and dark', async () => {
    const page = app.page;
    const found: string[] = [];
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await page.getByRole('heading', { name: 'When do you start, and at what pace?' }).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      found.push(...(await audit(page, `${scheme} · Roadmap with the start question`)));
    }
    await page.getByRole('button', { name: 'Plan my weeks' }).click();
    await page.getByRole('heading', { name: 'When do you start, and at what pace?' }).waitFor({ state: 'detached' });
    const goals = page.getByRole('list', { name: 'Week 1 goals' }).getByRole('checkbox');
    await goals.nth(0).check();
    await goals.nth(1).check();
    await expect.poll(() => goals.nth(1).isChecked()).toBe(true);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      found.push(...(await audit(page, `${scheme} · Roadmap answered, goals ticked`)));
    }
    expect(found.join('\n')).toBe('');
  }, AUDIT_TIMEOUT);

  it.each(['light', 'dark'] as const)('board, its dialogs and the portfolio: 0 violations in the %s theme', async (scheme) => {
    const page = app.page;
    await page.emulateMedia({ colorScheme: scheme });
    const found = await auditAllStates(page, scheme);
    expect(found.join('\n')).toBe('');
  }, AUDIT_TIMEOUT);
});
