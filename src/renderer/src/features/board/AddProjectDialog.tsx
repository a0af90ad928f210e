import { useState, type FormEvent } from 'react';
import { useDraft } from '../../drafts';
import { Dialog } from './Dialog';
import type { BoardActions } from './use-board-actions';
import { ProjectWordsFields, wordsProblem, type ProjectWords } from './ProjectWordsFields';

const EMPTY: ProjectWords = { name: '', description: '', stack: '' };

/** A project of the learner's own (issue 15): a new card in the first column, with its steps. */
export function AddProjectDialog({ actions, onClose }: { actions: BoardActions; onClose(): void }) {
  // Typed text outlives Escape: reopening the dialog shows it again (drafts).
  const [words, setWords, clearWords] = useDraft<ProjectWords>('new-project:words', EMPTY);
  const [steps, setSteps, clearSteps] = useDraft('new-project:steps', '');
  const [problem, setProblem] = useState<string | null>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const stepTitles = steps.split('\n').map((s) => s.trim()).filter(Boolean);
    const issue = wordsProblem(words) ?? (stepTitles.some((s) => s.length > 300) ? 'A step can be at most 300 characters.' : null);
    setProblem(issue);
    if (issue) return;
    if (await actions.addProject({ ...words, steps: stepTitles })) {
      clearWords();
      clearSteps();
      onClose();
    }
  };

  return (
    <Dialog title="Add a project of your own" onClose={onClose}>
      <form className="dialog-body" onSubmit={add}>
        <ProjectWordsFields idPrefix="new-project" words={words} onChange={setWords} problem={problem} />
        <label>
          Steps (one per line)
          <textarea className="input" dir="auto" rows={4} value={steps} onChange={(e) => setSteps(e.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="submit" className="button primary">Add project</button>
        </div>
      </form>
    </Dialog>
  );
}
