import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { newProjectNameProblem } from '@shared/domain/new-project';
import type { Cells, Column } from '@shared/plan-schema';
import { announce } from '../../a11y/announce';
import { useDraft } from '../../drafts';
import { useBoardActionsContext } from './board-actions-context';
import { wipExceeded } from './board-counts';

interface Props {
  column: Column;
  /**
   * The board as it is now: its columns and project cards (to tell whether this column goes past
   * its limit) and every project's name as the learner sees it (no two projects share one).
   */
  boardNow(): { columns: readonly Column[]; cells: Cells; names: string[] };
}

/**
 * "+ Add project" at the foot of a Projects column (issue 14, quick add). Enter adds a project of
 * the learner's own (issue 15's board:add-project) at the bottom of THIS column, where the date rule
 * treats it as a card moved in (Done stamps started and finished today); a column past its
 * work-in-progress limit takes it and says so, as a drop does. The field stays open for the next
 * one. Escape closes it and keeps the text (a draft, issue 12 case 10). An empty, too long or
 * taken name is refused here in plain words, and nothing is sent.
 */
export function QuickAddProject({ column, boardNow }: Props) {
  const actions = useBoardActionsContext();
  const [draft, setDraft, clearDraft] = useDraft(`quick-add-project:${column.id}`, '');
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const problemId = `${useId()}-problem`;
  if (!actions) return null;

  const close = () => {
    setOpen(false);
    setProblem(null);
    requestAnimationFrame(() => buttonRef.current?.focus());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { columns, cells, names } = boardNow();
    const issue = newProjectNameProblem(draft, names);
    setProblem(issue);
    if (issue) return;
    const name = draft.trim();
    const over = wipExceeded(columns, cells, '\u0000new project', column.id);
    const ok = await actions.addProject({ name, columnId: column.id });
    if (!ok) return; // main's message is shown; the text stays in the field
    setDraft('');
    clearDraft();
    announce(`Added project ${name} to ${column.title}.${over ? ` ${over}` : ''}`);
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
      <button ref={buttonRef} type="button" className="quick-add-button" aria-label={`Add project to ${column.title}`} onClick={() => setOpen(true)}>
        <span aria-hidden="true">+</span> Add project
      </button>
    );
  }
  return (
    <form className="quick-add" onSubmit={(e) => void submit(e)} noValidate>
      <input
        className="input"
        dir="auto"
        aria-label={`New project in ${column.title}`}
        placeholder="Project name, then Enter"
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
