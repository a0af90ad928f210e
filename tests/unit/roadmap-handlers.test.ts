import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock, type Clock } from '../../src/main/core/clock';
import { PLAN_FILE } from '../../src/main/core/plan-store';
import { startTestServices } from '../support/test-services';
import type { Plan } from '../../src/shared/plan-schema';

async function roadmapServices(day = '2026-03-02') {
  let clock: Clock = fixedClock(day);
  const services = await startTestServices({ prefix: 'roadmap', clock: { now: () => clock.now() } });
  const { call } = services;
  const ok = async (channel: string, payload: unknown): Promise<Plan> => {
    const reply = await call(channel, payload);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.data as Plan;
  };
  return { ...services, ok, setDay: (d: string) => void (clock = fixedClock(d)) };
}

describe('roadmap handlers', () => {
  it('stamps goal ticks with main’s day, starts the week and, if unset, the plan', async () => {
    const s = await roadmapServices('2026-03-04');
    let plan = await s.ok('roadmap:set-goal', { week: 1, goal: 1, done: true });
    expect(plan.weeks[0]).toMatchObject({ status: 'in-progress', startedOn: '2026-03-04', goalsDone: [null, '2026-03-04', null] });
    expect(plan.settings.startDate).toBe('2026-03-04');
    s.setDay('2026-03-06');
    plan = await s.ok('roadmap:set-goal', { week: 1, goal: 1, done: true });
    expect(plan.weeks[0]!.goalsDone[1]).toBe('2026-03-04'); // ticking again keeps the first day
    plan = await s.ok('roadmap:set-goal', { week: 1, goal: 1, done: false });
    expect(plan.weeks[0]!.goalsDone[1]).toBeNull();
  });

  it('records completion days for done and skipped weeks and clears them when reopened', async () => {
    const s = await roadmapServices('2026-03-08');
    let plan = await s.ok('roadmap:set-week-status', { week: 1, status: 'done' });
    expect(plan.weeks[0]).toMatchObject({ status: 'done', startedOn: '2026-03-08', completedOn: '2026-03-08' });
    expect(plan.weeks[0]!.goalsDone.every((d) => d === '2026-03-08')).toBe(true);
    plan = await s.ok('roadmap:set-week-status', { week: 2, status: 'skipped' });
    expect(plan.weeks[1]).toMatchObject({ status: 'skipped', completedOn: '2026-03-08', startedOn: null });
    expect(plan.weeks[1]!.goalsDone.every((d) => d === null)).toBe(true);
    plan = await s.ok('roadmap:set-week-status', { week: 1, status: 'not-started' });
    expect(plan.weeks[0]).toMatchObject({ startedOn: null, completedOn: null });
  });

  it('re-plans the unfinished weeks from where the plan had them when the pace changes mid-way (a lead is kept), and not before any progress', async () => {
    const s = await roadmapServices('2026-03-01');
    let plan = await s.ok('roadmap:set-schedule', { startDate: '2026-03-02', pace: { mode: 'calendar', weeksPerRoadmapWeek: 1 } });
    expect(plan.settings).toMatchObject({ onboarded: true, startDate: '2026-03-02', replan: null });
    plan = await s.ok('roadmap:set-schedule', { startDate: '2026-03-02', pace: { mode: 'calendar', weeksPerRoadmapWeek: 2 } });
    expect(plan.settings.replan).toBeNull();
    s.setDay('2026-03-10');
    await s.ok('roadmap:set-week-status', { week: 1, status: 'done' });
    s.setDay('2026-03-12');
    plan = await s.ok('roadmap:set-schedule', { startDate: '2026-03-02', pace: { mode: 'hours', hoursPerWeek: 5, hoursPerRoadmapWeek: 10 } });
    // Week 1 was planned for 2–15 Mar and done on the 10th: week 2 still starts on the 16th as planned
    // (audit s6 fault 7; the old rule restarted it on the 11th and the 5 days' lead were lost).
    expect(plan.settings.replan).toEqual({ fromWeek: 2, on: '2026-03-16', kept: [[0, 14]] });
    // Same pace again: nothing to re-plan.
    plan = await s.ok('roadmap:set-schedule', { startDate: '2026-03-02', pace: { mode: 'hours', hoursPerWeek: 5, hoursPerRoadmapWeek: 10 } });
    expect(plan.settings.replan).toEqual({ fromWeek: 2, on: '2026-03-16', kept: [[0, 14]] });
    plan = await s.ok('roadmap:set-schedule', { startDate: '2026-03-09', pace: { mode: 'calendar', weeksPerRoadmapWeek: 1 } });
    expect(plan.settings.replan).toBeNull();
  });

  it('keeps notes, links and length per week, and skip only marks the question answered', async () => {
    const s = await roadmapServices();
    let plan = await s.ok('roadmap:update-week', { week: 3, patch: { notes: 'Revisit comprehensions', links: [{ label: 'Real Python', url: 'https://realpython.com/' }], lengthFactor: 1.5 } });
    expect(plan.weeks[2]).toMatchObject({ notes: 'Revisit comprehensions', lengthFactor: 1.5, links: [{ label: 'Real Python', url: 'https://realpython.com/' }] });
    plan = await s.ok('roadmap:skip-onboarding', {});
    expect(plan.settings).toMatchObject({ onboarded: true, startDate: null });
  });

  it('refuses bad input with a clear message and leaves the file untouched', async () => {
    const s = await roadmapServices();
    await s.store.flush();
    const before = await readFile(join(s.dataDir, PLAN_FILE), 'utf8');
    expect(await s.call('roadmap:set-goal', { week: 27, goal: 0, done: true })).toMatchObject({ ok: false, error: { code: 'not-found', message: 'The roadmap has no week 27.' } });
    expect(await s.call('roadmap:set-goal', { week: 1, goal: 9, done: true })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await s.call('roadmap:set-week-status', { week: 1, status: 'finished' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await s.call('roadmap:update-week', { week: 1, patch: { links: [{ label: 'x', url: 'javascript:alert(1)' }] } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await s.call('roadmap:update-week', { week: 1, patch: { lengthFactor: 0 } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await s.call('roadmap:set-schedule', { startDate: '2026-02-30', pace: { mode: 'calendar', weeksPerRoadmapWeek: 1 } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await s.store.flush();
    expect(await readFile(join(s.dataDir, PLAN_FILE), 'utf8')).toBe(before);
  });
});

describe('roadmap handlers: task ticks and reverting Done (issue 15, issue 12 case 6)', () => {
  it('ticks tasks, finishes a week whose goals and tasks are all ticked, and reverts to the user’s own ticks', async () => {
    const s = await roadmapServices('2026-03-04');
    let plan = await s.ok('roadmap:set-task', { week: 1, task: 0, done: true });
    expect(plan.weeks[0]).toMatchObject({ status: 'in-progress', tasksDone: ['2026-03-04'] });
    for (const goal of [0, 1]) plan = await s.ok('roadmap:set-goal', { week: 1, goal, done: true });
    expect(plan.weeks[0]!.status).toBe('in-progress');
    s.setDay('2026-03-06');
    plan = await s.ok('roadmap:set-goal', { week: 1, goal: 2, done: true });
    expect(plan.weeks[0]).toMatchObject({ status: 'done', startedOn: '2026-03-04', completedOn: '2026-03-06' });
    plan = await s.ok('roadmap:set-task', { week: 1, task: 0, done: false });
    expect(plan.weeks[0]).toMatchObject({ status: 'in-progress', completedOn: null });

    plan = await s.ok('roadmap:set-goal', { week: 2, goal: 0, done: true });
    plan = await s.ok('roadmap:set-week-status', { week: 2, status: 'done' });
    expect(plan.weeks[1]!.goalsDone.every(Boolean)).toBe(true);
    plan = await s.ok('roadmap:set-week-status', { week: 2, status: 'in-progress' });
    expect(plan.weeks[1]!.goalsDone.filter(Boolean)).toHaveLength(1);
    plan = await s.ok('roadmap:set-week-status', { week: 2, status: 'not-started' });
    expect(plan.weeks[1]!.goalsDone.filter(Boolean)).toHaveLength(0);
    const onDisk = JSON.parse(await readFile(join(s.dataDir, PLAN_FILE), 'utf8')) as Plan;
    expect(onDisk.weeks[1]!.goalsDone.filter(Boolean)).toHaveLength(0);

    const missing = await s.call('roadmap:set-task', { week: 1, task: 9, done: true });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found', message: 'Week 1 has no task 10.' } });
  });
});
