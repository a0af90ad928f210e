import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/main/core/clock';
import { PLAN_FILE } from '../../src/main/core/plan-store';
import { dispatch } from '../../src/main/handlers/dispatch';
import { applyBoardChange, type BoardChange } from '../../src/shared/domain/board-change';
import { emptyHistory, record, redo, undo, type History } from '../../src/shared/domain/board-history';
import { keepShown } from '../../src/shared/domain/keep-shown';
import { adoptPackedPlan } from '../../src/shared/domain/packed-plan';
import { applySlice, sliceOf, type BoardSlice } from '../../src/shared/domain/board-slice';
import type { Plan } from '../../src/shared/plan-schema';
import { boardPart, json, randomCardMove, rng } from '../support/board-fuzz';
import { startTestServices } from '../support/test-services';

/*
 * Found by the second review of issue 18 (session 5): the page's pipeline (useBoardActions: optimistic change, JSON reply merged into the
 * confirmed plan, keepShown, history recorded from the shown plan, undo/redo through board:restore)
 * over every board change that can take something out of the plan: add/delete/move column, WIP
 * limits, column kinds (stamped dates), step states, add/remove a project of one's own, add step,
 * undo AND redo. After every reply the screen equals main; an undo or redo of the page's own
 * history is never refused; at the end the screen equals planner.json.
 */


describe('every removal a board change or its undo/redo makes reaches the page', () => {
  for (const seed of [11, 12, 13, 14, 15, 16]) {
    it(`seed ${seed}: 80 random changes incl. columns, WIP, step states, own projects, undo and redo`, async () => {
      const env = await startTestServices({ prefix: 'rev18s5b-fuzz', clock: fixedClock('2026-03-02') });
      const rand = rng(seed);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
      const call = async (channel: string, payload: unknown) => json(await dispatch(env.handlers, channel, payload, { validateReplies: true }));
      const boot = (await call('app:boot', {})) as { ok: true; data: { plan: Parameters<typeof adoptPackedPlan>[0] } };
      let confirmed: Plan = adoptPackedPlan(boot.data.plan);
      let shown: Plan = confirmed;
      let history: History<BoardSlice> = emptyHistory();
      const log: string[] = [];
      for (let i = 0; i < 80; i++) {
        const p = shown;
        const columns = p.board.columns.map((c) => c.id);
        const projectIds = Object.keys(p.projects);
        const kind = pick([
          'move-project', 'move-project', 'move-step', 'add-step', 'step-state', 'step-state', 'column-role', 'wip',
          'add-column', 'delete-column', 'move-column', 'add-project', 'remove-project', 'collapse',
          'undo', 'undo', 'undo', 'redo', 'redo',
        ] as const);
        let channel = '';
        let payload: unknown = {};
        let optimistic: ((plan: Plan) => Plan) | null = null;
        let undoable = true;
        let resetsHistory = false;
        let travel: { history: History<BoardSlice>; restore: BoardSlice } | null = null;
        if (kind === 'move-project' || kind === 'move-step') {
          const move = randomCardMove(kind, p, rand);
          if (!move) continue;
          ({ channel, payload, optimistic } = move);
        } else if (kind === 'add-step') {
          channel = 'board:add-step';
          payload = { projectId: pick(projectIds), title: `step ${i}`, columnId: pick(columns) };
        } else if (kind === 'step-state') {
          const steps = Object.values(p.steps);
          if (!steps.length) continue;
          channel = 'board:update-step';
          payload = { stepId: pick(steps).id, patch: { state: pick(['active', 'archived', 'deleted'] as const) } };
        } else if (kind === 'column-role') {
          const col = pick(p.board.columns);
          channel = 'board:update-column';
          payload = { columnId: col.id, patch: { role: pick(['todo', 'doing', 'review', 'done'] as const) } };
        } else if (kind === 'wip') {
          channel = 'board:update-column';
          payload = { columnId: pick(columns), patch: { wipLimit: pick([null, 1, 3, 20]) } };
        } else if (kind === 'add-column') {
          if (columns.length >= 12) continue;
          channel = 'board:add-column';
          payload = { title: `Col ${i}`, role: pick(['todo', 'doing', 'review', 'done'] as const), wipLimit: pick([null, 2]), index: Math.floor(rand() * (columns.length + 1)) };
        } else if (kind === 'delete-column') {
          if (columns.length < 2) continue;
          const col = pick(columns);
          channel = 'board:delete-column';
          payload = { columnId: col, moveTo: pick(columns.filter((c) => c !== col)) };
        } else if (kind === 'move-column') {
          channel = 'board:move-column';
          payload = { columnId: pick(columns), toIndex: Math.floor(rand() * columns.length) };
        } else if (kind === 'add-project') {
          channel = 'board:add-project';
          payload = { name: `Own ${seed}-${i}`, description: 'd', stack: 's', steps: ['a', 'b'], columnId: pick(columns) };
          undoable = false;
          resetsHistory = true;
        } else if (kind === 'remove-project') {
          const own = Object.entries(p.projects).filter(([, v]) => v.custom).map(([id]) => id);
          if (!own.length) continue;
          channel = 'board:remove-project';
          payload = { projectId: pick(own) };
          undoable = false;
          resetsHistory = true;
        } else if (kind === 'collapse') {
          const projectId = pick(projectIds);
          channel = 'board:set-lane-collapsed';
          payload = { projectId, collapsed: !p.board.collapsedLanes.includes(projectId) };
          undoable = false;
          optimistic = (q) => ({ ...q, board: { ...q.board, collapsedLanes: q.board.collapsedLanes.includes(projectId) ? q.board.collapsedLanes.filter((x) => x !== projectId) : [...q.board.collapsedLanes, projectId] } });
        } else {
          travel = (kind === 'undo' ? undo : redo)(history, sliceOf(shown));
          if (!travel) continue;
          const slice = travel.restore;
          channel = 'board:restore';
          payload = { slice: json(slice), revision: env.store.revision };
          undoable = false;
          optimistic = (q) => {
            const next = applySlice(q, slice);
            return typeof next === 'string' ? q : next;
          };
        }
        const before = shown;
        if (optimistic) shown = keepShown(shown, optimistic(confirmed));
        const reply = (await call(channel, payload)) as { ok: boolean; data: BoardChange; error?: { message: string } };
        log.push(`${i} ${kind} ${JSON.stringify(payload).slice(0, 160)} -> ${reply.ok ? 'ok' : JSON.stringify(reply).slice(0, 300)}`);
        if (!reply.ok) {
          shown = keepShown(shown, confirmed);
          // The page's own undo/redo of its own history must never be refused.
          expect(travel, log.join('\n')).toBeNull();
          continue;
        }
        confirmed = applyBoardChange(confirmed, reply.data);
        shown = keepShown(shown, confirmed);
        const empty = Object.keys(reply.data.board).length === 0 && Object.keys(reply.data.projects).length === 0 && Object.keys(reply.data.steps).length === 0 && !reply.data.removedProjects?.length && !reply.data.removedSteps?.length;
        if (undoable && !empty) history = record(history, sliceOf(before));
        if (travel) history = travel.history;
        if (resetsHistory) history = emptyHistory(history.limit);
        expect(boardPart(shown), log.join('\n')).toEqual(boardPart(env.store.plan));
      }
      await env.store.flush();
      const disk = JSON.parse(await readFile(join(env.dataDir, PLAN_FILE), 'utf8')) as Plan;
      expect(boardPart(shown)).toEqual(boardPart(disk));
      await env.store.close();
    });
  }
});
