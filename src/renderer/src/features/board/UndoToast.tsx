import { useEffect, useRef, type FocusEvent } from 'react';
import { isTabbable } from '../../a11y/focus-rescue';
import { dismissToast, useToast, type Toast } from '../../a11y/toast';
import { cardStopOf, currentStopIn } from './roving';
import { handFocus } from '../../a11y/hand-focus';

/** How long the message stays while the pointer and focus are elsewhere (WCAG 2.2.1 lets it pause). */
const VISIBLE_MS = 8000;

/**
 * Where focus goes when the message's Undo or Dismiss button goes away with it (WCAG 2.4.3): the
 * card the message is about, in its place after an undo; else the control focus came from; else
 * the board's current card (its one Tab stop). Never the page or a hidden heading.
 */
function focusAfter(toast: Toast, cameFrom: HTMLElement | null, region: Element | null) {
  const board = document.getElementById('board-cards');
  // A card title off the roving stop (tabindex -1) still takes focus by script and becomes the stop.
  const card = toast.cardId ? cardStopOf(toast.cardId) : null;
  const shownCard = card?.isConnected && card.getClientRects().length > 0 ? card : null;
  const from = cameFrom && isTabbable(cameFrom) ? cameFrom : null;
  handFocus(shownCard ?? from ?? (board ? currentStopIn(board) : null), region);
}

/**
 * "Moved Weather Forecast API to Done. [Undo]" — shown after a move, archive or delete. It stays
 * while hovered or focused, and is a status message, so screen readers hear it without a jump.
 */
export function UndoToast({ onUndo }: { onUndo(): Promise<unknown> }) {
  const toast = useToast();
  const holding = useRef(false);
  const cameFrom = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!toast) return;
    const timer = setInterval(() => {
      if (!holding.current) dismissToast(toast.id);
    }, VISIBLE_MS);
    return () => clearInterval(timer);
  }, [toast]);
  const hold = (on: boolean) => () => void (holding.current = on);
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    holding.current = true;
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !event.currentTarget.contains(from)) cameFrom.current = from;
  };
  // After the board has re-rendered (and the undo has put the card back), so the card is where it lands.
  const region = useRef<HTMLDivElement>(null);
  const thenFocus = (shown: Toast) => requestAnimationFrame(() => setTimeout(() => focusAfter(shown, cameFrom.current, region.current), 0));
  return (
    <div ref={region} className="undo-toast-region" role="status" onMouseEnter={hold(true)} onMouseLeave={hold(false)} onFocus={onFocus} onBlur={hold(false)}>
      {toast && (
        <div className="undo-toast">
          <span>{toast.text}</span>
          <button
            type="button"
            className="button small"
            aria-label="Undo this change"
            onClick={() => {
              dismissToast(toast.id);
              void onUndo().finally(() => thenFocus(toast));
            }}
          >
            Undo
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss message"
            onClick={() => {
              dismissToast(toast.id);
              thenFocus(toast);
            }}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      )}
    </div>
  );
}
