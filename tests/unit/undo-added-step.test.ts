import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/handlers/dispatch';
import { applyBoardChange, type BoardChange } from '../../src/shared/domain/board-change';
import { keepShown } from '../../src/shared/domain/keep-shown';
import { adoptPackedPlan } from '../../src/shared/domain/packed-plan';
import { sliceOf } from '../../src/shared/domain/board-slice';
import type { Plan } from '../../src/shared/plan-schema';
import { startTestServices } from '../support/test-services';

/*
 * Found by the review of issue 18 (session 5). Undo of "add a step" (board:restore) takes the step
 * out of main's plan.steps. Board replies used to name only what main's plan held afterwards, so the
 * renderer kept the step in plan.steps, on no lane: the screen differed from planner.json, and the
 * next undo sent that orphan back and was refused as an invalid plan. Replies now name removed steps
 * (`removedSteps`, domain/board-change.ts). The pipeline here is useBoardActions' (replies as JSON,
 * applyBoardChange, keepShown).
 */

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const part = (p: Pick<Plan, 'board' | 'projects' | 'steps'>) => json({ board: p.board, projects: p.projects, steps: p.steps });
const WEATHER = 'weather-forecast-api';

async function setUp() {
  const env = await startTestServices({ prefix: 'rev18s5-undo' });
  const call = async (channel: string, payload: unknown) => json(await dispatch(env.handlers, channel, payload, { validateReplies: false })) as { ok: boolean; data: BoardChange; error?: { message: string } };
  const boot = json(await dispatch(env.handlers, 'app:boot', {}, { validateReplies: false })) as { data: { plan: Parameters<typeof adoptPackedPlan>[0] } };
  let screen: Plan = adoptPackedPlan(boot.data.plan);
  /** One board change as the renderer runs it; returns the slice recorded for undo. */
  const change = async (channel: string, payload: unknown) => {
    const before = sliceOf(screen);
    const reply = await call(channel, payload);
    if (!reply.ok) return { reply, before };
    screen = keepShown(screen, applyBoardChange(screen, reply.data));
    return { reply, before };
  };
  return { env, change, screen: () => screen };
}

describe('undo of an added step (board replies name removed steps)', () => {
  it('after adding a step and undoing it, the screen holds the same steps as main and planner.json', async () => {
    const { env, change, screen } = await setUp();
    const added = await change('board:add-step', { projectId: WEATHER, title: 'A step I add, then undo' });
    expect(added.reply.ok).toBe(true);
    const undone = await change('board:restore', { slice: json(added.before), revision: env.store.revision });
    expect(undone.reply.ok).toBe(true);
    expect(Object.values(env.store.plan.steps).some((s) => s.title === 'A step I add, then undo')).toBe(false);
    // The screen must not keep the step main just removed.
    expect(Object.values(screen().steps).some((s) => s.title === 'A step I add, then undo')).toBe(false);
    expect(part(screen())).toEqual(part(env.store.plan));
    await env.store.close();
  });

  it('a later move can still be undone after undoing an added step', async () => {
    const { env, change, screen } = await setUp();
    const added = await change('board:add-step', { projectId: WEATHER, title: 'Added then undone' });
    await change('board:restore', { slice: json(added.before), revision: env.store.revision });
    const moved = await change('board:move-project', { projectId: WEATHER, toColumn: 'up-next', toIndex: 0 });
    expect(moved.reply.ok).toBe(true);
    const undoMove = await change('board:restore', { slice: json(moved.before), revision: env.store.revision });
    expect(undoMove.reply.error?.message).toBeUndefined();
    expect(undoMove.reply.ok).toBe(true);
    expect(part(screen())).toEqual(part(env.store.plan));
    await env.store.close();
  });
});
