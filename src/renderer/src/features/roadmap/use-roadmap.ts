import { useCallback, useMemo, useState } from 'react';
import { activityByDay, heatmapWeeks } from '@shared/domain/activity';
import { burnUp } from '@shared/domain/burn-up';
import { minutesByDay } from '@shared/domain/study-hours';
import type { HeatmapUnit } from './ActivityHeatmap';
import { planRoadmap, plannerInput } from '@shared/domain/pacing';
import type { Pace, Plan, UserLink, WeekStatus } from '@shared/plan-schema';
import { CHANGED_ELSEWHERE } from '@shared/domain/compare-and-set';
import { ApiError, call } from '../../api';
import { useAppState } from '../../app-state';

export interface WeekPatch {
  notes?: string;
  links?: UserLink[];
  lengthFactor?: number;
}

/** The roadmap feature's one hook: the planner's view of the stored plan, and the actions on it. */
export function useRoadmap() {
  const { curriculum, plan, today, runPlanAction, reportError } = useAppState();
  const roadmap = useMemo(() => planRoadmap(plannerInput(curriculum, plan, today)), [curriculum, plan, today]);
  const chart = useMemo(() => burnUp(roadmap, today), [roadmap, today]);
  const [heatmapUnit, setHeatmapUnit] = useState<HeatmapUnit>('ticks');
  const heatmap = useMemo(() => {
    const counts = heatmapUnit === 'hours' ? minutesByDay(plan) : activityByDay(plan);
    return { counts, unit: heatmapUnit, weeks: heatmapWeeks(counts, today, plan.settings.startDate) };
  }, [plan, today, heatmapUnit]);

  const setGoal = useCallback(
    (week: number, goal: number, done: boolean) => runPlanAction(() => call('roadmap:set-goal', { week, goal, done })),
    [runPlanAction],
  );
  const setTask = useCallback(
    (week: number, task: number, done: boolean) => runPlanAction(() => call('roadmap:set-task', { week, task, done })),
    [runPlanAction],
  );
  const logStudy = useCallback(
    (week: number, mode: 'add' | 'total', minutes: number) => runPlanAction(() => call('roadmap:log-study', { week, mode, minutes })),
    [runPlanAction],
  );
  const setStatus = useCallback(
    (week: number, status: WeekStatus) => runPlanAction(() => call('roadmap:set-week-status', { week, status })),
    [runPlanAction],
  );
  const updateWeek = useCallback(
    // `base`: the notes the edit started from; main refuses the save if another tab saved them since.
    // `onChangedElsewhere`: shown by the field itself (returns true), so not in the error bar as well.
    async (week: number, patch: WeekPatch, base?: { notes: string }, onChangedElsewhere?: (message: string) => boolean) => {
      let next: Plan;
      try {
        next = await call('roadmap:update-week', base ? { week, patch, base } : { week, patch });
      } catch (error) {
        if (error instanceof ApiError && error.message.startsWith(CHANGED_ELSEWHERE) && onChangedElsewhere?.(error.message)) return null;
        return runPlanAction(() => Promise.reject(error));
      }
      return runPlanAction(() => Promise.resolve(next));
    },
    [runPlanAction],
  );
  const setSchedule = useCallback(
    (startDate: string, pace: Pace) => runPlanAction(() => call('roadmap:set-schedule', { startDate, pace })),
    [runPlanAction],
  );
  const skipOnboarding = useCallback(() => runPlanAction(() => call('roadmap:skip-onboarding', {})), [runPlanAction]);
  const openLink = useCallback((url: string) => void call('shell:open-external', { url }).catch(reportError), [reportError]);

  return { curriculum, plan, today, roadmap, chart, heatmap, setHeatmapUnit, setGoal, setTask, logStudy, setStatus, updateWeek, setSchedule, skipOnboarding, openLink };
}

export type Roadmap = ReturnType<typeof useRoadmap>;
