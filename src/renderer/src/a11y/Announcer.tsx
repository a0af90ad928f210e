import { useAnnouncement } from './announce';

/** The app's live region; visually hidden, read by screen readers as messages arrive. */
export function Announcer() {
  const { id, text } = useAnnouncement();
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {/* Keyed so a repeated message replaces the node and is spoken again. */}
      <span key={id}>{text}</span>
    </div>
  );
}
