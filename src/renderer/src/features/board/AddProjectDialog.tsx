import { useRef, useState, type FormEvent } from 'react';
import { useDraft } from '../../drafts';
import { FieldProblem, problemProps, useFocusFirstInvalid } from '../../components/field-problem';
import { TEXT_LIMITS } from '@shared/plan-limits';
import { Dialog } from './Dialog';
import type { BoardActions } from './use-board-actions';
import { ProjectWordsFields, wordsProblems, type ProjectWords, type WordsProblems } from './ProjectWordsFields';

const EMPTY: ProjectWords = { name: '', description: '', stack: '' };
const STEPS_ID = 'new-project-steps';

/** A project of the learner's own (issue 15): a new card in the first column, with its steps. */
export function AddProjectDialog({ actions, onClose }: { actions: BoardActions; onClose(): void }) {
  // Typed text outlives Escape: reopening the dialog shows it again (drafts).
  const [words, setWords, clearWords] = useDraft<ProjectWords>('new-project:words', EMPTY);
  const [steps, setSteps, clearSteps] = useDraft('new-project:steps', '');
  const [problems, setProblems] = useState<WordsProblems & { steps?: string }>({});
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const stepTitles = steps.split('\n').map((s) => s.trim()).filter(Boolean);
    const long = stepTitles.findIndex((s) => s.length > TEXT_LIMITS.stepTitle);
    const found = { ...wordsProblems(words), ...(long >= 0 ? { steps: `A step can be at most ${TEXT_LIMITS.stepTitle} characters (step ${long + 1} has ${stepTitles[long]!.length}).` } : {}) };
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid();
    if (await actions.addProject({ ...words, steps: stepTitles })) {
      clearWords();
      clearSteps();
      onClose();
    }
  };

  return (
    <Dialog title="Add a project of your own" onClose={onClose}>
      <form ref={form} className="dialog-body" onSubmit={add} noValidate>
        <ProjectWordsFields idPrefix="new-project" words={words} onChange={setWords} problems={problems} />
        <label>
          Steps (one per line)
          <textarea id={STEPS_ID} className="input" dir="auto" rows={4} value={steps} {...problemProps(STEPS_ID, problems.steps)} onChange={(e) => setSteps(e.target.value)} />
        </label>
        <FieldProblem fieldId={STEPS_ID} problem={problems.steps} />
        <div className="dialog-actions">
          <button type="submit" className="button primary">Add project</button>
        </div>
      </form>
    </Dialog>
  );
}
