import type { Pace, Plan } from '../../src/shared/plan-schema';

/** The day the audit of 2026-11-30 (audit s6, faults 6 and 7) was run. */
export const AUDIT_TODAY = '2026-11-30';
/** The tester's pace: 7.5 h a week, 10 h per roadmap week. */
export const AUDIT_PACE: Pace = { mode: 'hours', hoursPerWeek: 7.5, hoursPerRoadmapWeek: 10 };

/**
 * Puts `plan` in the state the tester set up (audit s6 faults 6 and 7): start Mon 5 Oct 2026 at
 * {@link AUDIT_PACE}, weeks 1–3 ticked Done today, the first goal of weeks 4–7 ticked, no time logged.
 * Changes `plan` in place (so it also serves inside `store.update`) and returns it.
 */
export function seedAuditPlan(plan: Plan, onboarded = true): Plan {
  plan.settings.startDate = '2026-10-05';
  plan.settings.onboarded = onboarded;
  plan.settings.pace = { ...AUDIT_PACE };
  plan.weeks.forEach((w, i) => {
    if (i < 3) {
      Object.assign(w, { status: 'done', startedOn: AUDIT_TODAY, completedOn: AUDIT_TODAY });
      w.goalsDone = w.goalsDone.map(() => AUDIT_TODAY);
      w.tasksDone = w.tasksDone.map(() => AUDIT_TODAY);
    } else if (i < 7) {
      Object.assign(w, { status: 'in-progress', startedOn: AUDIT_TODAY });
      w.goalsDone[0] = AUDIT_TODAY;
    }
  });
  return plan;
}
