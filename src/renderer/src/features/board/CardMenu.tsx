import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { CardMenuModel, MenuEntry } from './card-menu-model';

export interface MenuAnchor {
  /** Viewport coordinates of the menu's top-left corner (the pointer, or below the card title). */
  x: number;
  y: number;
}

interface Props {
  /** The card's name, for the menu's label: "Actions for Todo API". */
  name: string;
  model: CardMenuModel;
  anchor: MenuAnchor;
  onChoose(entry: MenuEntry): void;
  /** Escape, Tab, a click outside: nothing chosen. */
  onClose(): void;
}

const itemsOf = (menu: HTMLElement | null) => (menu ? [...menu.querySelectorAll<HTMLElement>(':scope > li > [role="menuitem"]')] : []);

/** Moves focus within one menu by the ARIA menu pattern's keys; true when the key was one of them. */
function moveFocus(menu: HTMLElement | null, key: string): boolean {
  const items = itemsOf(menu);
  const at = items.indexOf(document.activeElement as HTMLElement);
  const to = key === 'ArrowDown' ? (at + 1) % items.length : key === 'ArrowUp' ? (at - 1 + items.length) % items.length : key === 'Home' ? 0 : key === 'End' ? items.length - 1 : -1;
  if (to < 0 || !items[to]) return false;
  items[to].focus();
  return true;
}

/**
 * A card's menu (WAI-ARIA menu pattern): Open, Move to ▸ (a submenu of columns), Move to top,
 * Move to bottom, and Archive for steps only. Up/Down/Home/End move between items, Enter or Space chooses, Right
 * (or Enter) opens "Move to", Left or Escape closes the submenu, Escape or Tab closes the menu.
 * Drawn in a portal at the page's main element, so card and lane containment cannot clip it.
 */
export function CardMenu({ name, model, anchor, onChoose, onClose }: Props) {
  const menuRef = useRef<HTMLUListElement>(null);
  const subRef = useRef<HTMLUListElement>(null);
  const moveRef = useRef<HTMLButtonElement>(null);
  const [subOpen, setSubOpen] = useState(false);
  const [place, setPlace] = useState(anchor);

  // Kept inside the window: a menu opened near the right or bottom edge opens towards the middle.
  useLayoutEffect(() => {
    const box = menuRef.current?.getBoundingClientRect();
    if (!box) return;
    setPlace({ x: Math.max(4, Math.min(anchor.x, window.innerWidth - box.width - 4)), y: Math.max(4, Math.min(anchor.y, window.innerHeight - box.height - 4)) });
  }, [anchor]);
  useEffect(() => itemsOf(menuRef.current)[0]?.focus(), []);
  useEffect(() => {
    if (subOpen) itemsOf(subRef.current).find((el) => el.getAttribute('aria-disabled') !== 'true')?.focus();
  }, [subOpen]);
  useEffect(() => {
    const outside = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [onClose]);

  const choose = (entry: MenuEntry) => {
    if (!entry.disabled) onChoose(entry);
  };
  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    event.stopPropagation();
    const inSub = subRef.current?.contains(document.activeElement) ?? false;
    if (moveFocus(inSub ? subRef.current : menuRef.current, event.key)) {
      event.preventDefault();
    } else if (event.key === 'Escape' || event.key === 'ArrowLeft') {
      event.preventDefault();
      if (inSub) {
        setSubOpen(false);
        moveRef.current?.focus();
      } else if (event.key === 'Escape') onClose();
    } else if (event.key === 'ArrowRight' && document.activeElement === moveRef.current) {
      event.preventDefault();
      setSubOpen(true);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      onClose();
    }
  };

  const item = (entry: MenuEntry) => (
    <li key={entry.label} role="none">
      <button type="button" role="menuitem" tabIndex={-1} aria-disabled={entry.disabled || undefined} className="menu-item" onClick={() => choose(entry)}>
        {entry.label}
      </button>
    </li>
  );
  const [open, ...rest] = model.entries;
  const menu = (
    <ul ref={menuRef} role="menu" aria-label={`Actions for ${name}`} className="card-menu" style={{ left: place.x, top: place.y }} onKeyDown={onMenuKey}>
      {open && item(open)}
      <li role="none" className="menu-sub">
        <button
          ref={moveRef}
          type="button"
          role="menuitem"
          tabIndex={-1}
          aria-haspopup="menu"
          aria-expanded={subOpen}
          className="menu-item"
          onClick={() => setSubOpen((o) => !o)}
        >
          Move to <span aria-hidden="true">▸</span>
        </button>
        {subOpen && (
          <ul ref={subRef} role="menu" aria-label="Move to column" className="card-menu card-submenu">
            {model.columns.map(item)}
          </ul>
        )}
      </li>
      {rest.map(item)}
    </ul>
  );
  return createPortal(menu, document.querySelector('main') ?? document.body);
}
