import { emptyWeek } from '../../src/shared/default-plan';
import { shiftDate } from '../../src/shared/domain/calendar-days';
import type { PlannerInput } from '../../src/shared/domain/schedule';
import type { CalendarDate, Pace, WeekProgress } from '../../src/shared/plan-schema';

export const calendarPace = (weeksPerRoadmapWeek: number): Pace => ({ mode: 'calendar', weeksPerRoadmapWeek });

/** 26 fresh weeks of three goals each. */
export const freshWeeks = (count = 26, goals = 3): WeekProgress[] => Array.from({ length: count }, () => emptyWeek(goals));

/** Marks weeks 1..n done on their plain-pace planned days (week i: start + 7(i-1) .. start + 7i - 1). */
export function doneOnTime(weeks: WeekProgress[], n: number, start: CalendarDate): WeekProgress[] {
  return weeks.map((w, i) =>
    i < n
      ? {
          ...w,
          status: 'done',
          startedOn: shiftDate(start, 7 * i),
          completedOn: shiftDate(start, 7 * i + 6),
          goalsDone: w.goalsDone.map(() => shiftDate(start, 7 * i + 3)),
        }
      : w,
  );
}

export function input(over: Partial<PlannerInput> & { start?: CalendarDate | null; pace?: Pace } = {}): PlannerInput {
  return {
    weeks: over.weeks ?? freshWeeks(),
    settings: over.settings ?? { startDate: over.start === undefined ? '2026-03-02' : over.start, pace: over.pace ?? calendarPace(1), replan: null },
    today: over.today ?? '2026-03-02',
  };
}
