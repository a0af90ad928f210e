import { describe, expect, it } from 'vitest';
import { activityByDay } from '../../src/shared/domain/activity';
import type { Plan } from '../../src/shared/plan-schema';
import { startTestServices } from '../support/test-services';

/*
 * Review of issue 12 (cases 4 and 5, and the "must hold" property): the board's own date rule says
 * a card outside a done column has no finish date and a card past the to-do columns has a start
 * (src/shared/domain/board-stamps.ts; tests/unit/board-properties.test.ts checks exactly that).
 * The card details' Started/Finished fields reach main through board:update-project, which only
 * checks finish >= start, so typing a date there makes the plan contradict itself. The right value:
 * either the edit is refused with a plain message, or the stored dates still agree with the column.
 */

const WEATHER = 'weather-forecast-api';
const columnOf = (plan: Plan, id: string) => plan.board.columns.find((c) => plan.board.projects[c.id]?.includes(id))!;

async function services() {
  const s = await startTestServices({ prefix: 'review12-dates' });
  const ok = async (channel: string, payload: unknown) => {
    const reply = await s.call(channel, payload);
    if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
    return s.store.plan;
  };
  return { ...s, ok };
}

describe('review 12: a typed card date never contradicts the card\'s column', () => {
  it('a finish date typed on a Backlog card (as the Finished field sends it) leaves no finish date outside Done', async () => {
    const { call, store } = await services();
    expect(columnOf(store.plan, WEATHER).role).toBe('todo');
    const reply = await call('board:update-project', { projectId: WEATHER, patch: { finishedOn: '2026-03-06' } });
    const plan = store.plan;
    // Refused with a message, or accepted without a finish date on a card that is not done.
    if (reply.ok) expect(plan.projects[WEATHER]!.finishedOn, 'Backlog card stored with a finish date').toBeNull();
    else expect(reply.error.code).toBe('invalid-input');
    // The heatmap does not count a finish for a project that is still in Backlog.
    expect(activityByDay(plan).get('2026-03-06')).toBeUndefined();
  });

  it('clearing the Finished field of a Done card does not leave a Done card without a finish date', async () => {
    const { ok, call, store } = await services();
    await ok('board:move-project', { projectId: WEATHER, toColumn: 'done', toIndex: 0 });
    const reply = await call('board:update-project', { projectId: WEATHER, patch: { finishedOn: null } });
    if (reply.ok) {
      expect(columnOf(store.plan, WEATHER).role === 'done' && store.plan.projects[WEATHER]!.finishedOn === null, 'Done card with no finish date').toBe(false);
    } else expect(reply.error.code).toBe('invalid-input');
  });

  it('clearing the Started field of an In progress card does not leave a started card without a start date', async () => {
    const { ok, call, store } = await services();
    await ok('board:move-project', { projectId: WEATHER, toColumn: 'in-progress', toIndex: 0 });
    const reply = await call('board:update-project', { projectId: WEATHER, patch: { startedOn: null } });
    if (reply.ok) {
      expect(columnOf(store.plan, WEATHER).role !== 'todo' && store.plan.projects[WEATHER]!.startedOn === null, 'In progress card with no start date').toBe(false);
    } else expect(reply.error.code).toBe('invalid-input');
  });
});
