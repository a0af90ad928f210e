import { TEXT_LIMITS } from '@shared/plan-limits';
import { memo } from 'react';
import { showDate } from '../../dates';
import { useBoardActionsContext } from './board-actions-context';
import { InlineRename } from './InlineRename';
import { useCardStop } from './roving';

interface Props {
  /** The step's id; without it the title is plain text. */
  id?: string;
  title: string;
  builtin: boolean;
  completedOn: string | null;
}

export const StepCardContent = memo(function StepCardContent({ id, title, builtin, completedOn }: Props) {
  const actions = useBoardActionsContext();
  // The title is the step card's one Tab stop (Enter or F2 renames it; arrows move between cards).
  const stop = useCardStop(id ?? '');
  return (
    <>
      {id && actions ? (
        <InlineRename
          value={title}
          label={`Title of step ${title}`}
          maxLength={TEXT_LIMITS.stepTitle}
          onRename={(next) => actions.updateStep({ stepId: id, patch: { title: next }, base: { title } })}
          wrap={(button) => <p className="step-title">{button}</p>}
          buttonProps={stop}
        />
      ) : (
        <p className="step-title">{title}</p>
      )}
      {(completedOn || !builtin) && (
        <p className="card-dates muted">
          {!builtin && <span className="step-own">Your step</span>}
          {completedOn && <span>Done <time dateTime={completedOn}>{showDate(completedOn)}</time></span>}
        </p>
      )}
    </>
  );
});
