import type { Curriculum } from '../curriculum-schema';
import type { CalendarDate, Plan } from '../plan-schema';

/** Where the user stands, for the roadmap header and the portfolio export. */
export interface ProgressSummary {
  weeksTotal: number;
  /** Weeks done or skipped ("I already know this" counts as progress). */
  weeksDone: number;
  goalsTotal: number;
  goalsDone: number;
  /** 0..1 */
  goalShare: number;
  /** The roadmap week the user is on (first not done/skipped), or null when all are finished. */
  currentWeek: number | null;
  /** Positive: ahead of plan; negative: behind; null before a start date is set. */
  daysAhead: number | null;
  status: 'not-started' | 'ahead' | 'on-track' | 'behind' | 'finished';
  plannedFinish: CalendarDate | null;
  forecastFinish: CalendarDate | null;
}

/**
 * Placeholder (counts only) until the planner lands; the roadmap feature replaces the body and
 * keeps this signature, which the portfolio export also uses.
 */
export function summarizeProgress(curriculum: Curriculum, plan: Plan, _today: CalendarDate): ProgressSummary {
  const weeksDone = plan.weeks.filter((w) => w.status === 'done' || w.status === 'skipped').length;
  const goalsTotal = curriculum.weeks.reduce((n, w) => n + w.goals.length, 0);
  const goalsDone = plan.weeks.reduce((n, w) => n + w.goalsDone.filter(Boolean).length, 0);
  const current = plan.weeks.findIndex((w) => w.status !== 'done' && w.status !== 'skipped');
  return {
    weeksTotal: curriculum.weeks.length,
    weeksDone,
    goalsTotal,
    goalsDone,
    goalShare: goalsTotal ? goalsDone / goalsTotal : 0,
    currentWeek: current === -1 ? null : current + 1,
    daysAhead: null,
    status: current === -1 ? 'finished' : 'not-started',
    plannedFinish: null,
    forecastFinish: null,
  };
}
