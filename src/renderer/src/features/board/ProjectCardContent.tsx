import { memo } from 'react';
import { showDate } from '../../dates';
import { useCardStop } from './roving';

interface Props {
  id: string;
  name: string;
  stack: readonly string[];
  weeks: readonly number[];
  done: number;
  total: number;
  startedOn: string | null;
  finishedOn: string | null;
  onOpen(id: string): void;
  onOpenWeek(week: number): void;
}

/**
 * What a project card shows. Props are primitives and stable callbacks, so moving one card
 * re-renders only the cards whose content actually changed.
 */
export const ProjectCardContent = memo(function ProjectCardContent({ id, name, stack, weeks, done, total, startedOn, finishedOn, onOpen, onOpenWeek }: Props) {
  // The title is the card's one Tab stop, followed by the move handle and the menu (SortableCard).
  // The week buttons stay out of the Tab order: the same buttons are in the card's details (Enter).
  const stop = useCardStop(id);
  return (
    <>
      <h3 className="card-title">
        <button type="button" className="card-open" onClick={() => onOpen(id)} aria-label={`Details of ${name}`} {...stop}>
          {name}
        </button>
      </h3>
      {stack.length > 0 && (
        <ul className="tags" aria-label="Stack">
          {stack.map((tag) => (
            <li key={tag} className="tag">{tag}</li>
          ))}
        </ul>
      )}
      {weeks.length > 0 && (
        <div className="card-weeks">
          <span className="muted">Weeks</span>
          {weeks.map((week) => (
            <button key={week} type="button" className="week-link" tabIndex={-1} onClick={() => onOpenWeek(week)} aria-label={`Open roadmap week ${week}`}>
              {week}
            </button>
          ))}
        </div>
      )}
      <div className="card-progress">
        <progress max={Math.max(total, 1)} value={done} aria-label={`Steps done: ${done} of ${total}`} />
        <span className="progress-text">
          {done}/{total}
        </span>
      </div>
      {(startedOn || finishedOn) && (
        <p className="card-dates muted">
          {startedOn && <span>Started <time dateTime={startedOn}>{showDate(startedOn)}</time></span>}
          {finishedOn && <span>Finished <time dateTime={finishedOn}>{showDate(finishedOn)}</time></span>}
        </p>
      )}
    </>
  );
});
