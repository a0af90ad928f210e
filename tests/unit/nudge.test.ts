import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCalendarDate } from '../../src/shared/calendar';
import type { Clock } from '../../src/main/core/clock';
import { checkNudge, type Notifier } from '../../src/main/core/nudge-service';
import type { PlanStore } from '../../src/main/core/plan-store';
import { startTestServices } from '../support/test-services';

/** A clock the test moves, and a notifier that records what it was asked to show and when. */
function harness(start: Date) {
  let now = start;
  const clock: Clock = { now: () => now };
  const shown: { day: string; title: string }[] = [];
  const notifier: Notifier = { notify: ({ title }) => shown.push({ day: toCalendarDate(now), title }) };
  const advanceHours = (h: number) => (now = new Date(now.getTime() + h * 3_600_000));
  return { clock, shown, notifier, advanceHours, at: (d: Date) => (now = d) };
}

async function setup(start: Date, startDate: string) {
  const h = harness(start);
  const services = await startTestServices({ prefix: 'nudge', clock: h.clock });
  await services.call('roadmap:set-schedule', { startDate, pace: { mode: 'calendar', weeksPerRoadmapWeek: 1 } });
  const check = () => checkNudge({ store: services.store, curriculum: services.curriculum, clock: h.clock, notifier: h.notifier });
  return { ...h, ...services, check };
}

describe('nudges through the injected notifier, on a moving clock', () => {
  it('announces each planned week on its first day and says "behind" once, never twice a day', async () => {
    const t = await setup(new Date(2026, 2, 1, 8), '2026-03-02');
    // Four weeks of the app checking every three hours, the learner doing nothing.
    for (let i = 0; i < 8 * 31; i++) {
      await t.check();
      t.advanceHours(3);
    }
    expect(t.shown).toEqual([
      { day: '2026-03-02', title: 'Week 1 starts today: Python Basics' },
      { day: '2026-03-09', title: 'Week 2 starts today: Functions and Modules' },
      { day: '2026-03-10', title: 'You are 8 days behind your plan' },
      { day: '2026-03-16', title: 'Week 3 starts today: Data Structures' },
      { day: '2026-03-23', title: 'Week 4 starts today: File Handling and Exceptions' },
      { day: '2026-03-30', title: 'Week 5 starts today: Object-Oriented Programming (OOP)' },
    ]);
    expect(new Set(t.shown.map((s) => s.day)).size).toBe(t.shown.length);
    expect(t.store.plan.settings.nudgeLog).toEqual({ lastOn: '2026-03-30', weekAnnounced: 5, behindAnnounced: true });
  });

  it('never storms at start-up: a long-missed plan gives one reminder, restarts that day give none', async () => {
    // Started in January, opened on Wednesday 4 March: week 9 began on Monday, 58 days behind.
    const t = await setup(new Date(2026, 2, 4, 9), '2026-01-05');
    expect(await t.check()).toMatchObject({ kind: 'behind' });
    for (let again = 0; again < 5; again++) expect(await t.check()).toBeNull();
    // The log is in the plan file, so a restart that day reads it and stays quiet too.
    const onDisk = JSON.parse(await readFile(join(t.dataDir, 'planner.json'), 'utf8'));
    expect(onDisk.settings.nudgeLog).toEqual({ lastOn: '2026-03-04', weekAnnounced: 0, behindAnnounced: true });
    t.advanceHours(24);
    expect(await t.check()).toBeNull();
    expect(t.shown).toEqual([{ day: '2026-03-04', title: 'You are 58 days behind your plan' }]);
  });

  it('a clock that jumps a week ahead (a laptop asleep) brings at most one reminder', async () => {
    const t = await setup(new Date(2026, 2, 2, 9), '2026-03-02');
    await t.check();
    t.at(new Date(2026, 2, 17, 9)); // Tuesday of week 3, 15 days later
    await t.check();
    await t.check();
    expect(t.shown.map((s) => s.title)).toEqual(['Week 1 starts today: Python Basics', 'Week 3 started yesterday: Data Structures']);
  });

  it('says "behind" again only after the learner caught up in between', async () => {
    const t = await setup(new Date(2026, 2, 12, 9), '2026-03-02');
    expect(await t.check()).toMatchObject({ kind: 'behind' });
    t.advanceHours(24);
    for (const week of [1, 2]) await t.call('roadmap:set-week-status', { week, status: 'done' });
    expect(await t.check()).toBeNull();
    expect(t.store.plan.settings.nudgeLog.behindAnnounced).toBe(false);
    t.at(new Date(2026, 2, 25, 9));
    expect(await t.check()).toMatchObject({ kind: 'behind', title: 'You are 9 days behind your plan' });
  });

  it('is on by default, silent when turned off, and shows nothing before a start date', async () => {
    const h = harness(new Date(2026, 2, 2, 9));
    const services = await startTestServices({ prefix: 'nudge-off', clock: h.clock });
    expect(services.store.plan.settings.nudges).toBe(true);
    const check = () => checkNudge({ store: services.store, curriculum: services.curriculum, clock: h.clock, notifier: h.notifier });
    expect(await check()).toBeNull(); // no start date yet: the plan is only provisional
    await services.call('roadmap:set-schedule', { startDate: '2026-03-02', pace: { mode: 'calendar', weeksPerRoadmapWeek: 1 } });
    await services.call('settings:update', { patch: { nudges: false } });
    // Another setting saved later never switches reminders back on.
    await services.call('settings:update', { patch: { onboarded: true } });
    expect(services.store.plan.settings.nudges).toBe(false);
    for (let i = 0; i < 30; i++, h.advanceHours(24)) expect(await check()).toBeNull();
    await services.call('settings:update', { patch: { nudges: true } });
    h.at(new Date(2026, 3, 6, 9)); // Monday 6 April: week 6 starts
    expect(await check()).toMatchObject({ kind: 'week-start', title: 'Week 6 starts today: Advanced Python Features' });
    expect(h.shown).toHaveLength(1);
  });

  it('shows nothing when the log cannot be saved, so a read-only folder never repeats a reminder', async () => {
    const h = harness(new Date(2026, 2, 2, 9));
    const services = await startTestServices({ prefix: 'nudge-ro', clock: h.clock });
    await services.call('roadmap:set-schedule', { startDate: '2026-03-02', pace: { mode: 'calendar', weeksPerRoadmapWeek: 1 } });
    const store = { plan: services.store.plan, update: async () => Promise.reject(new Error('EROFS')) } as unknown as PlanStore;
    expect(await checkNudge({ store, curriculum: services.curriculum, clock: h.clock, notifier: h.notifier })).toBeNull();
    expect(h.shown).toEqual([]);
  });
});
