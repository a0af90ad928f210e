import { newProjectNameProblem } from '@shared/domain/new-project';
import type { Cells, Column } from '@shared/plan-schema';
import { useBoardActionsContext } from './board-actions-context';
import { wipExceeded } from './board-counts';
import { QuickAddField } from './QuickAddField';

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
 * work-in-progress limit takes it and says so, as a drop does. An empty, too long or taken name is
 * refused here in plain words, and nothing is sent.
 */
export function QuickAddProject({ column, boardNow }: Props) {
  const actions = useBoardActionsContext();
  if (!actions) return null;
  const add = async (name: string) => {
    const { columns, cells } = boardNow();
    const over = wipExceeded(columns, cells, '\u0000new project', column.id);
    if (!(await actions.addProject({ name, columnId: column.id }))) return null;
    return `Added project ${name} to ${column.title}.${over ? ` ${over}` : ''}`;
  };
  return (
    <QuickAddField
      noun="project"
      columnTitle={column.title}
      draftKey={`quick-add-project:${column.id}`}
      placeholder="Project name, then Enter"
      check={(text) => newProjectNameProblem(text, boardNow().names)}
      add={add}
    />
  );
}
