import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_FILE } from '../../src/main/core/plan-store';
import { startTestServices } from '../support/test-services';
import { applyBoardChange, type BoardChange } from '../../src/shared/domain/board-change';
import { sliceOf } from '../../src/shared/domain/board-slice';
import type { Plan } from '../../src/shared/plan-schema';

/** Real services on a temp folder, called through the same dispatcher (and validation) as IPC. */
async function testServices() {
  const services = await startTestServices({ prefix: 'board' });
  const { call } = services;
  /** Makes a change that must succeed; returns main's plan afterwards. */
  const apply = async (channel: string, payload: unknown) => {
    const before = services.store.plan;
    const reply = await call(channel, payload);
    if (!reply.ok) throw new Error(JSON.stringify(reply));
    const after = services.store.plan;
    // The renderer rebuilds main's plan from the reply alone: merging it must give the same board.
    const merged = applyBoardChange(before, reply.data as BoardChange);
    expect({ board: merged.board, projects: merged.projects, steps: merged.steps }).toEqual({ board: after.board, projects: after.projects, steps: after.steps });
    expect(JSON.stringify(reply.data).length).toBeLessThan(JSON.stringify(after).length / 2);
    return after;
  };
  return { ...services, apply };
}

const WEATHER = 'weather-forecast-api';

describe('board channels in main', () => {
  it('moves a project across columns, stamps its start date from main\'s clock, and saves it', async () => {
    const { apply, dataDir } = await testServices();
    const plan = (await apply('board:move-project', { projectId: WEATHER, toColumn: 'in-progress', toIndex: 0 }));
    expect(plan.board.projects['in-progress']).toEqual([WEATHER]);
    expect(plan.projects[WEATHER]).toMatchObject({ startedOn: '2026-03-02', finishedOn: null });
    const saved = JSON.parse(await readFile(join(dataDir, PLAN_FILE), 'utf8')) as Plan;
    expect(saved.board.projects['in-progress']).toEqual([WEATHER]);
  });

  it('replies with only the projects a move changed (issue 18: not every project the store\'s validated copy rebuilt)', async () => {
    const { call } = await testServices();
    const within = await call('board:move-project', { projectId: WEATHER, toColumn: 'up-next', toIndex: 0 });
    expect(within).toMatchObject({ ok: true });
    expect((within as { data: BoardChange }).data.projects).toEqual({});
    expect((within as { data: BoardChange }).data.steps).toEqual({});
    const started = await call('board:move-project', { projectId: WEATHER, toColumn: 'in-progress', toIndex: 0 });
    expect(Object.keys((started as { data: BoardChange }).data.projects)).toEqual([WEATHER]);
    expect((started as { data: BoardChange }).data.projects[WEATHER]).toMatchObject({ startedOn: '2026-03-02', finishedOn: null });
  });

  it('rejects unknown cards and columns, bad positions and malformed payloads, leaving the file untouched', async () => {
    const { call, dataDir, store } = await testServices();
    const before = await readFile(join(dataDir, PLAN_FILE), 'utf8');
    const writes = store.diskWrites;
    const bad: Array<[string, unknown, string]> = [
      ['board:move-project', { projectId: 'no-such-project', toColumn: 'done', toIndex: 0 }, 'not-found'],
      ['board:move-project', { projectId: WEATHER, toColumn: 'no-such-column', toIndex: 0 }, 'not-found'],
      ['board:move-project', { projectId: WEATHER, toColumn: 'done', toIndex: 1 }, 'invalid-input'],
      ['board:move-project', { projectId: WEATHER, toColumn: 'done', toIndex: -1 }, 'invalid-input'],
      ['board:move-project', { projectId: WEATHER, toColumn: 'done' }, 'invalid-input'],
      ['board:move-project', { projectId: '__proto__', toColumn: 'done', toIndex: 0 }, 'invalid-input'],
      ['board:move-step', { projectId: WEATHER, stepId: 'library-management-system--step-1', toColumn: 'done', toIndex: 0 }, 'not-found'],
      ['board:delete-column', { columnId: 'backlog', moveTo: 'backlog' }, 'not-found'],
      ['board:update-project', { projectId: WEATHER, patch: { repoUrl: 'javascript:alert(1)' } }, 'invalid-input'],
      ['board:update-project', { projectId: WEATHER, patch: { startedOn: '2026-03-05', finishedOn: '2026-03-01' } }, 'invalid-input'],
      ['board:update-step', { stepId: `${WEATHER}--step-1`, patch: { state: 'deleted' } }, 'invalid-input'],
      ['board:restore', { slice: { board: {}, steps: {}, projects: {} } }, 'invalid-input'],
    ];
    for (const [channel, payload, code] of bad) {
      expect(await call(channel, payload), `${channel} ${JSON.stringify(payload)}`).toMatchObject({ ok: false, error: { code } });
    }
    // A no-op move is accepted but writes nothing.
    expect(await call('board:move-project', { projectId: WEATHER, toColumn: 'backlog', toIndex: store.plan.board.projects.backlog!.indexOf(WEATHER) })).toMatchObject({ ok: true });
    expect(store.diskWrites).toBe(writes);
    expect(await readFile(join(dataDir, PLAN_FILE), 'utf8')).toBe(before);
  });

  it('moves a step to Done, stamps it and counts it done; restoring a slice undoes it', async () => {
    const { apply, store } = await testServices();
    const original = store.plan;
    const stepId = `${WEATHER}--step-2`;
    const moved = (await apply('board:move-step', { projectId: WEATHER, stepId, toColumn: 'done', toIndex: 0 }));
    expect(moved.board.steps[WEATHER]!.done).toEqual([stepId]);
    expect(moved.steps[stepId]!.completedOn).toBe('2026-03-02');
    const restored = (await apply('board:restore', { slice: sliceOf(original), revision: store.revision }));
    expect(restored.board).toEqual(original.board);
    expect(restored.steps[stepId]!.completedOn).toBeNull();
  });

  it('refuses a restore that would break the board, or drop a project', async () => {
    const { call, store } = await testServices();
    const plan = store.plan;
    const slice = sliceOf(plan);
    const duplicated = { ...slice, board: { ...slice.board, projects: { ...slice.board.projects, done: [WEATHER] } } };
    expect(await call('board:restore', { slice: duplicated, revision: store.revision })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const { [WEATHER]: _gone, ...fewer } = slice.projects;
    expect(await call('board:restore', { slice: { ...slice, projects: fewer }, revision: store.revision })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('deletes a non-empty column by re-homing its cards, and adds, renames and limits columns', async () => {
    const { apply } = await testServices();
    let plan = (await apply('board:add-column', { title: 'Blocked', role: 'doing', index: 1 }));
    const blocked = plan.board.columns[1]!;
    expect(blocked).toMatchObject({ title: 'Blocked', role: 'doing', wipLimit: null });
    plan = (await apply('board:move-project', { projectId: WEATHER, toColumn: blocked.id, toIndex: 0 }));
    plan = (await apply('board:update-column', { columnId: blocked.id, patch: { title: 'Waiting', wipLimit: 2 } }));
    expect(plan.board.columns[1]).toMatchObject({ title: 'Waiting', wipLimit: 2 });
    plan = (await apply('board:delete-column', { columnId: blocked.id, moveTo: 'done' }));
    expect(plan.board.columns.map((c) => c.id)).toEqual(['backlog', 'up-next', 'in-progress', 'review', 'done']);
    expect(plan.board.projects.done).toEqual([WEATHER]);
    expect(plan.projects[WEATHER]!.finishedOn).toBe('2026-03-02');
  });

  it('adds, renames, archives, deletes and restores steps', async () => {
    const { apply } = await testServices();
    let plan = (await apply('board:add-step', { projectId: WEATHER, title: 'Write the README', columnId: 'up-next' }));
    const id = plan.board.steps[WEATHER]!['up-next']![0]!;
    expect(plan.steps[id]).toMatchObject({ title: 'Write the README', builtin: false, state: 'active', projectId: WEATHER });
    plan = (await apply('board:update-step', { stepId: id, patch: { title: 'Write the docs', state: 'deleted' } }));
    expect(plan.steps[id]).toMatchObject({ title: 'Write the docs', state: 'deleted' });
    plan = (await apply('board:update-step', { stepId: id, patch: { state: 'active' } }));
    expect(plan.steps[id]!.state).toBe('active');
    plan = (await apply('board:update-step', { stepId: `${WEATHER}--step-1`, patch: { state: 'archived', title: 'Renamed' } }));
    expect(plan.steps[`${WEATHER}--step-1`]).toMatchObject({ state: 'archived', title: 'Renamed', builtin: true });
  });
});
