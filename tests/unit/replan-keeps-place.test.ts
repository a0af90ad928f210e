import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import curriculumJson from '../../curriculum/roadmap.json';
import { CurriculumSchema } from '../../src/shared/curriculum-schema';
import { createDefaultPlan } from '../../src/shared/default-plan';
import { shiftDate } from '../../src/shared/domain/calendar-days';
import { planRoadmap, plannerInput } from '../../src/shared/domain/pacing';
import { keepPlaceAnchor } from '../../src/shared/domain/replan';
import { buildSchedule } from '../../src/shared/domain/schedule';
import type { Pace, Plan } from '../../src/shared/plan-schema';
import { startTestServices } from '../support/test-services';
import { AUDIT_TODAY, seedAuditPlan } from '../support/audit-s6-plan';
import { fixedClock } from '../../src/main/core/clock';

const curriculum = CurriculumSchema.parse(curriculumJson);
const TODAY = AUDIT_TODAY;
const HOURS_7: Pace = { mode: 'hours', hoursPerWeek: 7, hoursPerRoadmapWeek: 10 };

/** The audit's state (fault 6/7; tests/support/audit-s6-plan.ts). */
const auditPlan = (p: Plan = createDefaultPlan(curriculum, TODAY)): Plan => seedAuditPlan(p);

/** What the roadmap header shows after a pace change, by the rule in domain/replan.ts. */
function changePace(plan: Plan, pace: Pace, today = TODAY) {
  const before = buildSchedule(plannerInput(curriculum, plan, today));
  const replan = keepPlaceAnchor(before) ?? plan.settings.replan;
  const after: Plan = { ...plan, settings: { ...plan.settings, pace, replan } };
  return { replan, summary: planRoadmap(plannerInput(curriculum, after, today)).summary };
}

describe('audit s6 fault 7: a pace change keeps the days behind', () => {
  it('18 days behind at 7.5 h; at 7 h a week still behind (17 days), week 4 still planned from Mon Nov 2, the planned finish 15 days later', () => {
    const plan = auditPlan();
    const before = planRoadmap(plannerInput(curriculum, plan, TODAY)).summary;
    expect(before).toMatchObject({ status: 'behind', daysAhead: -18, plannedFinish: '2027-06-04' });
    const { replan, summary } = changePace(plan, HOURS_7);
    // Weeks 1–3 keep 9⅓ days each (0–28); week 4 starts on day 28, Mon Nov 2, as before.
    expect(replan).toMatchObject({ fromWeek: 4, on: '2026-11-02' });
    expect(replan!.kept!.map(([a, b]) => [Math.round(a * 3) / 3, Math.round(b * 3) / 3])).toEqual([
      [0, 28 / 3],
      [28 / 3, 56 / 3],
      [56 / 3, 28],
    ]);
    // 23 weeks of 10 days from day 28 end on day 257: Sat Jun 19 2027.
    // Done: 3 weeks + 1/3 + 1/3 + 1/5 + 1/5 = 4.067 weeks → the plan reached that on day 28 + 10 + 0.67 = 39; today is day 56.
    expect(summary).toMatchObject({ status: 'behind', daysAhead: -17, plannedFinish: '2027-06-19' });
    expect(summary.status).not.toBe('ahead');
  });

  it('a faster pace keeps the place too: 10 h a week, week 4 from Mon Nov 2, 7 days per week → 21 days behind', () => {
    const { replan, summary } = changePace(auditPlan(), { mode: 'hours', hoursPerWeek: 10, hoursPerRoadmapWeek: 10 });
    expect(replan).toMatchObject({ fromWeek: 4, on: '2026-11-02' });
    // Day 28 + 7 + 0.067 × 7 = 35.47 → 35 − 56.
    expect(summary).toMatchObject({ status: 'behind', daysAhead: -21 });
  });

  it('a lead is kept as well: weeks 1–4 done early, pace halved, still ahead by the same days', () => {
    const plan = createDefaultPlan(curriculum, '2026-01-19');
    plan.settings.startDate = '2026-01-05';
    plan.settings.pace = { mode: 'calendar', weeksPerRoadmapWeek: 1 };
    plan.weeks.forEach((w, i) => {
      if (i < 4) Object.assign(w, { status: 'done', startedOn: '2026-01-05', completedOn: '2026-01-18' });
    });
    const before = planRoadmap(plannerInput(curriculum, plan, '2026-01-19')).summary;
    expect(before).toMatchObject({ status: 'ahead', daysAhead: 14 });
    const { summary } = changePace(plan, { mode: 'calendar', weeksPerRoadmapWeek: 2 }, '2026-01-19');
    expect(summary).toMatchObject({ status: 'ahead', daysAhead: 14 });
  });

  it('property: with whole weeks finished, a pace change never changes the days ahead or behind, nor the dates of the weeks before', () => {
    const pace: fc.Arbitrary<Pace> = fc.oneof(
      fc.constantFrom(0.5, 1, 1.5, 2, 3).map((w) => ({ mode: 'calendar', weeksPerRoadmapWeek: w }) as const),
      fc.record({ mode: fc.constant('hours' as const), hoursPerWeek: fc.constantFrom(3, 5, 7.5, 10, 20), hoursPerRoadmapWeek: fc.constantFrom(5, 10, 12) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), fc.integer({ min: 0, max: 300 }), pace, pace, (done, elapsed, a, b) => {
        const today = shiftDate('2026-01-05', elapsed);
        const plan = createDefaultPlan(curriculum, today);
        plan.settings.startDate = '2026-01-05';
        plan.settings.pace = a;
        plan.weeks.forEach((w, i) => {
          if (i < done) Object.assign(w, { status: 'done', startedOn: today, completedOn: today });
        });
        const before = buildSchedule(plannerInput(curriculum, plan, today));
        const beforeSummary = planRoadmap(plannerInput(curriculum, plan, today)).summary;
        const { replan, summary } = changePace(plan, b, today);
        const after = buildSchedule(plannerInput(curriculum, { ...plan, settings: { ...plan.settings, pace: b, replan } }, today));
        expect(after.weeks.slice(0, done).map((w) => [w.plannedStart, w.plannedEnd])).toEqual(before.weeks.slice(0, done).map((w) => [w.plannedStart, w.plannedEnd]));
        expect(after.weeks[done]!.plannedStart).toBe(before.weeks[done]!.plannedStart);
        if (beforeSummary.status !== 'not-started') expect(summary.daysAhead).toBe(beforeSummary.daysAhead);
      }),
      { numRuns: 300 },
    );
  });

  it('the pace dialog and the onboarding form save through one handler: the stored re-plan keeps week 4 on Mon Nov 2', async () => {
    const services = await startTestServices({ prefix: 'replan', clock: fixedClock(TODAY) });
    await services.store.update((p) => void auditPlan(p));
    const reply = await services.call('roadmap:set-schedule', { startDate: '2026-10-05', pace: HOURS_7 });
    if (!reply.ok) throw new Error(reply.error.message);
    const plan = reply.data as Plan;
    expect(plan.settings.replan).toMatchObject({ fromWeek: 4, on: '2026-11-02' });
    expect(planRoadmap(plannerInput(curriculum, plan, TODAY)).summary).toMatchObject({ status: 'behind', daysAhead: -17, plannedFinish: '2027-06-19' });
  });
});
