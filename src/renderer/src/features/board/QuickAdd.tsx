import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Column } from '@shared/plan-schema';
import { announce } from '../../a11y/announce';
import { useDraft } from '../../drafts';
import { useBoardActionsContext } from './board-actions-context';

interface Props {
  projectId: string;
  column: Column;
}

/**
 * "+ Add step" at the bottom of a lane's column (issue 14, quick add). The button opens a field;
 * Enter adds the step to this project in this column and leaves the field open for the next one;
 * Escape closes the field and keeps what was typed (a draft, issue 12 case 10), shown again when
 * it reopens. An empty field adds nothing.
 */
export function QuickAdd({ projectId, column }: Props) {
  const actions = useBoardActionsContext();
  const [draft, setDraft, clearDraft] = useDraft(`quick-add:${projectId}:${column.id}`, '');
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  if (!actions) return null;

  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => buttonRef.current?.focus());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const title = draft.trim();
    if (!title) return;
    const ok = await actions.addStep({ projectId, title, columnId: column.id });
    if (!ok) return; // main's message is shown; the text stays in the field
    setDraft('');
    clearDraft();
    announce(`Added step ${title} to ${column.title}.`);
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
      <button ref={buttonRef} type="button" className="quick-add-button" aria-label={`Add step to ${column.title}`} onClick={() => setOpen(true)}>
        <span aria-hidden="true">+</span> Add step
      </button>
    );
  }
  return (
    <form className="quick-add" onSubmit={(e) => void submit(e)}>
      <input
        className="input"
        dir="auto"
        aria-label={`New step in ${column.title}`}
        placeholder="Step title, then Enter"
        value={draft}
        maxLength={300}
        autoFocus
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKey}
      />
    </form>
  );
}
