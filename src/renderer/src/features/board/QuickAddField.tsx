import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { announce } from '../../a11y/announce';
import { useDraft } from '../../drafts';
import { whileSending } from '../../autosave/unsaved-text';
import { handFocus } from '../../a11y/hand-focus';

export interface QuickAddFieldProps {
  /** What is added, in the button and labels: "step" or "project". */
  noun: string;
  /** The column's title, for the labels ("Add step to In progress", "New step in In progress"). */
  columnTitle: string;
  /** Where the typed text is kept as a draft (issue 12 case 10). */
  draftKey: string;
  placeholder: string;
  /** A plain-words reason to refuse the text before anything is sent, or null. */
  check?(text: string): string | null;
  /**
   * Adds the trimmed text; resolves to what to announce, or null when main refused it (its
   * message is shown elsewhere and the text stays in the field).
   */
  add(text: string): Promise<string | null>;
}

/**
 * "+ Add …" at the foot of a board column (issue 14, quick add): the button opens a field; Enter
 * adds and leaves the field open for the next one; Escape closes the field and keeps what was
 * typed (a draft), shown again when it reopens. An empty field adds nothing.
 */
export function QuickAddField({ noun, columnTitle, draftKey, placeholder, check, add }: QuickAddFieldProps) {
  const [draft, setDraft, clearDraft] = useDraft(draftKey, '');
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const problemId = `${useId()}-problem`;

  const close = () => {
    setOpen(false);
    setProblem(null);
    requestAnimationFrame(() => handFocus(buttonRef.current));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const issue = check?.(draft) ?? null;
    setProblem(issue);
    const text = draft.trim();
    if (issue || !text) return;
    const said = await whileSending([draftKey], add(text));
    if (said === null) return;
    setDraft('');
    clearDraft();
    announce(said);
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation(); // board shortcuts and card keys stay out of the field
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  if (!open) {
    return (
      <button ref={buttonRef} type="button" className="quick-add-button" aria-label={`Add ${noun} to ${columnTitle}`} onClick={() => setOpen(true)}>
        <span aria-hidden="true">+</span> Add {noun}
      </button>
    );
  }
  return (
    <form className="quick-add" onSubmit={(e) => void submit(e)} noValidate>
      <input
        className="input"
        dir="auto"
        aria-label={`New ${noun} in ${columnTitle}`}
        placeholder={placeholder}
        value={draft}
        autoFocus
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          if (problem) setProblem(null);
        }}
        onKeyDown={onKey}
      />
      {problem && (
        <p id={problemId} className="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
