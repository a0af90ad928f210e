import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/main/core/clock';
import { planRoadmap, plannerInput } from '../../src/shared/domain/pacing';
import { daysBetween } from '../../src/shared/domain/calendar-days';
import { CHECKLIST_LEAVES_OUT } from '../../src/shared/import/import-roadmap';
import type { Curriculum } from '../../src/shared/curriculum-schema';
import type { Plan } from '../../src/shared/plan-schema';
import { AUDIT_PACE, AUDIT_TODAY, seedAuditPlan } from '../support/audit-s6-plan';
import { okData as ok } from '../support/ok-data';
import { startTestServices } from '../support/test-services';

/**
 * Check s6, N1: a Progress-checklist round trip (Portfolio → Export Progress checklist…, then the
 * Roadmap picker's import) kept the pace but lost the stored re-plan, so the copy showed other
 * days behind, another planned finish and other "later than planned" days than the original.
 */
type TestServices = Awaited<ReturnType<typeof startTestServices>>;
const running: TestServices[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) await s.close().catch(() => undefined);
});

/** What the Roadmap view shows: days ahead (negative: behind), planned finish, and per week its planned end and how many days late it finished. */
function shown(curriculum: Curriculum, plan: Plan) {
  const { schedule, summary } = planRoadmap(plannerInput(curriculum, plan, AUDIT_TODAY));
  return {
    daysAhead: summary.daysAhead,
    plannedFinish: summary.plannedFinish,
    forecastFinish: summary.forecastFinish,
    weeks: schedule.weeks.map((w) => ({ plannedStart: w.plannedStart, plannedEnd: w.plannedEnd, late: w.actualEnd ? daysBetween(w.plannedEnd, w.actualEnd) : null })),
  };
}

/** The tester's state (check s6, faults 6, 7 and N1): weeks 1–3 Done today, one week-5 goal ticked, nothing else. */
function testerPlan(plan: Plan): void {
  seedAuditPlan(plan);
  plan.weeks.slice(3, 7).forEach((w) => Object.assign(w, { status: 'not-started', startedOn: null, goalsDone: w.goalsDone.map(() => null) }));
  Object.assign(plan.weeks[4]!, { status: 'in-progress', startedOn: AUDIT_TODAY });
  plan.weeks[4]!.goalsDone[0] = AUDIT_TODAY;
}

describe('check s6 N1: the progress checklist round trip keeps the re-plan', () => {
  it("the tester's steps: 7.5 h → 7 h → 20 h, export, import: the copy shows the same days behind, planned finish, forecast and per-week dates", async () => {
    const s = await startTestServices({ prefix: 's7replan', clock: fixedClock(AUDIT_TODAY) });
    running.push(s);
    await s.store.update((plan: Plan) => void testerPlan(plan));
    ok(await s.call('roadmap:set-schedule', { startDate: '2026-10-05', pace: { ...AUDIT_PACE, hoursPerWeek: 7 } }));
    ok(await s.call('roadmap:set-schedule', { startDate: '2026-10-05', pace: { ...AUDIT_PACE, hoursPerWeek: 20 } }));
    // Study time on two days of week 5, so the forecast counts logged hours too.
    await s.store.update((plan: Plan) => void (plan.weeks[4]!.studyLog = [{ on: '2026-11-28', minutes: 90 }, { on: AUDIT_TODAY, minutes: 195 }]));
    const original = ok(await s.call('plan:get', {})) as Plan;
    expect(original.settings.replan).toMatchObject({ fromWeek: 4, on: '2026-11-02' });
    const curriculum = ok(await s.call('app:boot', {})).curriculum as Curriculum;
    const before = shown(curriculum, original);
    // The tester's figures (check s6, N1): 27 days behind, planned finish Thu, 21 Jan 2027, week 1 finished 48 days late.
    expect(before.daysAhead).toBe(-27);
    expect(before.plannedFinish).toBe('2027-01-21');
    expect(before.weeks[0]!.late).toBe(48);

    const checklist = ok(await s.call('portfolio:export', { format: 'checklist', to: 'download' })).content as string;
    expect(checklist).toContain('Study log: 2026-11-28 90 min, 2026-11-30 195 min');
    // A day is whole or a whole and a fraction ("9 1/3", check 3 s7 fault F).
    expect(checklist).toMatch(/^> Re-plan: from week 4 on 2026-11-02 · earlier weeks kept at days 0–(?:\d+ )?\d+(?:\/\d+)?, (?:\d+ )?\d+(?:\/\d+)?–(?:\d+ )?\d+(?:\/\d+)?, (?:\d+ )?\d+(?:\/\d+)?–(?:\d+ )?\d+(?:\/\d+)? from the start$/m);

    const imported = ok(await s.call('roadmaps:import', { markdown: checklist, fileName: 'prep-planner-progress-2026-11-30.md' }));
    expect(imported.report.remarks).toContain(CHECKLIST_LEAVES_OUT);
    ok(await s.call('roadmaps:switch', { id: imported.roadmap.id }));
    const copy = ok(await s.call('plan:get', {})) as Plan;
    const copyCurriculum = ok(await s.call('app:boot', {})).curriculum as Curriculum;
    expect(copy.settings.replan).toEqual(original.settings.replan);
    expect(copy.settings.pace).toEqual(original.settings.pace);
    expect(copy.weeks.map((w) => w.studyLog)).toEqual(original.weeks.map((w) => w.studyLog));
    const after = shown(copyCurriculum, copy);
    expect(after).toEqual(before);
    expect(after.daysAhead).toBe(-27);
    expect(after.plannedFinish).toBe('2027-01-21');
    expect(after.weeks[0]!.late).toBe(48);
  });

  it('without a re-plan the checklist has no re-plan line and the copy has none either', async () => {
    const s = await startTestServices({ prefix: 's7replan0', clock: fixedClock(AUDIT_TODAY) });
    running.push(s);
    await s.store.update((plan: Plan) => void seedAuditPlan(plan));
    const checklist = ok(await s.call('portfolio:export', { format: 'checklist', to: 'download' })).content as string;
    expect(checklist).not.toContain('Re-plan:');
    const imported = ok(await s.call('roadmaps:import', { markdown: checklist, fileName: 'progress.md' }));
    ok(await s.call('roadmaps:switch', { id: imported.roadmap.id }));
    expect((ok(await s.call('plan:get', {})) as Plan).settings.replan).toBeNull();
  });
});
