import { useId } from 'react';
import { nextMondayAfter } from '@shared/domain/calendar-days';
import type { Roadmap } from './use-roadmap';
import { ScheduleForm } from './ScheduleForm';

/**
 * The first-run question. Non-modal and on the roadmap only, so the rest of the app is usable
 * straight away; skipping keeps the defaults (next Monday, one calendar week per roadmap week).
 */
export function OnboardingPanel({ roadmap }: { roadmap: Roadmap }) {
  const titleId = useId();
  const { plan, today, setSchedule, skipOnboarding } = roadmap;
  return (
    // Once answered the panel goes; focus moves to where the answer can be changed later.
    <section role="dialog" aria-modal="false" aria-labelledby={titleId} className="onboarding panel" data-focus-fallback="schedule-summary">
      <h2 id={titleId}>When do you start, and at what pace?</h2>
      <p className="muted">
        The plan is flexible: go at your own pace, stretch or skip single weeks, and change it later under “Pace and start date”.
      </p>
      <ScheduleForm
        startDate={plan.settings.startDate ?? nextMondayAfter(today)}
        pace={plan.settings.pace}
        submitLabel="Plan my weeks"
        onSubmit={(start, pace) => void setSchedule(start, pace)}
      >
        <button type="button" className="button ghost" onClick={() => void skipOnboarding()}>
          Skip
        </button>
      </ScheduleForm>
    </section>
  );
}
