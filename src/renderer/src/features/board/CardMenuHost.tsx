import { createContext, memo, useCallback, useContext, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { Cells, Column } from '@shared/plan-schema';
import { CardMenu, type MenuAnchor } from './CardMenu';
import { cardMenuModel, type MenuEntry } from './card-menu-model';
import { cardStopOf, rovingTarget } from './roving';
import { handFocus } from '../../a11y/hand-focus';

interface Props {
  columns: readonly Column[];
  /** The board's full cells (hidden cards counted): positions go to main as they are. */
  cells: Cells;
  nameOf(id: string): string;
  onMove(id: string, toColumn: string, toIndex: number): unknown;
  onOpen(id: string): void;
  /** Steps can be archived; projects cannot (no Archive entry). */
  onArchive?(id: string): unknown;
  children: ReactNode;
}

type OpenMenu = (id: string, anchor: MenuAnchor) => void;
const CardMenuContext = createContext<OpenMenu | null>(null);

const below = (el: Element): MenuAnchor => {
  const box = el.getBoundingClientRect();
  return { x: box.left, y: box.bottom + 4 };
};

/**
 * Gives the cards inside it a menu (issue 14: a way to move a card without dragging): right-click
 * on a card, Shift+F10 or the Menu key on a focused card, or the card's "Actions for …" button.
 * Choosing keeps the focus on the card: on the moved card in its new place, on the next card
 * after an archive.
 */
export function CardMenuHost({ columns, cells, nameOf, onMove, onOpen, onArchive, children }: Props) {
  const [open, setOpen] = useState<{ id: string; anchor: MenuAnchor } | null>(null);
  const openMenu = useCallback<OpenMenu>((id, anchor) => setOpen({ id, anchor }), []);
  const model = open ? cardMenuModel(cells, columns, open.id, onArchive !== undefined) : null;

  const cardAt = (target: EventTarget) => (target instanceof Element ? target.closest('.card')?.querySelector<HTMLElement>('[data-card-id]') : null) ?? null;
  const onContextMenu = (event: MouseEvent) => {
    const stop = cardAt(event.target);
    if (!stop?.dataset.cardId) return;
    event.preventDefault();
    openMenu(stop.dataset.cardId, { x: event.clientX, y: event.clientY });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu')) return;
    const stop = cardAt(event.target);
    if (!stop?.dataset.cardId) return;
    event.preventDefault();
    openMenu(stop.dataset.cardId, below(stop));
  };

  const close = useCallback(() => {
    if (open) cardStopOf(open.id)?.focus();
    setOpen(null);
  }, [open]);
  const choose = (entry: MenuEntry) => {
    if (!open) return;
    const { id } = open;
    setOpen(null);
    const stop = cardStopOf(id);
    stop?.focus();
    const { action } = entry;
    if (action.type === 'open') onOpen(id);
    else if (action.type === 'move') {
      void Promise.resolve(onMove(id, action.toColumn, action.toIndex)).then(() => requestAnimationFrame(() => handFocus(cardStopOf(id))));
    } else if (onArchive) {
      const next = stop ? (rovingTarget('ArrowDown', stop) ?? rovingTarget('ArrowUp', stop)) : null;
      void Promise.resolve(onArchive(id)).then(() => requestAnimationFrame(() => handFocus(next)));
    }
  };

  return (
    <CardMenuContext.Provider value={openMenu}>
      <div className="card-menu-host" onContextMenu={onContextMenu} onKeyDown={onKeyDown}>
        {children}
      </div>
      {open && model && <CardMenu name={nameOf(open.id)} model={model} anchor={open.anchor} onChoose={choose} onClose={close} />}
    </CardMenuContext.Provider>
  );
}

/** The card's visible menu button; nothing outside a CardMenuHost. Memoised: the card's draggable shell re-renders on every drag state change. */
export const CardMenuButton = memo(function CardMenuButton({ id, name, tabIndex }: { id: string; name: string; tabIndex: number }) {
  const openMenu = useContext(CardMenuContext);
  if (!openMenu) return null;
  return (
    <button
      type="button"
      className="card-menu-button"
      aria-haspopup="menu"
      aria-label={`Actions for ${name}`}
      tabIndex={tabIndex}
      // The drag sensors must not take a press on the menu button for the start of a drag.
      onPointerDown={(e) => e.stopPropagation()}
      onClick={(e) => openMenu(id, below(e.currentTarget))}
    >
      <span aria-hidden="true">⋯</span>
    </button>
  );
});
