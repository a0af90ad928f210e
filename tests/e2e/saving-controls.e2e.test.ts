import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

/*
 * A control bound to saved data (a goal's checkbox, a week's status, a stack choice) shows the
 * user's change in the click's own render and keeps it while main's reply is on its way; a refusal
 * shows the saved value again with main's message. Full run of 2026-11-30 08:19: Playwright's
 * check() read a goal's box unticked right after its click (the tick then came from a transition's
 * later render), so the learner saw the box flicker and a test saw the click "not taken".
 */
let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const POLL = { timeout: 15_000 };

async function openRoadmap(target: LaunchedApp) {
  await target.services.store.update((plan) => {
    plan.settings.startDate = '2026-03-02';
    plan.settings.onboarded = true;
  });
  await target.reload();
  await target.page.getByRole('tab', { name: 'Roadmap' }).click();
  const week1 = target.page
    .getByRole('list', { name: 'Roadmap weeks' })
    .getByRole('listitem')
    .filter({ has: target.page.getByRole('heading', { name: /^Week 1 / }) });
  await week1.getByRole('list', { name: 'Week 1 goals' }).getByRole('checkbox').first().waitFor();
  return week1;
}

describe('controls bound to saved data show the change at once and settle on main’s reply', () => {
  it('a goal’s box reads ticked right after the click while main’s reply is held back, and stays ticked once main saves it', async () => {
    app = await launchApp({ now: '2026-03-04' });
    const week1 = await openRoadmap(app);
    const goals = week1.getByRole('list', { name: 'Week 1 goals' }).getByRole('checkbox');
    const held = app.holdReplies('roadmap:set-goal');

    await goals.nth(0).click();
    // Read at once, no polling: the click's own render ticked it.
    expect(await goals.nth(0).isChecked()).toBe(true);
    await held.arrived(1);
    // A second box while the first reply is still held: the same.
    await goals.nth(1).click();
    expect(await goals.nth(1).isChecked()).toBe(true);
    await held.arrived(2);
    expect(held.waiting).toBe(2);
    expect(app.services.store.plan.weeks[0]!.goalsDone.slice(0, 2)).toEqual([null, null]);
    expect(await goals.nth(0).isChecked()).toBe(true);
    expect(await goals.nth(1).isChecked()).toBe(true);

    held.release();
    await expect.poll(() => app!.services.store.plan.weeks[0]!.goalsDone.slice(0, 2), POLL).toEqual(['2026-03-04', '2026-03-04']);
    expect(await goals.nth(0).isChecked()).toBe(true);
    expect(await goals.nth(1).isChecked()).toBe(true);
    expect(await goals.nth(2).isChecked()).toBe(false);
    // Unticking answers the same way.
    await goals.nth(0).click();
    expect(await goals.nth(0).isChecked()).toBe(false);
    await expect.poll(() => app!.services.store.plan.weeks[0]!.goalsDone[0], POLL).toBeNull();
  }, 180_000);

  it('a tick main refuses shows the saved, unticked box again and says why in plain words', async () => {
    app = await launchApp({ now: '2026-03-04' });
    const week1 = await openRoadmap(app);
    const box = week1.getByRole('list', { name: 'Week 1 tasks' }).getByRole('checkbox').first();
    const held = app.holdReplies('roadmap:set-task');

    await box.click();
    expect(await box.isChecked()).toBe(true);
    await held.arrived(1);
    held.refuse('Your plan could not be saved: the disk is full.');

    await expect.poll(() => box.isChecked(), POLL).toBe(false);
    await expect.poll(() => app!.page.getByRole('alert').filter({ hasText: 'the disk is full' }).textContent(), POLL).toContain(
      'Your plan could not be saved: the disk is full.',
    );
    expect(app.services.store.plan.weeks[0]!.tasksDone[0]).toBeNull();
    // Nothing is stuck: the next tick is saved.
    await box.click();
    await expect.poll(() => app!.services.store.plan.weeks[0]!.tasksDone[0], POLL).toBe('2026-03-04');
    expect(await box.isChecked()).toBe(true);
  }, 180_000);

  it('a week’s status shows the chosen value while main’s reply is held back; a refused one shows the saved status again', async () => {
    app = await launchApp({ now: '2026-03-04' });
    const week1 = await openRoadmap(app);
    const status = week1.getByRole('combobox', { name: 'Week 1 status' });
    const before = await status.inputValue();

    let held = app.holdReplies('roadmap:set-week-status');
    await status.selectOption('done');
    expect(await status.inputValue()).toBe('done');
    await held.arrived(1);
    expect(await status.inputValue()).toBe('done');
    held.release();
    await expect.poll(() => app!.services.store.plan.weeks[0]!.status, POLL).toBe('done');
    expect(await status.inputValue()).toBe('done');

    held = app.holdReplies('roadmap:set-week-status');
    await status.selectOption(before);
    expect(await status.inputValue()).toBe(before);
    await held.arrived(1);
    held.refuse('Your plan could not be saved: the disk is full.');
    await expect.poll(() => status.inputValue(), POLL).toBe('done');
    await expect.poll(() => app!.page.getByRole('alert').filter({ hasText: 'the disk is full' }).count(), POLL).toBe(1);
    expect(app.services.store.plan.weeks[0]!.status).toBe('done');
  }, 180_000);

  it('a stack choice in the card details shows the pick while held back; a refused pick shows the saved answer again', async () => {
    app = await launchApp({ now: '2026-03-04' });
    const { page } = app;
    // Library Management System's roadmap stack offers Flask or Django; nothing is chosen yet.
    await page.getByRole('button', { name: 'Details of Library Management System' }).click();
    const question = page.getByRole('dialog', { name: 'Library Management System' }).getByRole('group', { name: 'Flask or Django?' });
    await question.waitFor(POLL);
    const flask = question.getByRole('radio', { name: 'Flask' });
    const django = question.getByRole('radio', { name: 'Django' });
    expect([await flask.isChecked(), await django.isChecked()]).toEqual([false, false]);

    const held = app.holdReplies('board:update-project');
    await django.click();
    expect(await django.isChecked()).toBe(true);
    await held.arrived(1);
    expect(await django.isChecked()).toBe(true);
    held.refuse('Your plan could not be saved: the disk is full.');
    await expect.poll(() => django.isChecked(), POLL).toBe(false);
    expect(await flask.isChecked()).toBe(false);
    expect(app.services.store.plan.projects['library-management-system']!.stackChoices).toEqual({});
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'the disk is full' }).count(), POLL).toBe(1);

    await flask.click();
    expect(await flask.isChecked()).toBe(true);
    await expect.poll(() => Object.values(app!.services.store.plan.projects['library-management-system']!.stackChoices), POLL).toEqual(['Flask']);
    expect(await flask.isChecked()).toBe(true);
  }, 180_000);
});
