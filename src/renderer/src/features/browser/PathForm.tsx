import { useId, useState, type FormEvent } from 'react';
import { FieldProblem, problemProps } from '../../components/field-problem';
import './path-form.css';

interface PathFormProps {
  /** The field's label, e.g. "Workspace folder (full path)". */
  label: string;
  submitLabel: string;
  placeholder?: string;
  initial?: string;
  /** Paths offered again as one-click choices, newest first. */
  recent?: readonly string[];
  busy?: boolean;
  /** Why main refused the last path, shown under the field and tied to it (audit s6 fault 9). */
  problem?: string | null;
  /** Resolves once main accepted the path; a rejection leaves the field as typed (the caller shows why). */
  onSubmit(path: string): Promise<void> | void;
  onCancel?(): void;
}

/**
 * Browser mode's stand-in for a native file or folder dialog: the user types (or pastes) a full
 * path and main checks it (see the contract's `path` parameters). Nothing typed is lost on error.
 */
export function PathForm({ label, submitLabel, placeholder, initial = '', recent = [], busy = false, problem = null, onSubmit, onCancel }: PathFormProps) {
  const [value, setValue] = useState(initial);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) void onSubmit(value.trim());
  };
  return (
    <form className="path-form" onSubmit={submit}>
      <label htmlFor={`${id}-path`}>{label}</label>
      <div className="path-form-row">
        <input
          id={`${id}-path`}
          type="text"
          dir="ltr"
          spellCheck={false}
          autoComplete="off"
          placeholder={placeholder}
          value={value}
          {...problemProps(`${id}-path`, problem)}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="button primary small" disabled={busy || !value.trim()}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button ghost small" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      <FieldProblem fieldId={`${id}-path`} problem={problem} />
      {recent.length > 0 && (
        <div className="path-form-recent" role="group" aria-label="Recent choices">
          <span className="muted">Recent:</span>
          {recent.map((path) => (
            <button key={path} type="button" className="button ghost small" disabled={busy} aria-label={`Use ${path}`} onClick={() => void onSubmit(path)}>
              <code>{path}</code>
            </button>
          ))}
        </div>
      )}
    </form>
  );
}
