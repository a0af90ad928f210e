import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { DateReading } from '../../components/DateReading';
import { useDraft } from '../../drafts';
import { dateProblem, EARLIEST_DATE, LATEST_DATE } from '@shared/date-limits';
import type { CalendarDate, Pace } from '@shared/plan-schema';
import { FieldProblem, problemProps, useFocusFirstInvalid } from '../../components/field-problem';
import { PaceFields, paceProblems, type PaceProblems } from './PaceFields';

interface Props {
  startDate: CalendarDate;
  pace: Pace;
  submitLabel: string;
  onSubmit(startDate: CalendarDate, pace: Pace): void;
  /** Extra buttons (e.g. Skip) next to the submit button. */
  children?: ReactNode;
}

/** Start date and pace, checked here so a bad value gets a sentence, not a refused call. */
export function ScheduleForm({ startDate, pace, submitLabel, onSubmit, children }: Props) {
  // Typed values outlive the form (a view switch unmounts it), as every field's do (issue 12 case 10);
  // the first-run form and "Pace and start date" edit the same setting, so they share the draft.
  const [start, setStart, clearStart] = useDraft('schedule:start', startDate);
  const [draft, setDraft, clearPace] = useDraft<Pace>('schedule:pace', pace);
  // Each message sits under its own field (audit s6 fault 9); a refused submit focuses the first.
  const [problems, setProblems] = useState<PaceProblems & { start?: string }>({});
  const readingId = `${useId()}-start-reading`;
  const startId = `${readingId}-field`;
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const startIssue = dateProblem(start, { what: 'a start date' });
    const found = { ...(startIssue ? { start: startIssue } : {}), ...paceProblems(draft) };
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid();
    clearStart();
    clearPace();
    onSubmit(start, draft);
  };
  return (
    <form ref={form} className="schedule-form" onSubmit={submit} noValidate>
      <label className="field">
        <span id={`${readingId}-label`}>Start date</span>
        <input id={startId} type="date" aria-labelledby={`${readingId}-label`} value={start} min={EARLIEST_DATE} max={LATEST_DATE} required {...problemProps(startId, problems.start, readingId)} onChange={(e) => setStart(e.currentTarget.value)} />
        <DateReading id={readingId} value={start} />
      </label>
      <FieldProblem fieldId={startId} problem={problems.start} />
      <PaceFields pace={draft} onChange={setDraft} problems={problems} />
      <div className="form-actions">
        <button type="submit" className="button primary">
          {submitLabel}
        </button>
        {children}
      </div>
    </form>
  );
}
