import { memo } from 'react';
import { useBoardActionsContext } from './board-actions-context';
import { InlineRename } from './InlineRename';

interface Props {
  /** The step's id; without it the title is plain text. */
  id?: string;
  title: string;
  builtin: boolean;
  completedOn: string | null;
}

export const StepCardContent = memo(function StepCardContent({ id, title, builtin, completedOn }: Props) {
  const actions = useBoardActionsContext();
  return (
    <>
      {id && actions ? (
        <InlineRename
          value={title}
          label={`Title of step ${title}`}
          maxLength={300}
          onRename={(next) => void actions.updateStep({ stepId: id, patch: { title: next } })}
          wrap={(button) => <p className="step-title">{button}</p>}
        />
      ) : (
        <p className="step-title">{title}</p>
      )}
      {(completedOn || !builtin) && (
        <p className="card-dates muted">
          {!builtin && <span className="step-own">Your step</span>}
          {completedOn && <span>Done {completedOn}</span>}
        </p>
      )}
    </>
  );
});
