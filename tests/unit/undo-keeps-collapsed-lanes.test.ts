import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/main/core/clock';
import { dispatch } from '../../src/main/handlers/dispatch';
import { emptyHistory, record, undo } from '../../src/shared/domain/board-history';
import { sliceOf } from '../../src/shared/domain/board-slice';
import { startTestServices } from '../support/test-services';

/*
 * Found by the second review of issue 18 (session 5): collapsing a lane is view state that undo does not step through (useBoardActions:
 * `undoable: false`), yet an Undo of an earlier card move writes the recorded board back whole,
 * collapsedLanes included: the lane the learner collapsed after the move opens again (and is saved
 * open). The page runs the same flow: record(sliceOf(before move)), collapse (not recorded), undo.
 */
describe('undo leaves the lanes the learner collapsed since as they are', () => {
  it('move a card, collapse a lane, Undo: the card goes back and the lane stays collapsed', async () => {
    const env = await startTestServices({ prefix: 'rev18s5b-collapse', clock: fixedClock('2026-03-02') });
    const call = async (channel: string, payload: unknown) => {
      const reply = (await dispatch(env.handlers, channel, payload, { validateReplies: true })) as { ok: boolean };
      expect(reply.ok, JSON.stringify(reply)).toBe(true);
    };
    let history = emptyHistory<ReturnType<typeof sliceOf>>();
    history = record(history, sliceOf(env.store.plan));
    await call('board:move-project', { projectId: 'weather-forecast-api', toColumn: 'up-next', toIndex: 0 });
    await call('board:set-lane-collapsed', { projectId: 'weather-forecast-api', collapsed: true });
    expect(env.store.plan.board.collapsedLanes).toEqual(['weather-forecast-api']);

    const step = undo(history, sliceOf(env.store.plan))!;
    await call('board:restore', { slice: step.restore, revision: env.store.revision });
    expect(env.store.plan.board.projects['up-next']).toEqual([]);
    expect(env.store.plan.board.collapsedLanes).toEqual(['weather-forecast-api']);
    await env.store.close();
  });
});
