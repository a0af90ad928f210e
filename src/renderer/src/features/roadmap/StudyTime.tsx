import { useState, type FormEvent } from 'react';
import { useTypedDraft } from '../../typed-draft';
import { showDate } from '../../dates';
import { formatMinutes, loggedMinutes, type StudyLog } from '@shared/domain/study-hours';
import { readTypedHours } from '@shared/domain/study-hours-input';
import { useSavingValue } from '../../components/use-saving-value';

interface Props {
  week: number;
  log: StudyLog;
  /** Hours the plan asks for this week (hours pace), or null in calendar pace. */
  plannedHours: number | null;
  onLog(week: number, mode: 'add' | 'total', minutes: number): Promise<unknown>;
}

/** A week's study time: quick +30 min / +1 h, an editable total, and the days it was logged. */
export function StudyTime({ week, log, plannedHours, onLog }: Props) {
  // An edited total shows from the moment it is entered until main's reply (or refusal) settles it.
  const [total, saveTotal] = useSavingValue(loggedMinutes(log));
  const shownTotal = String(Math.round((total / 60) * 100) / 100);
  // Typed hours not yet entered are held as a draft: closing the tab asks first, and a reload or
  // leaving the view shows them again (check 3 s7, fault C).
  const [draft, setDraft] = useTypedDraft(`study-hours:${week}`, (text) => text === shownTotal);
  const [problem, setProblem] = useState<string | null>(null);
  const last = log.length ? log[log.length - 1]!.on : null;
  const save = (event?: FormEvent) => {
    event?.preventDefault();
    if (draft === null) return;
    const read = readTypedHours(draft, total, week);
    // Refused or not, the field shows the saved total again (a refused total never looks saved);
    // the field stays marked invalid, with the reason beside it, until it is typed in again.
    setDraft(null);
    if ('problem' in read) {
      setProblem(read.problem);
      return;
    }
    setProblem(null);
    if (read.minutes !== total) void saveTotal(read.minutes, () => onLog(week, 'total', read.minutes));
  };
  const problemId = `study-${week}-problem`;
  return (
    <form className="study-time" onSubmit={save}>
      <p className="study-total" dir="auto">
        <strong>{formatMinutes(total)}</strong>
        {plannedHours !== null && <span className="muted"> of {formatMinutes(Math.round(plannedHours * 60))} planned</span>}
        {last && <span className="muted"> · last logged {showDate(last, 'weekday')}</span>}
      </p>
      <div className="study-actions">
        <button type="button" className="button small" aria-label={`Add 30 minutes to week ${week}`} onClick={() => void onLog(week, 'add', 30)}>
          +30 min
        </button>
        <button type="button" className="button small" aria-label={`Add 1 hour to week ${week}`} onClick={() => void onLog(week, 'add', 60)}>
          +1 h
        </button>
        <label className="study-edit">
          <span>Total hours</span>
          <input
            inputMode="decimal"
            aria-label={`Hours logged for week ${week}`}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? problemId : undefined}
            size={5}
            value={draft ?? shownTotal}
            onChange={(e) => {
              setDraft(e.currentTarget.value);
              setProblem(null);
            }}
            onBlur={() => save()}
          />
        </label>
      </div>
      {problem && (
        <p id={problemId} className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
