import { useRef, useState, type FormEvent } from 'react';
import { useDraft } from '../../drafts';
import { whileSending } from '../../autosave/unsaved-text';
import { FieldProblem, problemProps, useFocusFirstInvalid } from '../../components/field-problem';
import { atMostCharacters, TEXT_LIMITS } from '@shared/plan-limits';
import { recheckShown } from '../../components/live-problems';
import { Dialog } from './Dialog';
import type { BoardActions } from './use-board-actions';
import { ProjectWordsFields, wordsProblems, type ProjectWords, type WordsProblems } from './ProjectWordsFields';

const EMPTY: ProjectWords = { name: '', description: '', stack: '' };
const STEPS_ID = 'new-project-steps';

/** The steps box's text as step titles (one per line, blanks left out). */
const stepTitlesOf = (steps: string): string[] => steps.split('\n').map((s) => s.trim()).filter(Boolean);

/** The first step over its limit, in plain words; undefined when every step can be saved. */
function stepsProblem(steps: string): string | undefined {
  const titles = stepTitlesOf(steps);
  const long = titles.findIndex((s) => s.length > TEXT_LIMITS.stepTitle);
  return long >= 0 ? atMostCharacters('A step', TEXT_LIMITS.stepTitle, titles[long]!.length, `step ${long + 1}`) : undefined;
}

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
    const stepTitles = stepTitlesOf(steps);
    const stepProblem = stepsProblem(steps);
    const found = { ...wordsProblems(words), ...(stepProblem ? { steps: stepProblem } : {}) };
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid();
    if (await whileSending(['new-project:words', 'new-project:steps'], actions.addProject({ ...words, steps: stepTitles }))) {
      clearWords();
      clearSteps();
      onClose();
    }
  };

  return (
    <Dialog title="Add a project of your own" onClose={onClose}>
      <form ref={form} className="dialog-body" onSubmit={add} noValidate>
        <ProjectWordsFields
          idPrefix="new-project"
          words={words}
          onChange={(next) => {
            setWords(next);
            // A message shown updates or goes as the user types (live-problems.ts).
            setProblems((shown) => recheckShown(shown, { ...wordsProblems(next), steps: shown.steps }));
          }}
          problems={problems}
        />
        <label>
          Steps (one per line)
          <textarea id={STEPS_ID} className="input" dir="auto" rows={4} value={steps} {...problemProps(STEPS_ID, problems.steps)} onChange={(e) => {
              const next = e.target.value;
              setSteps(next);
              setProblems((shown) => recheckShown(shown, { ...shown, steps: stepsProblem(next) }));
            }} />
        </label>
        <FieldProblem fieldId={STEPS_ID} problem={problems.steps} />
        <div className="dialog-actions">
          <button type="submit" className="button primary">Add project</button>
        </div>
      </form>
    </Dialog>
  );
}
