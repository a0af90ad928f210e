import { nanoid } from 'nanoid';
import { addColumn, deleteColumn, moveColumn, updateColumn } from '@shared/domain/board-columns';
import { BoardMoveError, findCard, moveCard, type CardMove } from '@shared/domain/board-moves';
import { NO_CHANGE, type BoardChange } from '@shared/domain/board-change';
import { applySlice } from '@shared/domain/board-slice';
import { applyDelta, REDO_REFUSED, UNDO_REFUSED, type BoardDelta } from '@shared/domain/board-delta';
import type { Board, Cells } from '@shared/plan-schema';
import { AppError } from '@shared/ipc/result';
import { today } from '../core/clock';
import { createBoardEditHandlers } from './board-edits';
import { createProjectEditHandlers } from './project-edits';
import { updateBoard } from './board-update';
import type { HandlerDeps } from './deps';
import type { HandlerGroup } from './types';

type BoardChannel =
  | 'board:move-project'
  | 'board:move-step'
  | 'board:add-column'
  | 'board:update-column'
  | 'board:move-column'
  | 'board:delete-column'
  | 'board:update-project'
  | 'board:add-step'
  | 'board:update-step'
  | 'board:set-lane-collapsed'
  | 'board:restore'
  | 'board:undo';

const UNDO_STALE = 'Your plan was replaced since this step was recorded (restored from a backup, or changed outside Prep Planner), so it cannot be undone or redone. Nothing was changed; the board shows the plan as it is now.';

/** Domain refusals become typed IPC errors: an unknown id is not-found, anything else invalid-input. */
export function boardErrorToAppError(error: unknown): never {
  if (error instanceof BoardMoveError) {
    throw new AppError(error.problem === 'out-of-range' ? 'invalid-input' : 'not-found', error.message);
  }
  throw error;
}

const attempt = <T>(fn: () => T): T => {
  try {
    return fn();
  } catch (error) {
    return boardErrorToAppError(error);
  }
};

/**
 * Board moves and column edits. Each change is first tried on the current plan, so a refused or
 * empty change returns before anything is written; then it is applied to the store's draft.
 */
export function createBoardHandlers(deps: HandlerDeps): HandlerGroup<BoardChannel> {
  const { store } = deps;

  const changeBoard = async (change: (board: Board) => Board): Promise<BoardChange> => {
    const current = store.plan.board;
    if (attempt(() => change(current)) === current) return NO_CHANGE;
    return updateBoard(store, today(deps.clock), (draft) => {
      draft.board = change(draft.board);
    });
  };

  const move = (cells: Cells, m: CardMove) => {
    const next = attempt(() => moveCard(cells, m));
    return { next, from: findCard(cells, m.cardId)!.column };
  };

  return {
    'board:move-project': async ({ projectId, toColumn, toIndex }) => {
      const m = { cardId: projectId, toColumn, toIndex };
      if (move(store.plan.board.projects, m).next === store.plan.board.projects) return NO_CHANGE;
      return updateBoard(store, today(deps.clock), (draft) => {
        draft.board.projects = move(draft.board.projects, m).next;
      });
    },
    'board:move-step': async ({ projectId, stepId, toColumn, toIndex }) => {
      const lane = store.plan.board.steps[projectId];
      if (!lane || !Object.hasOwn(store.plan.board.steps, projectId)) throw new AppError('not-found', `There is no project ${projectId} on this board.`);
      const m = { cardId: stepId, toColumn, toIndex };
      if (move(lane, m).next === lane) return NO_CHANGE;
      return updateBoard(store, today(deps.clock), (draft) => {
        draft.board.steps[projectId] = move(draft.board.steps[projectId]!, m).next;
      });
    },
    'board:add-column': async ({ title, role, wipLimit, index }) =>
      changeBoard((board) => addColumn(board, { id: `col-${nanoid(10)}`, title, role, wipLimit }, index)),
    'board:update-column': async ({ columnId, patch }) => {
      const known = store.plan.board.columns.find((c) => c.id === columnId);
      if (!known) throw new AppError('not-found', `There is no column ${columnId} on this board.`);
      const changed = Object.entries(patch).some(([key, value]) => known[key as keyof typeof known] !== value);
      return changed ? changeBoard((board) => updateColumn(board, columnId, patch)) : NO_CHANGE;
    },
    'board:move-column': async ({ columnId, toIndex }) => changeBoard((board) => moveColumn(board, columnId, toIndex)),
    // Re-homed cards change column as surely as dragged ones; updateBoard gives them the same dates.
    'board:delete-column': async ({ columnId, moveTo }) => changeBoard((board) => deleteColumn(board, columnId, moveTo)),
    'board:set-lane-collapsed': async ({ projectId, collapsed }) => {
      if (!Object.hasOwn(store.plan.projects, projectId)) throw new AppError('not-found', `There is no project ${projectId}.`);
      if (store.plan.board.collapsedLanes.includes(projectId) === collapsed) return NO_CHANGE;
      return updateBoard(store, today(deps.clock), (draft) => {
        const rest = draft.board.collapsedLanes.filter((id) => id !== projectId);
        draft.board.collapsedLanes = collapsed ? [...rest, projectId] : rest;
      });
    },
    'board:restore': async ({ slice, revision }) => {
      // Undo steps describe the plan they were recorded on: after a restore or an outside change
      // was loaded (a new revision) they would write the older board back over it (issue 11).
      const stale = () => {
        if (revision !== store.revision) throw new AppError('conflict', UNDO_STALE);
      };
      stale();
      const tried = applySlice(store.plan, slice);
      if (typeof tried === 'string') throw new AppError('conflict', tried);
      // The store validates the whole plan, board integrity included, before writing; the date
      // rule runs as for any move, so an undo across a day or a column-kind change stays consistent.
      return updateBoard(store, today(deps.clock), (draft) => {
        stale(); // again: the store may run this after a restore, or on an outside version it just loaded
        const next = applySlice(draft, slice);
        if (typeof next === 'string') throw new AppError('conflict', next);
        Object.assign(draft, structuredClone(next));
      }, true);
    },
    'board:undo': async ({ delta, revision, direction }) => {
      if (revision !== store.revision) throw new AppError('conflict', UNDO_STALE);
      const refused = direction === 'undo' ? UNDO_REFUSED : REDO_REFUSED;
      if (!applyDelta(store.plan, delta as BoardDelta)) throw new AppError('conflict', refused);
      return updateBoard(store, today(deps.clock), (draft) => {
        // Judged again on the plan as it is when saved: another tab's change may have come first.
        if (revision !== store.revision) throw new AppError('conflict', UNDO_STALE);
        const next = applyDelta(draft, delta as BoardDelta);
        if (!next) throw new AppError('conflict', refused);
        Object.assign(draft, structuredClone({ board: next.board, steps: next.steps, projects: next.projects }));
      }, true);
    },
    ...createBoardEditHandlers(deps),
    ...createProjectEditHandlers(deps),
  };
}
