import { useEffect, useRef, useState, type ButtonHTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';
import { handFocus } from '../../a11y/hand-focus';
import { useSavingValue } from '../../components/use-saving-value';
import { tooLongMessage } from '@shared/plan-limits';
import { recheckOne, useLiveProblem } from '../../components/live-problems';
import { registerFlusher } from '../../autosave/page-leave';
import { registerFieldText } from '../../autosave/unsaved-text';

interface Props {
  /** The text being renamed. */
  value: string;
  /** Accessible name of the edit field, e.g. "Column title". */
  label: string;
  /** The button that shows the title and starts renaming; its name is the title itself. */
  className?: string;
  /** Longer text is never cut: the field stays open with all of it and says how long it is. */
  maxLength: number;
  /** Saves the new title; a promise (reporting a refusal itself) keeps it shown until main answers. */
  onRename(next: string): unknown;
  /** Rendered around the title button (a heading, a paragraph). */
  wrap(button: ReactNode): ReactNode;
  /** More props for the title button (a card's roving Tab stop); its onKeyDown runs after F2's. */
  buttonProps?: ButtonHTMLAttributes<HTMLButtonElement> & { 'data-card-id'?: string };
}

/**
 * Rename in place: the title is a button; Enter, F2 or a click turns it into a field. In the
 * field Enter (or leaving it) saves a changed, non-empty title and Escape puts the old one back.
 * Focus returns to the title either way. The new title shows at once and stays while it is saved
 * (not the old one until main's reply); a refused rename shows the saved title again.
 */
export function InlineRename({ value, label, className, maxLength, onRename, wrap, buttonProps }: Props) {
  const [editing, setEditing] = useState(false);
  const [shown, save] = useSavingValue(value);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const done = useRef(false);
  const [problem, setProblem] = useState<string | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const live = useLiveProblem(problem);
  /** Ends the rename; resolves once main has answered a save it sent (at once when none). */
  const finish = (keep: boolean, text: string): Promise<unknown> => {
    if (done.current) return Promise.resolve();
    const clean = text.trim();
    const long = keep ? tooLongMessage('The title', clean.length, maxLength) : null;
    setProblem(long);
    if (long) return Promise.resolve(); // stays open: nothing cut, nothing saved
    done.current = true;
    const saving = keep && clean && clean !== shown ? save(clean, () => Promise.resolve(onRename(clean))) : Promise.resolve();
    setEditing(false);
    requestAnimationFrame(() => handFocus(buttonRef.current));
    return saving;
  };
  const latest = useRef({ finish, shown });
  latest.current = { finish, shown };
  // The typed title lives only in the field. When the page goes away (tab closed, reload, hidden)
  // it does what leaving the field does: a changed title is saved (page-leave.ts sends it with the
  // other fields' text). A title it cannot save (over the limit) keeps the page asking first.
  useEffect(() => {
    if (!editing) return;
    const typed = () => fieldRef.current?.value.trim() ?? '';
    const offFlush = registerFlusher(() => (fieldRef.current ? latest.current.finish(true, fieldRef.current.value) : Promise.resolve()));
    const offGuard = registerFieldText(() => !done.current && typed() !== '' && typed() !== latest.current.shown);
    return () => {
      offFlush();
      offGuard();
    };
  }, [editing]);
  const onFieldKey = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      void finish(true, event.currentTarget.value);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      void finish(false, shown);
    }
  };
  if (editing) {
    const problemId = `${label.replace(/\W+/g, '-')}-too-long`;
    return (
      <>
        <input
          ref={fieldRef}
          className="input rename-field"
          dir="auto"
          aria-label={label}
          defaultValue={shown}
          autoFocus
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onFocus={(e) => problem === null && e.currentTarget.select()}
          onKeyDown={onFieldKey}
          // A message shown updates or goes as the user types (live-problems.ts).
          onChange={(e) => setProblem(recheckOne(problem, tooLongMessage('The title', e.currentTarget.value.trim().length, maxLength)))}
          onBlur={(e) => void finish(true, e.currentTarget.value)}
          // Keep the drag sensors from treating a click in the field as the start of a drag.
          onPointerDown={(e) => e.stopPropagation()}
        />
        {problem && <span id={problemId} className="field-error" role="alert" aria-live={live}>{problem}</span>}
      </>
    );
  }
  const start = () => {
    done.current = false;
    setEditing(true);
  };
  return wrap(
    <button
      {...buttonProps}
      ref={buttonRef}
      type="button"
      className={`rename-button ${className ?? ''}`}
      // A button is its own paragraph for the bidi algorithm: it takes its direction from its text.
      dir="auto"
      aria-keyshortcuts="Enter F2"
      title="Rename (Enter or F2)"
      onClick={start}
      onKeyDown={(e) => {
        if (e.key === 'F2') {
          e.preventDefault();
          start();
          return;
        }
        buttonProps?.onKeyDown?.(e);
      }}
    >
      {shown}
    </button>,
  );
}
