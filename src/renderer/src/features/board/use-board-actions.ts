import { useCallback, useMemo, useRef } from 'react';
import { emptyHistory, redo, undo } from '@shared/domain/board-history';
import { applyBoardChange, type BoardChange } from '@shared/domain/board-change';
import { moveCard } from '@shared/domain/board-moves';
import { applySlice, sliceOf, type BoardSlice } from '@shared/domain/board-slice';
import { keepShown } from '@shared/domain/keep-shown';
import { learnerProject } from '@shared/domain/learner-project';
import type { RequestOf } from '@shared/ipc/contract';
import type { Plan } from '@shared/plan-schema';
import { call } from '../../api';
import { useAppState } from '../../app-state';
import { announce } from '../../a11y/announce';
import { showToast } from '../../a11y/toast';
import { wipExceeded } from './board-counts';
import { getHistory, historyRevision, recordUndo, setHistory } from './board-history-store';
import { applyDelta, REDO_REFUSED, UNDO_REFUSED } from '@shared/domain/board-delta';
import { ApiError, messageOf } from '../../api';
import { noteOwnChange } from '../../seen-changes';
import { CHANGED_ELSEWHERE } from '@shared/domain/compare-and-set';

interface RunOptions {
  /** Shown at once, before main answers; dropped again if main refuses the change. */
  optimistic?: (plan: Plan) => Plan;
  /** False for view state (a collapsed lane) that undo should not step through. */
  undoable?: boolean;
  /** A save refused as changed elsewhere (compare-and-set): true when the caller showed it by its field. */
  onChangedElsewhere?: (message: string) => boolean;
  /**
   * Where main's refusal goes when the form that sent the change shows it beside its own field
   * (CardDateFields.tsx); without it the refusal is the app's error message.
   */
  onRefused?: (message: string) => void;
  /** Changes with the same group, one after another, are one undo step (notes saved while typing). */
  undoGroup?: string;
}

interface Pending {
  id: number;
  apply(plan: Plan): Plan;
}

const isEmpty = (change: BoardChange) =>
  Object.keys(change.board).length === 0 &&
  Object.keys(change.projects).length === 0 &&
  Object.keys(change.steps).length === 0 &&
  !change.removedProjects?.length &&
  !change.removedSteps?.length;

/**
 * Every board change goes through `run`. The screen shows main's last confirmed plan with the
 * still-unanswered changes laid over it; each reply (only what changed, not the plan) is merged
 * into the confirmed plan and its optimistic twin retired, so replies never make cards flicker
 * back, and a refused change simply disappears with main's message shown.
 */
export function useBoardActions() {
  const { plan, curriculum, setPlan, reportError, clearError } = useAppState();
  const state = useRef({ confirmed: plan, shown: plan, pending: [] as Pending[], sequence: 0 });
  if (plan !== state.current.shown) {
    // Another view (or a boot) replaced the plan: that is main's word, so it is the new base.
    state.current = { ...state.current, confirmed: plan, shown: plan, pending: [] };
  }
  const errorRef = useRef({ reportError, clearError });
  errorRef.current = { reportError, clearError };

  const show = useCallback(() => {
    const s = state.current;
    let next = s.confirmed;
    for (const op of s.pending) {
      try {
        next = op.apply(next);
      } catch {
        // A change that no longer fits the confirmed board waits for main's verdict unseen.
      }
    }
    // Parts equal to what is on screen keep their identity: a reply that only confirms the
    // optimistic change renders nothing (issue 18).
    s.shown = keepShown(s.shown, next);
    setPlan(s.shown);
  }, [setPlan]);

  const run = useCallback(
    async (send: () => Promise<BoardChange>, { optimistic, undoable = true, onChangedElsewhere, onRefused, undoGroup }: RunOptions = {}): Promise<boolean> => {
      const s = state.current;
      const before = s.shown;
      const id = ++s.sequence;
      if (optimistic) {
        s.pending.push({ id, apply: optimistic });
        show();
      }
      try {
        const change = await send();
        noteOwnChange(change.changes);
        state.current.confirmed = applyBoardChange(state.current.confirmed, change);
        state.current.pending = state.current.pending.filter((op) => op.id !== id);
        show();
        // Main's own account of this change (board-delta.ts): undo takes back this change only.
        // Saves of one group in a row (notes saved while typing) make one undo step.
        if (undoable && !isEmpty(change)) recordUndo(change.undo ?? sliceOf(before), undoGroup);
        errorRef.current.clearError();
        return true;
      } catch (error) {
        state.current.pending = state.current.pending.filter((op) => op.id !== id);
        show();
        const elsewhere = error instanceof ApiError && error.message.startsWith(CHANGED_ELSEWHERE);
        if (elsewhere && onChangedElsewhere?.(error.message)) return false;
        if (onRefused) onRefused(messageOf(error));
        else errorRef.current.reportError(error);
        return false;
      }
    },
    [show],
  );

  const travel = useCallback(
    async (direction: 'undo' | 'redo') => {
      const history = getHistory();
      const entry = direction === 'undo' ? history.past.at(-1) : history.future.at(-1);
      if (entry && 'back' in entry) {
        // Guarded (audit s6, fault 3): main applies it only if the cards it touches are still as this tab left them.
        const delta = direction === 'undo' ? entry.back : entry.forth;
        const step = (direction === 'undo' ? undo : redo)(history, entry)!;
        let refused = false;
        const ok = await run(
          () =>
            call('board:undo', { delta, revision: historyRevision(), direction }).catch((error: unknown) => {
              refused = error instanceof ApiError && (error.message === UNDO_REFUSED || error.message === REDO_REFUSED);
              throw error;
            }),
          { undoable: false, optimistic: (p) => applyDelta(p, delta) ?? p },
        );
        if (ok) setHistory(step.history);
        // That step can never apply again: it goes, so the next Undo is the one before it.
        else if (refused) setHistory(direction === 'undo' ? { ...history, past: history.past.slice(0, -1) } : { ...history, future: history.future.slice(0, -1) });
        return ok;
      }
      const step = (direction === 'undo' ? undo : redo)(getHistory(), sliceOf(state.current.shown));
      if (!step) return false;
      const restore = step.restore as BoardSlice;
      const ok = await run(() => call('board:restore', { slice: restore, revision: historyRevision() }), {
        undoable: false,
        optimistic: (p) => {
          const next = applySlice(p, restore);
          return typeof next === 'string' ? p : next;
        },
      });
      if (ok) setHistory(step.history);
      return ok;
    },
    [run],
  );

  return useMemo(() => {
    // Names for the undo message, read at the time of the change.
    // The learner's own name for the project when they renamed it, as its card shows (tester 2, s11).
    const projectName = (id: string) => learnerProject(curriculum.projects.find((p) => p.id === id), state.current.shown.projects[id], id).name;
    const stepTitle = (id: string) => state.current.shown.steps[id]?.title ?? 'step';
    const columnTitle = (id: string) => state.current.shown.board.columns.find((c) => c.id === id)?.title ?? id;
    return {
      moveProject: async (projectId: string, toColumn: string, toIndex: number) => {
        // Every road (drag, details, card menu) says so when a move passes a column's limit.
        const over = wipExceeded(state.current.shown.board.columns, state.current.shown.board.projects, projectId, toColumn);
        const ok = await run(() => call('board:move-project', { projectId, toColumn, toIndex }), {
          optimistic: (p) => ({ ...p, board: { ...p.board, projects: moveCard(p.board.projects, { cardId: projectId, toColumn, toIndex }) } }),
        });
        if (ok && over) announce(over);
        if (ok) showToast(`Moved ${projectName(projectId)} to ${columnTitle(toColumn)}.`, projectId);
        return ok;
      },
      moveStep: async (projectId: string, stepId: string, toColumn: string, toIndex: number) => {
        const ok = await run(() => call('board:move-step', { projectId, stepId, toColumn, toIndex }), {
          optimistic: (p) => ({
            ...p,
            board: { ...p.board, steps: { ...p.board.steps, [projectId]: moveCard(p.board.steps[projectId] ?? {}, { cardId: stepId, toColumn, toIndex }) } },
          }),
        });
        if (ok) showToast(`Moved step ${stepTitle(stepId)} to ${columnTitle(toColumn)}.`, stepId);
        return ok;
      },
      addColumn: (request: RequestOf<'board:add-column'>) => run(() => call('board:add-column', request)),
      updateColumn: (request: RequestOf<'board:update-column'>) => run(() => call('board:update-column', request)),
      moveColumn: (columnId: string, toIndex: number) => run(() => call('board:move-column', { columnId, toIndex })),
      deleteColumn: (columnId: string, moveTo: string) => run(() => call('board:delete-column', { columnId, moveTo })),
      /**
       * `onChangedElsewhere`: called when main refuses the save because another tab or window saved
       * the field since the edit began (compare-and-set); returns true when it shows that itself.
       * Or options: `onRefused` (any refusal goes there, for a form that shows it beside its field),
       * `onChangedElsewhere`, and `undoGroup` (saves of one group in a row are one undo step: notes
       * saved while typing).
       */
      updateProject: (
        request: RequestOf<'board:update-project'>,
        refused?: ((message: string) => boolean) | Pick<RunOptions, 'onRefused' | 'onChangedElsewhere' | 'undoGroup'>,
      ) => run(() => call('board:update-project', request), typeof refused === 'function' ? { onChangedElsewhere: refused } : { ...refused }),
      resetProjectText: (projectId: string) => run(() => call('board:reset-project-text', { projectId })),
      // Adding or removing a project changes which projects exist; earlier undo steps would bring
      // back (or lose) a whole project, so the history starts afresh after either.
      addProject: (request: RequestOf<'board:add-project'>, options?: Pick<RunOptions, 'onRefused'>) =>
        run(() => call('board:add-project', request), { undoable: false, ...options }).then((ok) => (ok && setHistory(emptyHistory(getHistory().limit)), ok)),
      removeProject: (projectId: string) =>
        run(() => call('board:remove-project', { projectId }), { undoable: false }).then((ok) => (ok && setHistory(emptyHistory(getHistory().limit)), ok)),
      addStep: (request: RequestOf<'board:add-step'>) => run(() => call('board:add-step', request)),
      updateStep: async (request: RequestOf<'board:update-step'>) => {
        const title = stepTitle(request.stepId);
        const ok = await run(() => call('board:update-step', request));
        const gone = request.patch.state;
        if (ok && (gone === 'archived' || gone === 'deleted')) showToast(`${gone === 'archived' ? 'Archived' : 'Deleted'} step ${title}.`);
        return ok;
      },
      setLaneCollapsed: (projectId: string, collapsed: boolean) =>
        run(() => call('board:set-lane-collapsed', { projectId, collapsed }), {
          undoable: false,
          optimistic: (p) => ({
            ...p,
            board: { ...p.board, collapsedLanes: collapsed ? [...p.board.collapsedLanes, projectId] : p.board.collapsedLanes.filter((id) => id !== projectId) },
          }),
        }),
      undo: () => travel('undo'),
      redo: () => travel('redo'),
    };
  }, [run, travel, curriculum]);
}

export type BoardActions = ReturnType<typeof useBoardActions>;
