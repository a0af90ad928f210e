import { nextMondayAfter } from '@shared/domain/calendar-days';
import { showDate } from '../../dates';
import type { Pace } from '@shared/plan-schema';
import type { Roadmap } from './use-roadmap';
import { SettingToggle } from '../../components/SettingToggle';
import { ScheduleForm } from './ScheduleForm';

export function paceText(pace: Pace): string {
  return pace.mode === 'calendar'
    ? `${pace.weeksPerRoadmapWeek} calendar ${pace.weeksPerRoadmapWeek === 1 ? 'week' : 'weeks'} per roadmap week`
    : `${pace.hoursPerWeek} h a week, ${pace.hoursPerRoadmapWeek} h per roadmap week`;
}

/** Changing the pace later: the rule is domain/replan.ts (the user's place against the plan is kept). */
export function SchedulePanel({ roadmap }: { roadmap: Roadmap }) {
  const { plan, today, setSchedule, roadmap: planned } = roadmap;
  const { startDate, pace } = plan.settings;
  return (
    <details className="schedule-panel panel">
      <summary id="schedule-summary">
        <span className="summary-title">Pace and start date</span>{' '}
        <span className="muted">
          {startDate ? `from ${showDate(startDate)}` : `not set (plan shown from ${showDate(planned.schedule.startDate)})`} · {paceText(pace)}
        </span>
      </summary>
      <p className="muted">
        Changing the pace re-spaces the weeks you have not finished, from the day the plan has the first of them start. Earlier
        weeks keep their planned dates, so days ahead or behind still count against the dates you were given.
      </p>
      <ScheduleForm
        key={`${startDate}-${JSON.stringify(pace)}`}
        startDate={startDate ?? nextMondayAfter(today)}
        pace={pace}
        submitLabel="Save pace"
        onSubmit={(start, next) => void setSchedule(start, next)}
      />
      <SettingToggle
        setting="nudges"
        label="Remind me when a week starts"
        hint="A desktop notification on a planned week’s first day, and once if you fall more than 7 days behind; at most one a day."
      />
    </details>
  );
}
