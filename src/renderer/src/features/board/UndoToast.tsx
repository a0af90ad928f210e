import { useEffect, useRef } from 'react';
import { dismissToast, useToast } from '../../a11y/toast';

/** How long the message stays while the pointer and focus are elsewhere (WCAG 2.2.1 lets it pause). */
const VISIBLE_MS = 8000;

/**
 * "Moved Weather Forecast API to Done. [Undo]" — shown after a move, archive or delete. It stays
 * while hovered or focused, and is a status message, so screen readers hear it without a jump.
 */
export function UndoToast({ onUndo }: { onUndo(): void }) {
  const toast = useToast();
  const holding = useRef(false);
  useEffect(() => {
    if (!toast) return;
    const timer = setInterval(() => {
      if (!holding.current) dismissToast(toast.id);
    }, VISIBLE_MS);
    return () => clearInterval(timer);
  }, [toast]);
  const hold = (on: boolean) => () => void (holding.current = on);
  return (
    <div className="undo-toast-region" role="status" onMouseEnter={hold(true)} onMouseLeave={hold(false)} onFocus={hold(true)} onBlur={hold(false)}>
      {toast && (
        <div className="undo-toast">
          <span>{toast.text}</span>
          <button
            type="button"
            className="button small"
            aria-label="Undo this change"
            onClick={() => {
              dismissToast(toast.id);
              onUndo();
            }}
          >
            Undo
          </button>
          <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => dismissToast(toast.id)}>
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      )}
    </div>
  );
}
