import { CHANGED_ELSEWHERE } from '@shared/domain/compare-and-set';

interface Props {
  id: string;
  /** The field's label, as the user sees it ("Notes"). */
  field: string;
  /** Main's refusal, in plain words (domain/compare-and-set.ts). */
  message: string;
  /** The text saved in the other tab or window (shown, read-only, so it can be read and copied). */
  theirs: string;
  onKeepMine(): void;
  onKeepTheirs(): void;
}

/**
 * Shown beside a field whose save was refused because another tab or window saved it first
 * (audit s6, fault 2). The user's text stays in the field; the other text is here; neither is
 * lost until the user picks one.
 */
export function ChangedElsewhere({ id, field, message, theirs, onKeepMine, onKeepTheirs }: Props) {
  return (
    <div id={id} className="notice notice-warning changed-elsewhere" role="alert">
      <div>
        <p className="notice-title"><strong>{field} changed in another window</strong></p>
        <p>{message.replace(`${CHANGED_ELSEWHERE}: `, '')}</p>
        <label>
          {field} as saved in the other window
          <textarea className="input notes" dir="auto" readOnly rows={4} value={theirs} />
        </label>
        <p className="inline-form">
          <button type="button" className="button" onClick={onKeepMine}>Keep mine</button>
          <button type="button" className="button" onClick={onKeepTheirs}>Keep the other window’s</button>
        </p>
      </div>
    </div>
  );
}

/** After "Keep the other window's": the user's own text stays readable (and copyable) until dismissed. */
export function SetAside({ id, field, text, onDismiss }: { id: string; field: string; text: string; onDismiss(): void }) {
  return (
    <div id={id} className="notice changed-elsewhere" role="status">
      <div>
        <label>
          Your {field.toLowerCase()} (not saved; copy what you need)
          <textarea className="input notes" dir="auto" readOnly rows={4} value={text} />
        </label>
        <p className="inline-form">
          <button type="button" className="button" onClick={onDismiss}>Dismiss</button>
        </p>
      </div>
    </div>
  );
}
