import { useAppState } from '../app-state';

export function ErrorBar() {
  const { error, clearError } = useAppState();
  if (!error) return null;
  return (
    <div className="error-bar" role="alert">
      <span>{error}</span>
      <button type="button" className="button ghost" onClick={clearError}>
        Dismiss
      </button>
    </div>
  );
}
