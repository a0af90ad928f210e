import { memo, type ReactNode } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Column } from '@shared/plan-schema';
import { columnDropId } from './drag-announcements';
import { SortableCard } from './SortableCard';
import { VirtualCardList } from './VirtualCardList';

/** Columns longer than this render only the cards near their scroll position. */
export const VIRTUALIZE_FROM = 30;

export interface CardListProps {
  ids: readonly string[];
  listLabel: string;
  kind: string;
  nameOf(id: string): string;
  renderCard(id: string): ReactNode;
}

interface Props extends CardListProps {
  column: Column;
  /** Cards counted towards the total and WIP limit (hidden ones included). */
  count: number;
  /** `shown` is how many of the counted cards the filter lets through. */
  renderHeader?(column: Column, count: number, shown: number): ReactNode;
  renderFooter?(column: Column): ReactNode;
  emptyText: string;
}

function PlainCardList({ ids, listLabel, kind, nameOf, renderCard }: CardListProps) {
  return (
    <ul className="card-list" aria-label={listLabel}>
      {ids.map((id) => (
        <li key={id} className="card-item">
          <SortableCard id={id} kind={kind} name={nameOf(id)} renderCard={renderCard} />
        </li>
      ))}
    </ul>
  );
}

/**
 * One column: a labelled list. The whole column (header and blank space below the cards included)
 * is the drop area, so the pointer is over a column wherever it is inside it.
 */
export const BoardColumn = memo(function BoardColumn({ column, count, renderHeader, renderFooter, emptyText, ...list }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(column.id) });
  const List = list.ids.length >= VIRTUALIZE_FROM ? VirtualCardList : PlainCardList;
  return (
    <section ref={setNodeRef} className={`column${isOver ? ' is-over' : ''}`} data-role={column.role}>
      {renderHeader?.(column, count, Math.min(count, list.ids.length))}
      <SortableContext id={column.id} items={list.ids as string[]} strategy={verticalListSortingStrategy}>
        <List {...list} />
      </SortableContext>
      {list.ids.length === 0 && <p className="column-empty muted" aria-hidden="true">{emptyText}</p>}
      {renderFooter?.(column)}
    </section>
  );
});
