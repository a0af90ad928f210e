import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/main/core/clock';
import { planRoadmap, plannerInput } from '../../src/shared/domain/pacing';
import type { Curriculum } from '../../src/shared/curriculum-schema';
import type { Plan } from '../../src/shared/plan-schema';
import { AUDIT_PACE, AUDIT_TODAY, seedAuditPlan } from '../support/audit-s6-plan';
import { okData as ok } from '../support/ok-data';
import { startTestServices } from '../support/test-services';

/**
 * Check 3 (s7), fault B: a week's length (0.5×–3×, "1.5× as long" in the Roadmap view) was lost in
 * the Progress-checklist round trip, so the copy's planned finish and every later week's planned
 * dates moved, while the import report says the copy "shows the same planned dates".
 */
type TestServices = Awaited<ReturnType<typeof startTestServices>>;
const running: TestServices[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) await s.close().catch(() => undefined);
});

/** What the Roadmap view shows: days ahead, planned finish and each week's planned dates. */
function shown(curriculum: Curriculum, plan: Plan) {
  const { schedule, summary } = planRoadmap(plannerInput(curriculum, plan, AUDIT_TODAY));
  return {
    daysAhead: summary.daysAhead,
    plannedFinish: summary.plannedFinish,
    weeks: schedule.weeks.map((w) => [w.plannedStart, w.plannedEnd]),
  };
}

async function roundTrip(s: TestServices) {
  const original = ok(await s.call('plan:get', {})) as Plan;
  const curriculum = ok(await s.call('app:boot', {})).curriculum as Curriculum;
  const checklist = ok(await s.call('portfolio:export', { format: 'checklist', to: 'download' })).content as string;
  const imported = ok(await s.call('roadmaps:import', { markdown: checklist, fileName: 'prep-planner-progress-2026-11-30.md' }));
  ok(await s.call('roadmaps:switch', { id: imported.roadmap.id }));
  const copy = ok(await s.call('plan:get', {})) as Plan;
  const copyCurriculum = ok(await s.call('app:boot', {})).curriculum as Curriculum;
  return { checklist, original, copy, before: shown(curriculum, original), after: shown(copyCurriculum, copy) };
}

describe('check 3 s7 fault B: the progress checklist round trip keeps each week\'s length', () => {
  it("the tester's steps: hours pace, re-plan, week 5 at 1.5×, week 4 in progress, week 6 skipped, pace 12 h: same planned finish and per-week dates", async () => {
    const s = await startTestServices({ prefix: 's7length', clock: fixedClock(AUDIT_TODAY) });
    running.push(s);
    await s.store.update((plan: Plan) => void seedAuditPlan(plan));
    ok(await s.call('roadmap:set-schedule', { startDate: '2026-10-05', pace: { ...AUDIT_PACE, hoursPerWeek: 7 } }));
    ok(await s.call('roadmap:update-week', { week: 5, patch: { lengthFactor: 1.5 } }));
    ok(await s.call('roadmap:set-week-status', { week: 4, status: 'in-progress' }));
    ok(await s.call('roadmap:set-week-status', { week: 6, status: 'skipped' }));
    ok(await s.call('roadmap:set-schedule', { startDate: '2026-10-05', pace: { ...AUDIT_PACE, hoursPerWeek: 12 } }));

    const { checklist, original, copy, before, after } = await roundTrip(s);
    expect(original.settings.replan).not.toBeNull();
    expect(checklist).toContain('Length: 1.5× as long');
    // Only the week whose length was set carries the line.
    expect(checklist.match(/^Length:/gm)).toHaveLength(1);
    expect(copy.weeks.map((w) => w.lengthFactor)).toEqual(original.weeks.map((w) => w.lengthFactor));
    expect(copy.weeks[4]!.lengthFactor).toBe(1.5);
    expect(copy.weeks.map((w) => w.status)).toEqual(original.weeks.map((w) => w.status));
    expect(after.plannedFinish).toBe(before.plannedFinish);
    expect(after.weeks).toEqual(before.weeks);
    expect(after).toEqual(before);
  });

  it('calendar pace 1.5 weeks per roadmap week, week 12 at 2×: same planned finish and per-week dates', async () => {
    const s = await startTestServices({ prefix: 's7length2', clock: fixedClock(AUDIT_TODAY) });
    running.push(s);
    await s.store.update((plan: Plan) => void seedAuditPlan(plan));
    ok(await s.call('roadmap:set-schedule', { startDate: '2026-10-05', pace: { mode: 'calendar', weeksPerRoadmapWeek: 1.5 } }));
    ok(await s.call('roadmap:update-week', { week: 12, patch: { lengthFactor: 2 } }));

    const { checklist, copy, before, after } = await roundTrip(s);
    expect(checklist).toContain('Length: 2× as long');
    expect(copy.weeks[11]!.lengthFactor).toBe(2);
    expect(after.plannedFinish).toBe(before.plannedFinish);
    expect(after.weeks).toEqual(before.weeks);
  });

  it('an unreadable length line is refused, naming the week and its line; nothing is imported', async () => {
    const s = await startTestServices({ prefix: 's7length3', clock: fixedClock(AUDIT_TODAY) });
    running.push(s);
    await s.store.update((plan: Plan) => void seedAuditPlan(plan));
    ok(await s.call('roadmap:update-week', { week: 5, patch: { lengthFactor: 1.5 } }));
    const checklist = ok(await s.call('portfolio:export', { format: 'checklist', to: 'download' })).content as string;
    for (const bad of ['Length: 9× as long', 'Length: long']) {
      const broken = checklist.replace('Length: 1.5× as long', bad);
      const line = broken.split('\n').findIndex((l) => l === bad) + 1;
      const reply = await s.call('roadmaps:import', { markdown: broken, fileName: 'broken.md' });
      expect(reply.ok).toBe(false);
      const message = reply.ok ? '' : reply.error.message;
      expect(message).toContain(`"${bad}" (line ${line}) is not understood`);
      expect(message).toContain('Checklist, "Week 5" (line');
    }
    const list = ok(await s.call('roadmaps:list', {}));
    expect(JSON.stringify(list)).not.toContain('broken');
  });
});
