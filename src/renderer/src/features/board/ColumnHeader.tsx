import type { Column } from '@shared/plan-schema';

interface Props {
  column: Column;
  count: number;
  onSettings?(columnId: string): void;
  /** Lanes repeat the columns: they show the title small and skip the settings button. */
  compact?: boolean;
}

export function ColumnHeader({ column, count, onSettings, compact }: Props) {
  // The WIP limit is about projects in flight; a lane's cells show plain counts.
  const limit = compact ? null : column.wipLimit;
  const over = limit !== null && count > limit;
  return (
    <header className={`column-header${over ? ' over-limit' : ''}`}>
      <h2 className={compact ? 'compact' : undefined}>{column.title}</h2>
      <span className="count" title={limit !== null ? `Work-in-progress limit ${limit}` : undefined}>
        {count}
        {limit !== null && ` / ${limit}`}
        {over && <span className="over-text"> over limit</span>}
      </span>
      {onSettings && (
        <button type="button" className="icon-button" onClick={() => onSettings(column.id)} aria-label={`Column settings: ${column.title}`}>
          <span aria-hidden="true">⋯</span>
        </button>
      )}
    </header>
  );
}
