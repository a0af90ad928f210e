import { memo, type ReactNode } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';

interface Props {
  id: string;
  /** The card's accessible name (its title). */
  name: string;
  kind: string;
  renderCard(id: string): ReactNode;
}

/**
 * The draggable shell of a card. The whole card follows the pointer; the grip button is the
 * keyboard handle (Space lifts it), so buttons inside the card keep their own keys.
 */
export const SortableCard = memo(function SortableCard({ id, name, kind, renderCard }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  return (
    <article
      ref={setNodeRef}
      aria-label={name}
      className={`card ${kind}-card${isDragging ? ' is-placeholder' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...listeners}
    >
      <button ref={setActivatorNodeRef} type="button" className="grip" {...attributes} aria-label={`Move ${kind} ${name}`}>
        <span aria-hidden="true">⠿</span>
      </button>
      {renderCard(id)}
    </article>
  );
});
