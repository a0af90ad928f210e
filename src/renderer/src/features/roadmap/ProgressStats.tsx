import { showDate } from '../../dates';
import type { ProgressSummary } from '@shared/domain/pacing';

const percent = (share: number) => `${Math.round(share * 100)}%`;
const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

export function standingText(s: ProgressSummary): string {
  if (s.status === 'finished') return s.daysAhead !== null && s.daysAhead > 0 ? `Finished ${days(s.daysAhead)} early` : 'Finished';
  if (s.daysAhead === null) return 'Not started yet';
  if (s.status === 'not-started') return 'Starts soon';
  if (s.status === 'on-track') return 'On track';
  return s.status === 'ahead' ? `${days(s.daysAhead)} ahead of plan` : `${days(-s.daysAhead)} behind plan`;
}

const BASIS: Record<NonNullable<ProgressSummary['forecastBasis']>, string> = {
  velocity: 'from your pace so far',
  hours: 'from the hours you logged and the work you ticked',
  plan: 'at the planned pace from today (not enough history yet)',
  finished: 'your real finish',
};

/** The headline numbers, as text first: the charts below repeat them for the eye. */
export function ProgressStats({ summary }: { summary: ProgressSummary }) {
  return (
    <section className="progress-stats" aria-label="Progress">
      <p className={`standing standing-${summary.status}`} role="status">
        {standingText(summary)}
      </p>
      <dl className="stat-grid">
        <div>
          <dt>Goals</dt>
          <dd>
            {percent(summary.goalShare)} <span className="muted">({summary.goalsDone} of {summary.goalsTotal})</span>
            <progress max={summary.goalsTotal || 1} value={summary.goalsDone} aria-label="Goals done" />
          </dd>
        </div>
        <div>
          <dt>Tasks</dt>
          <dd>
            {percent(summary.tasksTotal ? summary.tasksDone / summary.tasksTotal : 0)}{' '}
            <span className="muted">
              ({summary.tasksDone} of {summary.tasksTotal})
            </span>
            <progress max={summary.tasksTotal || 1} value={summary.tasksDone} aria-label="Tasks done" />
          </dd>
        </div>
        <div>
          <dt>Weeks</dt>
          <dd>
            {percent(summary.weekShare)} <span className="muted">({summary.weeksDone} of {summary.weeksTotal})</span>
            <progress max={summary.weeksTotal || 1} value={summary.weeksDone} aria-label="Weeks done or skipped" />
          </dd>
        </div>
        <div>
          <dt>Planned finish</dt>
          <dd>{summary.plannedFinish ? showDate(summary.plannedFinish) : '—'}</dd>
        </div>
        <div>
          <dt>Forecast finish</dt>
          <dd>
            {summary.forecastFinish ? showDate(summary.forecastFinish) : '—'}
            {summary.forecastBasis && <small className="muted">{BASIS[summary.forecastBasis]}</small>}
          </dd>
        </div>
      </dl>
    </section>
  );
}
