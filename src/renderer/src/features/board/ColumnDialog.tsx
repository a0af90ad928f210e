import { useState, type FormEvent } from 'react';
import { useDraft } from '../../drafts';
import { whileSending } from '../../autosave/unsaved-text';
import { plural } from '../../words';
import { cardCount } from '@shared/domain/board-columns';
import { TEXT_LIMITS, tooLongMessage } from '@shared/plan-limits';
import type { Board, Column } from '@shared/plan-schema';
import { FieldProblem, problemProps } from '../../components/field-problem';
import { Dialog } from './Dialog';
import type { BoardActions } from './use-board-actions';

interface Props {
  board: Board;
  /** The column to edit, or null to create one. */
  column: Column | null;
  actions: BoardActions;
  onClose(): void;
}

const ROLES: Array<{ value: Column['role']; label: string }> = [
  { value: 'todo', label: 'To do' },
  { value: 'doing', label: 'Doing (stamps a start date)' },
  { value: 'review', label: 'Review' },
  { value: 'done', label: 'Done (stamps a finish date)' },
];

const LIMIT_PROBLEM = 'The limit must be a whole number from 1 to 999.';


/** Says which cards a deleted column hands on: "Move its 10 project cards and 30 step cards to". */
export function moveText(projects: number, steps: number): string {
  const parts = [projects && plural(projects, 'project card'), steps && plural(steps, 'step card')].filter(Boolean);
  return `Move its ${parts.join(' and ')} to`;
}

/** Rename, re-role, limit, reorder or delete a column; deleting a non-empty one asks where its cards go. */
export function ColumnDialog({ board, column, actions, onClose }: Props) {
  // Typed values outlive Escape: reopening the same column (or "New column") shows them again.
  const draftKey = `column:${column?.id ?? 'new'}`;
  const [title, setTitle, clearTitle] = useDraft(`${draftKey}:title`, column?.title ?? '');
  const [role, setRole, clearRole] = useDraft<Column['role']>(`${draftKey}:role`, column?.role ?? 'todo');
  const [limit, setLimit, clearLimit] = useDraft(`${draftKey}:limit`, column?.wipLimit?.toString() ?? '');
  const others = board.columns.filter((c) => c.id !== column?.id);
  const [moveTo, setMoveTo] = useState(others[0]?.id ?? '');
  const index = column ? board.columns.findIndex((c) => c.id === column.id) : -1;
  const cards = column ? cardCount(board, column.id) : 0;
  const projectCards = column ? (board.projects[column.id]?.length ?? 0) : 0;
  const limitValue = limit.trim() === '' ? null : Number(limit);
  const titleTooLong = tooLongMessage('The title', title.trim().length, TEXT_LIMITS.columnTitle);
  const limitBad = limitValue !== null && (!Number.isInteger(limitValue) || limitValue < 1 || limitValue > 999);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim() || limitBad || titleTooLong) return;
    const ok = await whileSending(
      [`${draftKey}:title`, `${draftKey}:role`, `${draftKey}:limit`],
      column
        ? actions.updateColumn({ columnId: column.id, patch: { title: title.trim(), role, wipLimit: limitValue } })
        : actions.addColumn({ title: title.trim(), role, wipLimit: limitValue }),
    );
    if (ok) {
      clearTitle();
      clearRole();
      clearLimit();
      onClose();
    }
  };

  return (
    <Dialog title={column ? <>Column: <bdi>{column.title}</bdi></> : 'New column'} onClose={onClose}>
      <form className="dialog-body" onSubmit={save}>
        <label>
          Title
          <input className="input" dir="auto" value={title} onChange={(e) => setTitle(e.target.value)} required data-autofocus aria-invalid={titleTooLong ? true : undefined} aria-describedby={titleTooLong ? 'column-title-problem' : undefined} />
        </label>
        {titleTooLong && <p id="column-title-problem" className="field-error" role="alert">{titleTooLong}</p>}
        <label>
          Kind
          <select className="input" value={role} onChange={(e) => setRole(e.target.value as Column['role'])}>
            {ROLES.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
          </select>
        </label>
        <label>
          Work-in-progress limit (empty for none)
          <input id="column-limit" className="input" type="number" min={1} max={999} value={limit} onChange={(e) => setLimit(e.target.value)} {...problemProps('column-limit', limitBad ? LIMIT_PROBLEM : null)} />
        </label>
        <FieldProblem fieldId="column-limit" problem={limitBad ? LIMIT_PROBLEM : null} />
        <div className="dialog-actions">
          {column && (
            <>
              <button type="button" className="button" disabled={index <= 0} onClick={() => void actions.moveColumn(column.id, index - 1)}>
                Move left
              </button>
              <button type="button" className="button" disabled={index >= board.columns.length - 1} onClick={() => void actions.moveColumn(column.id, index + 1)}>
                Move right
              </button>
            </>
          )}
          <span className="spacer" />
          <button type="submit" className="button primary" disabled={!title.trim() || limitBad}>
            {column ? 'Save' : 'Add column'}
          </button>
        </div>
      </form>
      {column && others.length > 0 && (
        <section className="dialog-body danger-zone" aria-label="Delete column">
          {cards > 0 && (
            <label>
              {moveText(projectCards, cards - projectCards)}
              <select className="input" value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
                {others.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}
              </select>
            </label>
          )}
          <button type="button" className="button danger" onClick={async () => (await actions.deleteColumn(column.id, moveTo)) && onClose()}>
            Delete column
          </button>
        </section>
      )}
    </Dialog>
  );
}
