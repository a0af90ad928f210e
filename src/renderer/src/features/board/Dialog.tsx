import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { tabbablesIn } from '../../a11y/focus-rescue';
import { handFocus } from '../../a11y/hand-focus';
import { ErrorBar } from '../../components/ErrorBar';
import { useModalOnTop } from '../../components/modal-stack';

interface Props {
  /** User text in it goes in a <bdi> (or is the whole title): it then keeps its own direction. */
  title: ReactNode;
  onClose(): void;
  className?: string;
  children: ReactNode;
}

/**
 * A native modal <dialog>: Escape closes it and the page behind is inert. On open, focus goes to
 * the element marked `data-autofocus` (else the browser's first control); Tab and Shift+Tab wrap
 * inside the dialog, so there are no invisible stops past its last control; on close, focus returns
 * to the control that opened it. The newest open dialog shows the app's last error message right
 * under its header: the page's own message bar is behind the inert backdrop (audit s6 fault 5).
 */
export function Dialog({ title, onClose, className, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onTop = useModalOnTop();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      // Runs after the commit that removed the dialog (a passive effect): a key pressed meanwhile
      // may have put focus elsewhere, and keeps it. Closed first, so the opener is no longer inert.
      dialog?.close();
      handFocus(opener, dialog);
    };
  }, []);
  const wrapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = tabbablesIn(ref.current);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    } else if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    }
  };
  return (
    <dialog ref={ref} className={`dialog ${className ?? ''}`} aria-labelledby={titleId} onClose={onClose} onKeyDown={wrapTab}>
      <div className="dialog-top">
        <header className="dialog-header">
          <h2 id={titleId} dir={typeof title === 'string' ? 'auto' : undefined}>{title}</h2>
          <button type="button" className="icon-button" onClick={onClose} aria-label="Close">
            <span aria-hidden="true">✕</span>
          </button>
        </header>
        {onTop && <ErrorBar inDialog />}
      </div>
      {children}
    </dialog>
  );
}
