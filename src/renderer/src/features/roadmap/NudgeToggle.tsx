import { useId, useState } from 'react';
import { call } from '../../api';
import { useAppState } from '../../app-state';

/** The reminders setting (on by default): a desktop notification when a week starts or you fall behind. */
export function NudgeToggle() {
  const { plan, runPlanAction } = useAppState();
  // Shown at once while the change is saved; the saved plan takes over again afterwards.
  const [pending, setPending] = useState<boolean | null>(null);
  const on = pending ?? plan.settings.nudges;
  const id = useId();
  const toggle = async (value: boolean) => {
    setPending(value);
    await runPlanAction(() => call('settings:update', { patch: { nudges: value } }));
    setPending(null);
  };
  return (
    <div className="nudge-toggle">
      <input id={id} type="checkbox" checked={on} onChange={(e) => void toggle(e.target.checked)} aria-describedby={`${id}-hint`} />
      <label htmlFor={id}>Remind me when a week starts</label>
      <span id={`${id}-hint`} className="muted">
        {' '}
        A desktop notification on a planned week&apos;s first day, and once if you fall more than 7 days behind; at most one a day.
      </span>
    </div>
  );
}
