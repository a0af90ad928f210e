import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packedPlanOf } from '../../src/main/core/boot-plan';
import { fixedClock } from '../../src/main/core/clock';
import { PLAN_FILE } from '../../src/main/core/plan-store';
import { dispatch } from '../../src/main/handlers/dispatch';
import { applyBoardChange, type BoardChange } from '../../src/shared/domain/board-change';
import { keepShown } from '../../src/shared/domain/keep-shown';
import { adoptPackedPlan } from '../../src/shared/domain/packed-plan';
import { applySlice, sliceOf, type BoardSlice } from '../../src/shared/domain/board-slice';
import type { Plan } from '../../src/shared/plan-schema';
import { boardPart, json, randomCardMove, rng } from '../support/board-fuzz';
import { startTestServices } from '../support/test-services';

/*
 * Review 18 s5: the renderer's pipeline as useBoardActions runs it (boot adopted from a JSON reply,
 * an optimistic change shown, main's JSON reply merged into the confirmed plan, keepShown over the
 * shown plan), driven by a seeded random run of board changes. After every reply the screen's plan
 * must equal main's plan and planner.json (board, projects, steps), field for field.
 */


describe('the screen equals main and disk after every board reply', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: 60 random board changes (moves into and out of done, edits, steps, column kinds, undo)`, async () => {
      const env = await startTestServices({ prefix: 'rev18s5-fuzz', clock: fixedClock('2026-03-02') });
      const rand = rng(seed);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
      const call = async (channel: string, payload: unknown) => json(await dispatch(env.handlers, channel, payload, { validateReplies: false }));
      const boot = (await call('app:boot', {})) as { ok: true; data: { plan: Parameters<typeof adoptPackedPlan>[0] } };
      void packedPlanOf;
      let confirmed: Plan = adoptPackedPlan(boot.data.plan);
      let shown: Plan = confirmed;
      const history: BoardSlice[] = [];
      for (let i = 0; i < 60; i++) {
        const p = shown;
        const columns = p.board.columns.map((c) => c.id);
        const projectIds = Object.keys(p.projects);
        const kind = pick(['move-project', 'move-project', 'move-step', 'move-step', 'notes', 'add-step', 'step-state', 'column-role', 'undo', 'collapse']);
        let channel = '';
        let payload: unknown = {};
        let optimistic: ((plan: Plan) => Plan) | null = null;
        if (kind === 'move-project' || kind === 'move-step') {
          const move = randomCardMove(kind, p, rand);
          if (!move) continue;
          ({ channel, payload, optimistic } = move);
        } else if (kind === 'notes') {
          channel = 'board:update-project';
          payload = { projectId: pick(projectIds), patch: { notes: `note ${i}` } };
        } else if (kind === 'add-step') {
          channel = 'board:add-step';
          payload = { projectId: pick(projectIds), title: `step ${i}`, columnId: pick(columns) };
        } else if (kind === 'step-state') {
          const steps = Object.values(p.steps).filter((s) => !s.builtin);
          if (!steps.length) continue;
          channel = 'board:update-step';
          payload = { stepId: pick(steps).id, patch: { title: `renamed ${i}` } };
        } else if (kind === 'column-role') {
          const col = pick(p.board.columns.slice(1, -1));
          channel = 'board:update-column';
          payload = { columnId: col.id, patch: { role: pick(['todo', 'doing', 'review', 'done'] as const) } };
        } else if (kind === 'collapse') {
          const projectId = pick(projectIds);
          channel = 'board:set-lane-collapsed';
          payload = { projectId, collapsed: !p.board.collapsedLanes.includes(projectId) };
        } else {
          const slice = history.pop();
          if (!slice) continue;
          channel = 'board:restore';
          payload = { slice: json(slice), revision: env.store.revision };
          optimistic = (q) => {
            const next = applySlice(q, slice);
            return typeof next === 'string' ? q : next;
          };
        }
        const before = shown;
        if (optimistic) shown = keepShown(shown, optimistic(confirmed));
        const reply = (await call(channel, payload)) as { ok: boolean; data: BoardChange };
        if (!reply.ok) {
          shown = keepShown(shown, confirmed);
          continue;
        }
        confirmed = applyBoardChange(confirmed, reply.data);
        shown = keepShown(shown, confirmed);
        if (kind !== 'undo' && kind !== 'collapse') history.push(sliceOf(before));
        expect(boardPart(shown), `${i} ${kind} ${JSON.stringify(payload)}`).toEqual(boardPart(env.store.plan));
      }
      await env.store.flush();
      const disk = JSON.parse(await readFile(join(env.dataDir, PLAN_FILE), 'utf8')) as Plan;
      expect(boardPart(shown)).toEqual(boardPart(disk));
      await env.store.close();
    });
  }
});
