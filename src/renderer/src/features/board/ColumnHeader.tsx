import type { Column } from '@shared/plan-schema';
import { ColumnTitle } from './ColumnTitle';

interface Props {
  column: Column;
  /** Cards in the column (hidden by the filter or not). */
  count: number;
  /** How many of them the filter shows; equal to count when nothing is filtered. */
  shown?: number;
  onSettings?(columnId: string): void;
  onRename?(columnId: string, title: string): unknown;
  /** Lanes repeat the columns: they show the title small and skip the settings button. */
  compact?: boolean;
}

/** What a column's count says, in words: "1 of 10 cards shown, limit 4, over the limit". */
export function countSentence(count: number, shown: number, limit: number | null): string {
  const cards = `${count} ${count === 1 ? 'card' : 'cards'}`;
  const head = shown < count ? `${shown} of ${cards} shown` : cards;
  if (limit === null) return head;
  return `${head}, work-in-progress limit ${limit}${count > limit ? ', over the limit' : ''}`;
}

export function ColumnHeader({ column, count, shown = count, onSettings, onRename, compact }: Props) {
  // The WIP limit is about projects in flight; a lane's cells show plain counts.
  const limit = compact ? null : column.wipLimit;
  const over = limit !== null && count > limit;
  return (
    <header className={`column-header${over ? ' over-limit' : ''}`}>
      {onRename ? <ColumnTitle column={column} onRename={onRename} /> : <h2 className={compact ? 'compact' : undefined}>{column.title}</h2>}
      <span className="count" title={limit !== null ? `Work-in-progress limit ${limit}` : undefined}>
        <span aria-hidden="true">
          {shown < count ? `${shown} of ${count}` : count}
          {limit !== null && `/${limit}`}
          {over && '\u2009!'}
        </span>
        <span className="visually-hidden">{countSentence(count, shown, limit)}</span>
      </span>
      {onSettings && (
        <button type="button" className="icon-button" onClick={() => onSettings(column.id)} aria-label={`Column settings: ${column.title}`}>
          <span aria-hidden="true">⋯</span>
        </button>
      )}
    </header>
  );
}
