import { TEXT_LIMITS } from '@shared/plan-limits';
import { useAutosavedText } from '../../autosave/use-autosaved-text';
import { ChangedElsewhere, SetAside } from '../../components/ChangedElsewhere';
import { useLiveProblem } from '../../components/live-problems';
import type { BoardActions } from './use-board-actions';

interface Props {
  projectId: string;
  saved: string;
  actions: BoardActions;
}

/**
 * A project's notes in its details panel: saved while typing and when the page goes away
 * (use-autosaved-text.ts); one focus's saves are one undo step on the board. A save refused because
 * another tab saved the notes since shows both texts and lets the user choose (audit s6, fault 2).
 */
export function ProjectNotes({ projectId, saved, actions }: Props) {
  const notes = useAutosavedText({
    draftKey: `project-notes:${projectId}`,
    saved,
    limit: TEXT_LIMITS.projectNotes,
    what: 'These notes',
    // With the text main last confirmed (compare-and-set): notes another tab saved since are not written over.
    save: (text, base, typing, onChangedElsewhere) =>
      actions.updateProject({ projectId, patch: { notes: text }, base: { notes: base } }, { onChangedElsewhere, undoGroup: `notes:${projectId}:${typing}` }),
  });
  const live = useLiveProblem(notes.problem);
  return (
    <section className="details-section">
      <label htmlFor="project-notes"><h3>Notes</h3></label>
      <textarea
        id="project-notes"
        className="input notes"
        dir="auto"
        rows={6}
        value={notes.value}
        aria-invalid={notes.problem ? true : undefined}
        aria-describedby={[notes.problem && 'project-notes-problem', notes.conflict && 'project-notes-conflict'].filter(Boolean).join(' ') || undefined}
        onChange={(e) => notes.onChange(e.currentTarget.value)}
        onFocus={notes.onFocus}
        onBlur={notes.onBlur}
      />
      {notes.problem && <p id="project-notes-problem" className="field-error" role="alert" aria-live={live}>{notes.problem}</p>}
      {notes.conflict && <ChangedElsewhere id="project-notes-conflict" field="Notes" message={notes.conflict} theirs={saved} onKeepMine={notes.keepMine} onKeepTheirs={notes.keepTheirs} />}
      {notes.setAside !== null && <SetAside id="project-notes-set-aside" field="Notes" text={notes.setAside} onDismiss={notes.dismissSetAside} />}
    </section>
  );
}
