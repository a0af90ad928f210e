import { AppError } from '@shared/ipc/result';
import type { Plan, WeekProgress } from '@shared/plan-schema';
import { maxDate, shiftDate } from '@shared/domain/calendar-days';
import { keepPlaceAnchor } from '@shared/domain/replan';
import { buildSchedule, isFinished } from '@shared/domain/schedule';
import { addStudy, setStudyTotal } from '@shared/domain/study-hours';
import { changedElsewhereMessage, staleFields } from '@shared/domain/compare-and-set';
import { setTick, setWeekStatus, type TickKind, type WeekShape } from '@shared/domain/week-ticks';
import { today } from '../core/clock';
import type { HandlerDeps } from './deps';
import type { HandlerGroup } from './types';

type RoadmapChannel = 'roadmap:set-goal' | 'roadmap:set-task' | 'roadmap:log-study' | 'roadmap:set-week-status' | 'roadmap:update-week' | 'roadmap:set-schedule' | 'roadmap:skip-onboarding';

export function createRoadmapHandlers(deps: HandlerDeps): HandlerGroup<RoadmapChannel> {
  const { store, curriculum } = deps;

  const weekOf = (plan: Plan, number: number): WeekProgress => {
    const week = number <= curriculum.weeks.length ? plan.weeks[number - 1] : undefined;
    if (!week) throw new AppError('not-found', `The roadmap has no week ${number}.`);
    return week;
  };
  // The first recorded progress starts the plan, so a user who skipped the first-run question still gets dates.
  const startIfNeeded = (plan: Plan, day: string) => {
    plan.settings.startDate ??= day;
  };
  const shapeOf = (week: number): WeekShape => {
    const w = curriculum.weeks[week - 1]!;
    return { goals: w.goals.length, tasks: w.tasks.length };
  };
  const tick = (week: number, kind: TickKind, index: number, done: boolean) =>
    store.update((plan) => {
      const progress = weekOf(plan, week);
      const shape = shapeOf(week);
      if (index >= (kind === 'goal' ? shape.goals : shape.tasks)) throw new AppError('not-found', `Week ${week} has no ${kind} ${index + 1}.`);
      const day = today(deps.clock);
      plan.weeks[week - 1] = setTick(progress, shape, kind, index, done, day);
      if (done) startIfNeeded(plan, day);
    });

  return {
    'roadmap:set-goal': ({ week, goal, done }) => tick(week, 'goal', goal, done),

    'roadmap:set-task': ({ week, task, done }) => tick(week, 'task', task, done),

    'roadmap:log-study': ({ week, mode, minutes }) =>
      store.update((plan) => {
        const progress = weekOf(plan, week);
        const day = today(deps.clock);
        progress.studyLog = mode === 'add' ? addStudy(progress.studyLog, minutes, day) : setStudyTotal(progress.studyLog, minutes, day);
      }),

    'roadmap:set-week-status': ({ week, status }) =>
      store.update((plan) => {
        const progress = weekOf(plan, week);
        if (progress.status === status) return;
        const day = today(deps.clock);
        plan.weeks[week - 1] = setWeekStatus(progress, shapeOf(week), status, day);
        if (status !== 'not-started') startIfNeeded(plan, day);
      }),

    'roadmap:update-week': ({ week, patch, base }) =>
      store.update((plan) => {
        const saved = weekOf(plan, week);
        // Compare-and-set: notes saved in another tab since this edit began are not written over.
        const stale = staleFields(saved, base, patch);
        if (stale.length) throw new AppError('conflict', changedElsewhereMessage(stale));
        Object.assign(saved, patch);
      }),

    'roadmap:set-schedule': ({ startDate, pace }) =>
      store.update((plan) => {
        const settings = plan.settings;
        const startChanged = settings.startDate !== startDate;
        const paceChanged = JSON.stringify(settings.pace) !== JSON.stringify(pace);
        settings.onboarded = true;
        if (startChanged) {
          // A new start date is a new plan: finished weeks still show their real dates.
          settings.replan = null;
        } else if (paceChanged) {
          // The weeks still to do are re-spaced at the new pace; days behind or ahead stay counted (domain/replan.ts).
          const before = buildSchedule({ weeks: plan.weeks.slice(0, curriculum.weeks.length), settings, today: today(deps.clock) });
          settings.replan = keepPlaceAnchor(before) ?? settings.replan;
        }
        settings.startDate = startDate;
        settings.pace = pace;
      }),

    'roadmap:skip-onboarding': () =>
      store.update((plan) => {
        plan.settings.onboarded = true;
      }),
  };
}

/**
 * The rule before audit s6 (kept for plans saved with it and for the planner's property tests; the
 * handler now uses keepPlaceAnchor, domain/replan.ts): where a mid-way pace change takes over: the
 * first unfinished week, the day after the last real finish before it. Null when nothing is finished yet (the new pace simply applies from
 * the start) or everything is.
 */
export function replanAnchor(weeks: readonly WeekProgress[]): Plan['settings']['replan'] {
  const first = weeks.findIndex((w) => !isFinished(w.status));
  if (first <= 0) return null;
  const finishes = weeks
    .slice(0, first)
    .filter((w) => w.status === 'done' && w.completedOn)
    .map((w) => w.completedOn!);
  if (!finishes.length) return null;
  return { fromWeek: first + 1, on: shiftDate(finishes.reduce(maxDate), 1) };
}
