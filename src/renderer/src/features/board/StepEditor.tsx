import { useState, type FormEvent } from 'react';
import { useDraft } from '../../drafts';
import { useLiveProblem } from '../../components/live-problems';
import { whileSending } from '../../autosave/unsaved-text';
import { TEXT_LIMITS, tooLongMessage } from '@shared/plan-limits';
import type { Plan, Step } from '@shared/plan-schema';
import type { BoardActions } from './use-board-actions';

interface Props {
  plan: Plan;
  projectId: string;
  actions: BoardActions;
}

/** A project's steps in board order: rename, archive, delete (own steps), and add new ones. */
export function StepEditor({ plan, projectId, actions }: Props) {
  // Kept when the dialog closes (Escape) before the step is added: reopening shows it again.
  const [title, setTitle, clearTitle] = useDraft(`new-step:${projectId}`, '');
  const lane = plan.board.steps[projectId] ?? {};
  const rows = plan.board.columns.flatMap((column) =>
    (lane[column.id] ?? []).map((id) => ({ step: plan.steps[id], column })).filter((r): r is { step: Step; column: typeof column } => r.step?.state === 'active'),
  );

  const [addProblem, setAddProblem] = useState<string | null>(null);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const clean = title.trim();
    const long = tooLongMessage('The step title', clean.length, TEXT_LIMITS.stepTitle);
    setAddProblem(long);
    if (!clean || long) return;
    if (await whileSending([`new-step:${projectId}`], actions.addStep({ projectId, title: clean }))) {
      setTitle('');
      clearTitle();
    }
  };

  const rename = (step: Step, value: string) => {
    const clean = value.trim();
    // With the title this tab showed: one renamed in another tab since is not written over (compare-and-set).
    if (clean && clean !== step.title && clean.length <= TEXT_LIMITS.stepTitle) void actions.updateStep({ stepId: step.id, patch: { title: clean }, base: { title: step.title } });
  };

  return (
    <section className="details-section" aria-label="Steps">
      <h3>Steps</h3>
      <ul className="step-rows">
        {rows.map(({ step, column }) => (
          <li key={step.id} className="step-row">
            <StepTitleInput key={step.title} step={step} onRename={rename} />
            <span className="step-column muted">{column.title}</span>
            <button type="button" className="button small" onClick={() => void actions.updateStep({ stepId: step.id, patch: { state: 'archived' } })} aria-label={`Archive step ${step.title}`}>
              Archive
            </button>
            {!step.builtin && (
              <button type="button" className="button small danger" onClick={() => void actions.updateStep({ stepId: step.id, patch: { state: 'deleted' } })} aria-label={`Delete step ${step.title}`}>
                Delete
              </button>
            )}
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={add}>
        <input className="input" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="A new step" aria-label="New step title" dir="auto" aria-invalid={addProblem ? true : undefined} aria-describedby={addProblem ? `new-step-problem-${projectId}` : undefined} />
        <button type="submit" className="button" disabled={!title.trim()}>
          Add step
        </button>
      </form>
      {addProblem && <p id={`new-step-problem-${projectId}`} className="field-error" role="alert">{addProblem}</p>}
      <ArchivedSteps plan={plan} actions={actions} projectId={projectId} />
    </section>
  );
}

/** A step's title, renamed on blur or Enter; text typed but not yet saved survives the dialog closing. */
function StepTitleInput({ step, onRename }: { step: Step; onRename(step: Step, value: string): void }) {
  const [value, setValue, clear] = useDraft(`step-title:${step.id}`, step.title);
  // Too long: nothing is cut or saved, the field and its draft keep all of it, and it says so.
  const problem = tooLongMessage('The step title', value.trim().length, TEXT_LIMITS.stepTitle);
  const problemId = `step-title-problem-${step.id}`;
  const live = useLiveProblem(problem);
  return (
    <>
      <input
        className="input"
        value={value}
        dir="auto"
        aria-label={`Step title: ${step.title}`}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        onChange={(e) => setValue(e.currentTarget.value)}
        onBlur={() => {
          onRename(step, value);
          if (value.trim() && !problem) clear();
        }}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      />
      {problem && <p id={problemId} className="field-error" role="alert" aria-live={live}>{problem}</p>}
    </>
  );
}

/** Archived and deleted steps (of one project, or all), each with a way back. */
export function ArchivedSteps({ plan, actions, projectId, projectName, headingLevel = 4 }: { plan: Plan; actions: BoardActions; projectId?: string; projectName?: (id: string) => string; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const gone = Object.values(plan.steps).filter((s) => s.state !== 'active' && (!projectId || s.projectId === projectId));
  if (gone.length === 0) return projectId ? null : <p className="muted">Nothing is archived or deleted.</p>;
  return (
    <div className="archived">
      <Heading>Archived and deleted</Heading>
      <ul className="step-rows">
        {gone.map((step) => (
          <li key={step.id} className="step-row">
            <span className="step-gone">
              {step.title}
              {projectName && <span className="muted"> · {projectName(step.projectId)}</span>}
            </span>
            <span className={`state-badge ${step.state}`}>{step.state}</span>
            <button type="button" className="button small" onClick={() => void actions.updateStep({ stepId: step.id, patch: { state: 'active' } })} aria-label={`Restore step ${step.title}`}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
