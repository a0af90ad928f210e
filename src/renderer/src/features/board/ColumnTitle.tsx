import { TEXT_LIMITS } from '@shared/plan-limits';
import type { Column } from '@shared/plan-schema';
import { InlineRename } from './InlineRename';

/** A column's heading, renamed in place (Enter or F2 on it). */
export function ColumnTitle({ column, onRename }: { column: Column; onRename(columnId: string, title: string): unknown }) {
  return (
    <InlineRename
      value={column.title}
      label={`Title of column ${column.title}`}
      maxLength={TEXT_LIMITS.columnTitle}
      onRename={(title) => onRename(column.id, title)}
      wrap={(button) => <h2>{button}</h2>}
    />
  );
}
