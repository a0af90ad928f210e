import { useRef, useState, type FormEvent } from 'react';
import { useFocusFirstInvalid } from '../../components/field-problem';
import { recheckShown } from '../../components/live-problems';
import { useFieldDraft } from '../../field-draft';
import { whileSending } from '../../autosave/unsaved-text';
import type { BoardActions } from './use-board-actions';
import type { ProjectInfo } from './use-board-model';
import { ProjectWordsFields, wordsProblems, type ProjectWords, type WordsProblems } from './ProjectWordsFields';

interface Props {
  project: ProjectInfo;
  stackText: string;
  actions: BoardActions;
  /** Called after a project of the learner's own was removed. */
  onRemoved(): void;
}

/**
 * Edit a project's name, description and stack in the card details; go back to the roadmap's
 * text; remove a project of one's own (issue 15). Typed words are kept as drafts until saved.
 */
export function ProjectWordsSection({ project, stackText, actions, onRemoved }: Props) {
  const saved: ProjectWords = { name: project.name, description: project.description, stack: stackText };
  // The base (what the edit started from) outlives the remount a newer saved text causes (field-draft.ts).
  const field = useFieldDraft<ProjectWords>(`project-words:${project.id}`, saved);
  const [words, setWords, clearWords] = [field.value, field.set, field.clear];
  const [problems, setProblems] = useState<WordsProblems>({});
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const changed = words.name !== saved.name || words.description !== saved.description || words.stack !== saved.stack;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found = wordsProblems(words);
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid();
    if (!changed) return;
    // With the words this edit started from: words saved in another tab since are not written over.
    // Sent: closing the tab now does not ask about these words (unsaved-text.ts).
    const saving = actions.updateProject({ projectId: project.id, patch: { name: words.name, description: words.description, stack: words.stack }, base: field.base });
    if (await whileSending([`project-words:${project.id}`], saving)) clearWords();
  };
  const reset = async () => {
    if (await actions.resetProjectText(project.id)) {
      clearWords();
      setProblems({});
    }
  };

  return (
    <section className="details-section" aria-labelledby={`${project.id}-words`}>
      <h3 id={`${project.id}-words`}>{project.roadmap ? 'Your words for this project' : 'Your project'}</h3>
      <form ref={form} className="stacked-form" onSubmit={save} noValidate>
        <ProjectWordsFields
          idPrefix={`${project.id}-words`}
          words={words}
          onChange={(next) => {
            setWords(next);
            // A message shown updates or goes as the user types (live-problems.ts).
            setProblems((shown) => recheckShown(shown, wordsProblems(next)));
          }}
          problems={problems}
        />
        <div className="inline-form">
          <button type="submit" className="button primary" disabled={!changed} aria-describedby={changed ? `${project.id}-words-draft` : undefined}>
            Save name, description and stack
          </button>
          {project.roadmap && (
            <button type="button" className="button" disabled={!project.edited} onClick={() => void reset()}>Reset to the roadmap's text</button>
          )}
        </div>
        {/* ✕ Close does not save typed words: it keeps them as a draft, shown again on reopening. Say so
            while they are unsaved, so closing is no silent loss (check5-s8 N5). */}
        {changed && (
          <p id={`${project.id}-words-draft`} className="muted">
            Not saved yet. Closing this panel keeps your typing here as a draft; Save puts it in your plan.
          </p>
        )}
      </form>
      {!project.roadmap && (
        <div className={confirmRemove ? 'confirm-row' : 'inline-form'}>
          {confirmRemove ? (
            <>
              <span role="alert" className="confirm-question" dir="auto">Remove <bdi>{project.name}</bdi> and its steps?</span>
              <button type="button" className="button danger" onClick={() => void actions.removeProject(project.id).then((ok) => ok && onRemoved())}>Remove</button>
              <button type="button" className="button" onClick={() => setConfirmRemove(false)}>Keep it</button>
            </>
          ) : (
            <button type="button" className="button" onClick={() => setConfirmRemove(true)}>Remove this project</button>
          )}
        </div>
      )}
    </section>
  );
}
