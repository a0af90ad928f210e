import { TEXT_LIMITS, tooLongMessage } from '@shared/plan-limits';
import type { Column } from '@shared/plan-schema';
import { useBoardActionsContext } from './board-actions-context';
import { QuickAddField } from './QuickAddField';

interface Props {
  projectId: string;
  column: Column;
}

/** "+ Add step" at the bottom of a lane's column: Enter adds the step to this project in this column. */
export function QuickAdd({ projectId, column }: Props) {
  const actions = useBoardActionsContext();
  if (!actions) return null;
  return (
    <QuickAddField
      noun="step"
      columnTitle={column.title}
      draftKey={`quick-add:${projectId}:${column.id}`}
      placeholder="Step title, then Enter"
      check={(text) => tooLongMessage('The step title', text.trim().length, TEXT_LIMITS.stepTitle)}
      add={async (title) => ((await actions.addStep({ projectId, title, columnId: column.id })) ? `Added step ${title} to ${column.title}.` : null)}
    />
  );
}
