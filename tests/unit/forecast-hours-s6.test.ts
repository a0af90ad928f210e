import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import curriculumJson from '../../curriculum/roadmap.json';
import { CurriculumSchema } from '../../src/shared/curriculum-schema';
import { createDefaultPlan } from '../../src/shared/default-plan';
import { burnUp } from '../../src/shared/domain/burn-up';
import { daysBetween, shiftDate } from '../../src/shared/domain/calendar-days';
import { forecastFinish } from '../../src/shared/domain/forecast';
import { planRoadmap, plannerInput } from '../../src/shared/domain/pacing';
import { buildSchedule } from '../../src/shared/domain/schedule';
import type { Plan } from '../../src/shared/plan-schema';
import { AUDIT_TODAY, seedAuditPlan } from '../support/audit-s6-plan';

const curriculum = CurriculumSchema.parse(curriculumJson);
const TODAY = AUDIT_TODAY;

/** Audit s6 fault 6, as the tester set it up (tests/support/audit-s6-plan.ts). */
const auditPlan = (): Plan => seedAuditPlan(createDefaultPlan(curriculum, TODAY));

const logOnWeek8 = (plan: Plan, minutes: number): Plan => {
  plan.weeks[7]!.studyLog = [{ on: TODAY, minutes }];
  return plan;
};

const roadmap = (plan: Plan, today = TODAY) => planRoadmap(plannerInput(curriculum, plan, today));

describe('audit s6 fault 6: the hours forecast agrees with the rest of the card', () => {
  it('before any study time: 18 days behind, planned Fri Jun 4 2027, forecast Tue Sep 28 2027 from the pace so far', () => {
    const { summary } = roadmap(auditPlan());
    expect(summary).toMatchObject({ status: 'behind', daysAhead: -18, plannedFinish: '2027-06-04', forecastFinish: '2027-09-28', forecastBasis: 'velocity' });
  });

  it('3.25 h logged on week 8: under a week of hours, so the forecast stays Tue Sep 28 2027 (not Wed Nov 26 2036)', () => {
    const { summary } = roadmap(logOnWeek8(auditPlan(), 195));
    expect(summary).toMatchObject({ status: 'behind', daysAhead: -18, plannedFinish: '2027-06-04', forecastFinish: '2027-09-28', forecastBasis: 'velocity' });
  });

  it('12 h logged on week 8: the hours forecast counts the finished weeks as hours done and lands between the planned finish and the velocity one', () => {
    const { summary, forecast } = roadmap(logOnWeek8(auditPlan(), 720));
    // Hours done: weeks 1–3 = 30 h, weeks 4–7 tick 1 of 3, 3, 5, 5 → 10 × (1/3 + 1/3 + 1/5 + 1/5) = 10.667 h,
    // week 8 = 12 h → 52.667 h in the 56 days since Oct 5. Left: 260 − 30 − 10.667 − 10 (week 8 asks 10 h) = 209.333 h
    // → ⌈209.333 / (52.667 / 56)⌉ = 223 days, today included: Sat Jul 10 2027.
    expect(forecast.basis).toBe('hours');
    expect(summary).toMatchObject({ status: 'behind', daysAhead: -18, plannedFinish: '2027-06-04', forecastFinish: shiftDate(TODAY, 222), forecastBasis: 'hours' });
    expect(summary.forecastFinish).toBe('2027-07-10');
    expect(forecast.velocity).toBeCloseTo(52.667 / 56 / (7.5 / 7), 3);
  });

  it('behind means the forecast is not before the planned finish, however many hours are logged; the chart ends on the same date', () => {
    const plan = logOnWeek8(auditPlan(), 600);
    plan.weeks[6]!.studyLog = [{ on: TODAY, minutes: 60 * 60 }];
    const rm = roadmap(plan);
    expect(rm.summary.status).toBe('behind');
    expect(rm.summary.forecastFinish! >= rm.summary.plannedFinish!).toBe(true);
    expect(rm.summary.forecastFinish).toBe('2027-06-04');
    const chart = burnUp(rm, TODAY);
    expect(chart.forecast?.[chart.forecast.length - 1]?.date).toBe(rm.summary.forecastFinish);
  });

  it('the property\'s counterexample (session 10): one goal ticked, 1 h a week against 40 h per roadmap week, day 72 — logging an hour does not move the finish later', () => {
    const today = shiftDate('2026-01-05', 72);
    const plan = createDefaultPlan(curriculum, today);
    plan.settings.startDate = '2026-01-05';
    plan.settings.pace = { mode: 'hours', hoursPerWeek: 1, hoursPerRoadmapWeek: 40 };
    plan.weeks[0]!.goalsDone[0] = today;
    const forecast = () => forecastFinish(buildSchedule(plannerInput(curriculum, plan, today)), today);
    const before = forecast();
    plan.weeks[0]!.studyLog = [{ on: today, minutes: 60 }];
    const after = forecast();
    // Before the fix the hours forecast, held on the plan's side of "behind", landed 3,558 days later.
    expect(daysBetween(before.finish, after.finish)).toBeLessThanOrEqual(0);
    expect(after.finish).toBe(before.finish);
  });

  it('property: logging more study time never moves the forecast later', () => {
    const weekIndex = fc.integer({ min: 0, max: 25 });
    const scenario = fc.record({
      doneWeeks: fc.integer({ min: 0, max: 25 }),
      ticks: fc.array(fc.tuple(weekIndex, fc.integer({ min: 0, max: 2 })), { maxLength: 12 }),
      logs: fc.array(fc.tuple(weekIndex, fc.integer({ min: 0, max: 3000 })), { maxLength: 8 }),
      more: fc.tuple(weekIndex, fc.integer({ min: 1, max: 3000 })),
      hoursPerWeek: fc.constantFrom(1, 3, 7.5, 10, 20, 40),
      hoursPerRoadmapWeek: fc.constantFrom(1, 5, 10, 12, 40),
      elapsed: fc.integer({ min: 0, max: 400 }),
    });
    fc.assert(
      fc.property(scenario, (s) => {
        const today = shiftDate('2026-01-05', s.elapsed);
        const plan = createDefaultPlan(curriculum, today);
        plan.settings.startDate = '2026-01-05';
        plan.settings.pace = { mode: 'hours', hoursPerWeek: s.hoursPerWeek, hoursPerRoadmapWeek: s.hoursPerRoadmapWeek };
        plan.weeks.forEach((w, i) => {
          if (i < s.doneWeeks) Object.assign(w, { status: 'done', startedOn: today, completedOn: today });
        });
        for (const [i, g] of s.ticks) if (i >= s.doneWeeks && g < plan.weeks[i]!.goalsDone.length) plan.weeks[i]!.goalsDone[g] = today;
        for (const [i, minutes] of s.logs) plan.weeks[i]!.studyLog = [{ on: today, minutes }];
        const before = forecastFinish(buildSchedule(plannerInput(curriculum, plan, today)), today).finish;
        const [i, extra] = s.more;
        const week = plan.weeks[i]!;
        week.studyLog = [{ on: today, minutes: (week.studyLog[0]?.minutes ?? 0) + extra }];
        const after = forecastFinish(buildSchedule(plannerInput(curriculum, plan, today)), today).finish;
        expect(daysBetween(before, after)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });
});
