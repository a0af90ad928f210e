import { nanoid } from 'nanoid';
import { addColumn, deleteColumn, moveColumn, updateColumn } from '@shared/domain/board-columns';
import { BoardMoveError, findCard, moveCard, type CardMove } from '@shared/domain/board-moves';
import { diffForBoard, NO_CHANGE, type BoardChange } from '@shared/domain/board-change';
import { applySlice } from '@shared/domain/board-slice';
import { roleOf, stampProject, stampStep } from '@shared/domain/board-stamps';
import type { Board, Cells, Plan } from '@shared/plan-schema';
import { AppError } from '@shared/ipc/result';
import { today } from '../core/clock';
import { createBoardEditHandlers } from './board-edits';
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
  | 'board:restore';

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

  const changeBoard = async (change: (board: Board) => Board, after?: (draft: Plan, before: Board) => void): Promise<BoardChange> => {
    const current = store.plan.board;
    if (attempt(() => change(current)) === current) return NO_CHANGE;
    return updateBoard(store, (draft) => {
      const before = draft.board;
      draft.board = change(before);
      after?.(draft, before);
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
      return updateBoard(store, (draft) => {
        const { next, from } = move(draft.board.projects, m);
        draft.board.projects = next;
        const columns = draft.board.columns;
        draft.projects[projectId] = stampProject(draft.projects[projectId]!, roleOf(columns, from), roleOf(columns, toColumn), today(deps.clock));
      });
    },
    'board:move-step': async ({ projectId, stepId, toColumn, toIndex }) => {
      const lane = store.plan.board.steps[projectId];
      if (!lane || !Object.hasOwn(store.plan.board.steps, projectId)) throw new AppError('not-found', `There is no project ${projectId} on this board.`);
      const m = { cardId: stepId, toColumn, toIndex };
      if (move(lane, m).next === lane) return NO_CHANGE;
      return updateBoard(store, (draft) => {
        const { next, from } = move(draft.board.steps[projectId]!, m);
        draft.board.steps[projectId] = next;
        const columns = draft.board.columns;
        draft.steps[stepId] = stampStep(draft.steps[stepId]!, roleOf(columns, from), roleOf(columns, toColumn), today(deps.clock));
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
    'board:delete-column': async ({ columnId, moveTo }) =>
      changeBoard(
        (board) => deleteColumn(board, columnId, moveTo),
        (draft, before) => {
          // Re-homed cards changed column as surely as dragged ones, so they earn the same dates.
          const from = roleOf(before.columns, columnId);
          const to = roleOf(draft.board.columns, moveTo);
          const day = today(deps.clock);
          for (const id of before.projects[columnId] ?? []) draft.projects[id] = stampProject(draft.projects[id]!, from, to, day);
          for (const lane of Object.values(before.steps)) {
            for (const id of lane[columnId] ?? []) draft.steps[id] = stampStep(draft.steps[id]!, from, to, day);
          }
        },
      ),
    'board:set-lane-collapsed': async ({ projectId, collapsed }) => {
      if (!Object.hasOwn(store.plan.projects, projectId)) throw new AppError('not-found', `There is no project ${projectId}.`);
      if (store.plan.board.collapsedLanes.includes(projectId) === collapsed) return NO_CHANGE;
      return updateBoard(store, (draft) => {
        const rest = draft.board.collapsedLanes.filter((id) => id !== projectId);
        draft.board.collapsedLanes = collapsed ? [...rest, projectId] : rest;
      });
    },
    'board:restore': async ({ slice }) => {
      const next = applySlice(store.plan, slice);
      if (typeof next === 'string') throw new AppError('conflict', next);
      // store.replace validates the whole plan, board integrity included, before writing.
      const before = store.plan;
      return diffForBoard(before, await store.replace(next));
    },
    ...createBoardEditHandlers(deps),
  };
}
