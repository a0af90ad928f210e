import { shiftDate } from '../../src/shared/domain/calendar-days';
import type { Plan } from '../../src/shared/plan-schema';

/**
 * Onboards `plan` with the roadmap starting on `start` (a Monday) and marks its first `weeks` weeks
 * done on their planned days: each started on its Monday, finished on its Sunday, every goal ticked
 * on its Thursday. Mutates `plan` (use inside `store.update`).
 */
export function weeksDoneOnPlan(plan: Plan, start: string, weeks: number): void {
  plan.settings.startDate = start;
  plan.settings.onboarded = true;
  for (let i = 0; i < weeks; i++) {
    const week = plan.weeks[i]!;
    week.status = 'done';
    week.startedOn = shiftDate(start, 7 * i);
    week.completedOn = shiftDate(start, 7 * i + 6);
    week.goalsDone = week.goalsDone.map(() => shiftDate(start, 7 * i + 3));
  }
}
