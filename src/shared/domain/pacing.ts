import type { Curriculum } from '../curriculum-schema';
import type { CalendarDate, Plan } from '../plan-schema';
import { daysBetween } from './calendar-days';
import { forecastFinish, plannedFinish, unitsDone, type Forecast } from './forecast';
import { buildSchedule, isFinished, offsetForUnits, type PlannerInput, type Schedule } from './schedule';

/** Where the user stands, for the roadmap header and the portfolio export. */
export interface ProgressSummary {
  weeksTotal: number;
  /** Weeks done or skipped ("I already know this" counts as progress). */
  weeksDone: number;
  goalsTotal: number;
  goalsDone: number;
  /** 0..1 */
  goalShare: number;
  tasksTotal: number;
  tasksDone: number;
  /** The roadmap week the user is on (first not done/skipped), or null when all are finished. */
  currentWeek: number | null;
  /** Positive: ahead of plan; negative: behind; null before a start date is set. */
  daysAhead: number | null;
  status: 'not-started' | 'ahead' | 'on-track' | 'behind' | 'finished';
  plannedFinish: CalendarDate | null;
  forecastFinish: CalendarDate | null;
  /** 0..1: weeks done or skipped out of all weeks. */
  weekShare: number;
  /** The week whose planned dates contain today, or null before the start or after the planned finish. */
  plannedWeekToday: number | null;
  /** How the forecast was made; null when there is no forecast. */
  forecastBasis: Forecast['basis'] | null;
}

/** Within a day either way counts as on track: a plan in days cannot be more exact than that. */
export const ON_TRACK_DAYS = 1;

export interface RoadmapPlan {
  schedule: Schedule;
  summary: ProgressSummary;
  forecast: Forecast;
}

export function planRoadmap(input: PlannerInput & { goalsTotal?: number; tasksTotal?: number }): RoadmapPlan {
  const schedule = buildSchedule(input);
  const { today } = input;
  const weeks = schedule.weeks;
  const weeksDone = weeks.filter((w) => isFinished(w.status)).length;
  const goalsTotal = input.goalsTotal ?? input.weeks.reduce((n, w) => n + w.goalsDone.length, 0);
  const goalsDone = input.weeks.reduce((n, w) => n + w.goalsDone.filter(Boolean).length, 0);
  const tasksTotal = input.tasksTotal ?? input.weeks.reduce((n, w) => n + w.tasksDone.length, 0);
  const tasksDone = input.weeks.reduce((n, w) => n + w.tasksDone.filter(Boolean).length, 0);
  const current = weeks.find((w) => !isFinished(w.status));
  const forecast = forecastFinish(schedule, today);
  const todayOffset = daysBetween(schedule.startDate, today);
  const todayWeek = weeks.find((w) => w.plannedDays > 0 && todayOffset >= Math.round(w.startOffset) && todayOffset < Math.round(w.endOffset));

  let daysAhead: number | null = null;
  let status: ProgressSummary['status'];
  const units = unitsDone(schedule);
  if (!current) {
    status = 'finished';
    daysAhead = schedule.provisional ? null : daysBetween(forecast.finish, plannedFinish(schedule));
  } else if (schedule.provisional || (todayOffset < 0 && units === 0)) {
    status = 'not-started';
    daysAhead = schedule.provisional ? null : 0;
  } else {
    // Where the plan reaches the progress made, against today: the gap is the days ahead or behind.
    daysAhead = Math.round(offsetForUnits(schedule, units)) - todayOffset;
    status = Math.abs(daysAhead) <= ON_TRACK_DAYS ? 'on-track' : daysAhead > 0 ? 'ahead' : 'behind';
  }

  const summary: ProgressSummary = {
    weeksTotal: weeks.length,
    weeksDone,
    goalsTotal,
    goalsDone,
    goalShare: goalsTotal ? goalsDone / goalsTotal : 0,
    tasksTotal,
    tasksDone,
    currentWeek: current?.number ?? null,
    daysAhead,
    status,
    plannedFinish: schedule.provisional ? null : plannedFinish(schedule),
    forecastFinish: schedule.provisional ? null : forecast.finish,
    weekShare: weeks.length ? weeksDone / weeks.length : 0,
    plannedWeekToday: todayWeek?.number ?? null,
    forecastBasis: schedule.provisional ? null : forecast.basis,
  };
  return { schedule, summary, forecast };
}

/** Planner input from the stored plan, one entry per curriculum week. */
export function plannerInput(curriculum: Curriculum, plan: Plan, today: CalendarDate): PlannerInput & { goalsTotal: number; tasksTotal: number } {
  return {
    weeks: plan.weeks.slice(0, curriculum.weeks.length),
    settings: plan.settings,
    today,
    goalsTotal: curriculum.weeks.reduce((n, w) => n + w.goals.length, 0),
    tasksTotal: curriculum.weeks.reduce((n, w) => n + w.tasks.length, 0),
  };
}

export function summarizeProgress(curriculum: Curriculum, plan: Plan, today: CalendarDate): ProgressSummary {
  return planRoadmap(plannerInput(curriculum, plan, today)).summary;
}
