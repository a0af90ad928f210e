import { memo, type ReactNode } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { CardMenuButton } from './CardMenuHost';
import { useIsStop, useStopOnFocus } from './roving';

interface Props {
  id: string;
  /** The card's accessible name (its title). */
  name: string;
  kind: string;
  renderCard(id: string): ReactNode;
}

/**
 * The draggable shell of a card. The whole card follows the pointer; the grip button is the
 * keyboard handle (Space lifts it), so buttons inside the card keep their own keys. The grip comes
 * after the card's title in the Tab order, and only the card holding the board's roving Tab stop
 * puts it in the Tab order at all (issue 14: one Tab stop per card).
 */
export const SortableCard = memo(function SortableCard({ id, name, kind, renderCard }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  const isStop = useIsStop(id);
  const onFocus = useStopOnFocus(id);
  return (
    <article
      ref={setNodeRef}
      aria-label={name}
      data-drag-id={id}
      className={`card ${kind}-card${isDragging ? ' is-placeholder' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...listeners}
      onFocus={onFocus}
    >
      <CardBody id={id} renderCard={renderCard} />
      <button ref={setActivatorNodeRef} type="button" className="grip" {...attributes} tabIndex={isStop || isDragging ? 0 : -1} aria-label={`Move ${kind} ${name}`}>
        <span aria-hidden="true">⠿</span>
      </button>
      <CardMenuButton id={id} name={name} tabIndex={isStop ? 0 : -1} />
    </article>
  );
});

/**
 * The card's content, apart from its draggable shell: dnd-kit re-renders every sortable when a
 * drag starts, moves over a new target or ends (issue 18: twice per card at pick-up), and only the
 * shell's attributes and transform change then. Rendered again only when the card or the board's
 * `renderCard` (its data) changes. The drag overlay's copy of the lifted card uses it too.
 */
export const CardBody = memo(function CardBody({ id, renderCard }: { id: string; renderCard(id: string): ReactNode }) {
  return renderCard(id);
});
