import { memo, useLayoutEffect, useState, type ReactNode } from 'react';
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
  /** The card being dragged when it is in this column (a virtualised list keeps it mounted). */
  activeId: string | null;
}

interface Props extends CardListProps {
  column: Column;
  /** Cards counted towards the total and WIP limit (hidden ones included). */
  count: number;
  /** The dragged card is over this column: one state in the board, so only the columns it leaves and enters re-render. */
  isOver: boolean;
  /** `shown` is how many of the counted cards the filter lets through. */
  renderHeader?(column: Column, count: number, shown: number): ReactNode;
  renderFooter?(column: Column): ReactNode;
  emptyText: string;
}

function PlainCardList({ ids, listLabel, kind, nameOf, renderCard }: CardListProps) {
  return (
    <ul className="card-list" aria-label={listLabel}>
      {ids.map((id) => (
        <li key={id} className="card-item dnd-item">
          <SortableCard id={id} kind={kind} name={nameOf(id)} renderCard={renderCard} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Registers the column as a drop area. dnd-kit re-renders every droppable whenever the target
 * under the pointer changes; this renders nothing, so the column itself (header, list, footer)
 * re-renders only when its own props change.
 */
function ColumnDropArea({ id, node }: { id: string; node: HTMLElement | null }) {
  const { setNodeRef } = useDroppable({ id });
  useLayoutEffect(() => setNodeRef(node), [setNodeRef, node]);
  return null;
}

/**
 * One column: a labelled list. The whole column (header and blank space below the cards included)
 * is the drop area, so the pointer is over a column wherever it is inside it.
 */
export const BoardColumn = memo(function BoardColumn({ column, count, isOver, renderHeader, renderFooter, emptyText, ...list }: Props) {
  // A state, not a ref: the section exists only after its children's layout effects have run.
  const [node, setNode] = useState<HTMLElement | null>(null);
  const List = list.ids.length >= VIRTUALIZE_FROM ? VirtualCardList : PlainCardList;
  return (
    <section ref={setNode} className={`column dnd-column${isOver ? ' is-over' : ''}`} data-role={column.role} data-column-id={column.id}>
      <ColumnDropArea id={columnDropId(column.id)} node={node} />
      {renderHeader?.(column, count, Math.min(count, list.ids.length))}
      <SortableContext id={column.id} items={list.ids as string[]} strategy={verticalListSortingStrategy}>
        <List {...list} />
      </SortableContext>
      {list.ids.length === 0 && <p className="column-empty muted" aria-hidden="true">{emptyText}</p>}
      {renderFooter?.(column)}
    </section>
  );
});
