import { useOptionalAppState } from '../app-state';
import { useModalOpen } from './modal-stack';

/** The last failed action's message, in the band below the view (with the notices, so nothing above the view moves when it shows); inside the open dialog while one is open. */
export function ErrorBar({ inDialog = false }: { inDialog?: boolean }) {
  // Optional: the generic Dialog draws this line and must work without the app around it (it did before
  // the line was added); with no app there is no error to show.
  const state = useOptionalAppState();
  const modalOpen = useModalOpen();
  if (!state) return null;
  const { error, clearError } = state;
  if (!error || (modalOpen && !inDialog)) return null;
  return (
    <div className={`error-bar${inDialog ? ' dialog-error' : ''}`} role="alert">
      <span>{error}</span>
      <button type="button" className="button ghost" onClick={clearError}>
        Dismiss
      </button>
    </div>
  );
}
