import type { Curriculum } from '../curriculum-schema';
import type { CalendarDate, Plan } from '../plan-schema';
import { daysBetween } from './calendar-days';
import { planRoadmap, plannerInput } from './pacing';

/** More than this many days behind plan earns one reminder (issue 17). */
export const BEHIND_DAYS = 7;

/** What the app has already told the learner, so no reminder repeats (kept in the plan's settings). */
export interface NudgeLog {
  /** The last day a reminder was shown: at most one a day. */
  lastOn: CalendarDate | null;
  /** The highest week whose start was announced (0: none). */
  weekAnnounced: number;
  /** True once "behind" was said; reset when the learner is back within BEHIND_DAYS. */
  behindAnnounced: boolean;
}

export const EMPTY_NUDGE_LOG: NudgeLog = { lastOn: null, weekAnnounced: 0, behindAnnounced: false };

export interface Nudge {
  kind: 'week-start' | 'behind';
  title: string;
  body: string;
}

/**
 * Whether to show a reminder now, and the log to keep afterwards. Returns at most one nudge, and
 * none on a day one was already shown, so a start-up (or a clock that jumps days ahead) never
 * brings a storm of them. A week start is announced only on its planned first day or the day
 * after (a week that began long ago is old news), and only once per week; "behind" is said once
 * when the learner falls more than BEHIND_DAYS behind, again only after catching up in between.
 * Nothing is said while reminders are off, before a start date is set, or for a finished week.
 */
export function decideNudge(curriculum: Pick<Curriculum, 'weeks'>, plan: Plan, today: CalendarDate, log: NudgeLog, enabled: boolean): { nudge: Nudge | null; log: NudgeLog } {
  const { schedule, summary } = planRoadmap(plannerInput(curriculum as Curriculum, plan, today));
  const behind = summary.daysAhead !== null && summary.daysAhead < -BEHIND_DAYS;
  // Catching up re-arms the "behind" reminder, whether or not anything is shown today.
  const next: NudgeLog = { ...log, behindAnnounced: log.behindAnnounced && behind };
  if (!enabled || schedule.provisional || next.lastOn === today) return { nudge: null, log: next };

  const starting = schedule.weeks.find((w) => {
    const age = daysBetween(w.plannedStart, today);
    return w.status === 'not-started' || w.status === 'in-progress' ? w.plannedDays > 0 && age >= 0 && age <= 1 && w.number > log.weekAnnounced : false;
  });
  if (starting) {
    const week = curriculum.weeks[starting.number - 1]!;
    const when = starting.plannedStart === today ? 'starts today' : 'started yesterday';
    return {
      nudge: { kind: 'week-start', title: `Week ${starting.number} ${when}: ${week.focus}`, body: `${week.goals.length} goal${week.goals.length === 1 ? '' : 's'} to tick by ${starting.plannedEnd}.` },
      log: { ...next, lastOn: today, weekAnnounced: starting.number },
    };
  }
  if (behind && !next.behindAnnounced) {
    const days = -summary.daysAhead!;
    return {
      nudge: { kind: 'behind', title: `You are ${days} days behind your plan`, body: `Week ${summary.currentWeek} is next. Pick up where you left off, or change the pace in Roadmap.` },
      log: { ...next, lastOn: today, behindAnnounced: true },
    };
  }
  return { nudge: null, log: next };
}
