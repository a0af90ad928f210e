import { memo } from 'react';
import type { Week } from '@shared/curriculum-schema';
import type { ScheduledWeek } from '@shared/domain/schedule';
import type { WeekProgress, WeekStatus } from '@shared/plan-schema';
import { LENGTH_CHOICES, STATUS_LABELS, datesText, lengthLabel } from './week-labels';
import { formatMinutes } from '@shared/domain/study-hours';
import { GoalItem } from './GoalItem';
import { useSavingValue } from '../../components/use-saving-value';
import { StudyTime } from './StudyTime';
import { WeekNotes } from './WeekNotes';
import type { WeekPatch } from './use-roadmap';

interface Props {
  week: Week;
  progress: WeekProgress;
  scheduled: ScheduledWeek;
  /** Projects that fit this week, by the learner's stack and under the learner's names. */
  projects: ReadonlyArray<{ id: string; name: string }>;
  isCurrent: boolean;
  isToday: boolean;
  /** Its planned days are over and it is not finished. */
  isOverdue: boolean;
  onGoal(week: number, goal: number, done: boolean): Promise<unknown>;
  onTask(week: number, task: number, done: boolean): Promise<unknown>;
  onLogStudy(week: number, mode: 'add' | 'total', minutes: number): Promise<unknown>;
  /** Each saves the change; a refusal is reported by the app (its error bar) and the promise resolves. */
  onStatus(week: number, status: WeekStatus): Promise<unknown>;
  onUpdate(week: number, patch: WeekPatch, base?: { notes: string }, onChangedElsewhere?: (message: string) => boolean): Promise<unknown>;
  onOpenLink(url: string): void;
  onOpenProject(id: string): void;
}

export const WeekCard = memo(function WeekCard(props: Props) {
  const { week, progress, scheduled, projects, isCurrent, isToday, isOverdue } = props;
  const n = week.number;
  const headingId = `week-${n}`;
  // The selects show the choice in the change's own render; main's reply (or refusal) settles it.
  const [status, saveStatus] = useSavingValue(progress.status);
  const [lengthFactor, saveLength] = useSavingValue(progress.lengthFactor);
  const lengths = LENGTH_CHOICES.includes(lengthFactor) ? LENGTH_CHOICES : [...LENGTH_CHOICES, lengthFactor].sort((a, b) => a - b);
  return (
    <li
      id={`week-card-${n}`}
      className={`week status-${progress.status}${isCurrent ? ' is-current' : ''}${isToday ? ' is-today' : ''}`}
      aria-labelledby={headingId}
      aria-current={isCurrent ? 'step' : undefined}
    >
      <div className="week-head">
        <h2 id={headingId} className="week-title" tabIndex={-1}>
          <span className="week-number">Week {n}</span> {week.focus}
        </h2>
        <div className="week-badges">
          {isCurrent && <span className="badge current">You are here</span>}
          {isToday && <span className="badge today">Planned for today</span>}
        </div>
      </div>
      <p className={`week-dates ${isOverdue ? 'overdue' : 'muted'}`}>
        {datesText(scheduled)}
        {isOverdue && ' · overdue'}
        {scheduled.plannedHours === null && scheduled.loggedHours > 0 && ` · ${formatMinutes(Math.round(scheduled.loggedHours * 60))} studied`}
      </p>
      <div className="week-controls">
        <label>
          <span className="visually-hidden">Week {n} status</span>
          <select
            value={status}
            onChange={(e) => {
              const next = e.currentTarget.value as WeekStatus;
              void saveStatus(next, () => props.onStatus(n, next));
            }}
          >
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="visually-hidden">Week {n} length</span>
          <select
            value={lengthFactor}
            disabled={status === 'skipped'}
            onChange={(e) => {
              const next = Number(e.currentTarget.value);
              void saveLength(next, () => props.onUpdate(n, { lengthFactor: next }));
            }}
          >
            {lengths.map((f) => (
              <option key={f} value={f}>
                {lengthLabel(f)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <h3 className="week-sub">Goals</h3>
      <ul className="goal-list" aria-label={`Week ${n} goals`}>
        {week.goals.map((goal, g) => (
          <GoalItem key={g} week={n} index={g} text={goal} done={progress.goalsDone[g] != null} onTick={props.onGoal} />
        ))}
      </ul>
      <h3 className="week-sub">Tasks</h3>
      <ul className="goal-list task-list" aria-label={`Week ${n} tasks`}>
        {week.tasks.map((task, t) => (
          <GoalItem key={t} week={n} index={t} text={task.text} done={progress.tasksDone[t] != null} onTick={props.onTask}>
            {task.links.map((link) => (
              <a
                key={link.url}
                href={link.url}
                className="task-link"
                onClick={(e) => {
                  e.preventDefault();
                  props.onOpenLink(link.url);
                }}
              >
                {link.label} <span aria-hidden="true">↗</span>
              </a>
            ))}
          </GoalItem>
        ))}
      </ul>
      <h3 className="week-sub">Study time</h3>
      <StudyTime week={n} log={progress.studyLog} plannedHours={scheduled.plannedHours} onLog={props.onLogStudy} />
      {projects.length > 0 && (
        <div className="week-projects">
          <h3 className="week-sub">Projects that fit</h3>
          <ul aria-label={`Week ${n} projects`}>
            {projects.map((p) => (
              <li key={p.id}>
                <button type="button" className="rm-chip" onClick={() => props.onOpenProject(p.id)}>
                  <span className="visually-hidden">Open project card: </span>
                  {p.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <WeekNotes week={n} notes={progress.notes} links={progress.links} onUpdate={props.onUpdate} onOpenLink={props.onOpenLink} />
    </li>
  );
});
