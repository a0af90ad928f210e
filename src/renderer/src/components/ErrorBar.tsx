import { useAppState } from '../app-state';
import { useModalOpen } from './modal-stack';

/** The last failed action's message, at the top of the page; inside the open dialog while one is open. */
export function ErrorBar({ inDialog = false }: { inDialog?: boolean }) {
  const { error, clearError } = useAppState();
  const modalOpen = useModalOpen();
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
