import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock, type Clock } from '../../src/main/core/clock';
import { sliceOf } from '../../src/shared/domain/board-slice';
import { stampProject } from '../../src/shared/domain/board-stamps';
import { emptyProject } from '../../src/shared/default-plan';
import type { Plan } from '../../src/shared/plan-schema';
import { startTestServices } from '../support/test-services';

const WEATHER = 'weather-forecast-api';
const STEP = `${WEATHER}--step-1`;
const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

/** A clock the test moves by hand; the calendar day is read in whatever zone TZ names at the time. */
function movableClock(iso: string) {
  let instant = new Date(iso);
  const clock: Clock = { now: () => new Date(instant) };
  return { clock, set: (next: string) => void (instant = new Date(next)) };
}

async function services(clock?: Clock) {
  const s = await startTestServices({ prefix: 'stamps', ...(clock ? { clock } : {}) });
  const ok = async (channel: string, payload: unknown): Promise<Plan> => {
    const reply = await s.call(channel, payload);
    if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
    return s.store.plan;
  };
  return { ...s, ok };
}

describe('issue 12 case 4: stamping never finishes a card before it started', () => {
  it('Done under Pacific/Kiritimati, then In progress and Done again under Pacific/Pago_Pago: finish = start, card still editable', async () => {
    const { clock, set } = movableClock('2026-03-02T12:00:00Z');
    process.env.TZ = 'Pacific/Kiritimati'; // UTC+14: already 3 March there
    const { ok } = await services(clock);
    let plan = await ok('board:move-project', { projectId: WEATHER, toColumn: 'done', toIndex: 0 });
    expect(plan.projects[WEATHER]).toMatchObject({ startedOn: '2026-03-03', finishedOn: '2026-03-03' });

    process.env.TZ = 'Pacific/Pago_Pago'; // UTC-11: an hour later it is still 2 March there
    set('2026-03-02T13:00:00Z');
    plan = await ok('board:move-project', { projectId: WEATHER, toColumn: 'in-progress', toIndex: 0 });
    expect(plan.projects[WEATHER]).toMatchObject({ startedOn: '2026-03-03', finishedOn: null });
    plan = await ok('board:move-project', { projectId: WEATHER, toColumn: 'done', toIndex: 0 });
    expect(plan.projects[WEATHER]).toMatchObject({ startedOn: '2026-03-03', finishedOn: '2026-03-03' });

    plan = await ok('board:update-project', { projectId: WEATHER, patch: { notes: 'still editable' } });
    expect(plan.projects[WEATHER]!.notes).toBe('still editable');
  });

  it('the same for a week set Done, back In progress and Done across the two zones', async () => {
    const { clock, set } = movableClock('2026-03-02T12:00:00Z');
    process.env.TZ = 'Pacific/Kiritimati';
    const { ok } = await services(clock);
    await ok('roadmap:set-week-status', { week: 1, status: 'done' });
    process.env.TZ = 'Pacific/Pago_Pago';
    set('2026-03-02T13:00:00Z');
    await ok('roadmap:set-week-status', { week: 1, status: 'in-progress' });
    const plan = await ok('roadmap:set-week-status', { week: 1, status: 'done' });
    expect(plan.weeks[0]).toMatchObject({ startedOn: '2026-03-03', completedOn: '2026-03-03' });
  });

  it('a card whose stored finish is before its start (an older version wrote it) still takes notes; only a new bad date is refused', async () => {
    // Today is after the dates typed here: a typed date after today is refused on its own (check s6, N2).
    const { ok, call, store } = await services(fixedClock('2026-03-10'));
    await store.update((draft) => {
      draft.board.projects.backlog = draft.board.projects.backlog!.filter((id) => id !== WEATHER);
      draft.board.projects.done!.push(WEATHER);
      draft.projects[WEATHER] = { ...draft.projects[WEATHER]!, startedOn: '2026-03-03', finishedOn: '2026-03-02' };
    });
    const plan = await ok('board:update-project', { projectId: WEATHER, patch: { notes: 'fixed later', repoUrl: 'https://github.com/me/weather' } });
    expect(plan.projects[WEATHER]).toMatchObject({ notes: 'fixed later', repoUrl: 'https://github.com/me/weather' });
    expect(await call('board:update-project', { projectId: WEATHER, patch: { finishedOn: '2026-03-01' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'The finish date is before the start date: choose a finish on or after the start.' },
    });
    expect((await ok('board:update-project', { projectId: WEATHER, patch: { finishedOn: '2026-03-04' } })).projects[WEATHER]!.finishedOn).toBe('2026-03-04');
  });

  it('the rule itself moves a finish that would fall before the start up to the start day', () => {
    const started = { ...emptyProject(), startedOn: '2026-03-03' };
    expect(stampProject(started, 'doing', 'done', '2026-03-02')).toMatchObject({ startedOn: '2026-03-03', finishedOn: '2026-03-03' });
  });
});

describe('issue 12 case 5: every road into or out of a Done-kind column gives the dates a drag gives', () => {
  /** What a drag does, for comparison: into Done stamps today (and a start), out of Done clears the finish. */
  const DRAGGED_IN = { startedOn: '2026-03-02', finishedOn: '2026-03-02' };
  const DRAGGED_OUT = { startedOn: '2026-03-02', finishedOn: null };

  it('drag in and out (the reference)', async () => {
    const { ok } = await services();
    expect((await ok('board:move-project', { projectId: WEATHER, toColumn: 'done', toIndex: 0 })).projects[WEATHER]).toMatchObject(DRAGGED_IN);
    expect((await ok('board:move-project', { projectId: WEATHER, toColumn: 'review', toIndex: 0 })).projects[WEATHER]).toMatchObject(DRAGGED_OUT);
  });

  it('changing a column\'s kind to Done and back', async () => {
    const { ok } = await services();
    await ok('board:move-project', { projectId: WEATHER, toColumn: 'review', toIndex: 0 });
    await ok('board:move-step', { projectId: WEATHER, stepId: STEP, toColumn: 'review', toIndex: 0 });
    let plan = await ok('board:update-column', { columnId: 'review', patch: { role: 'done' } });
    expect(plan.projects[WEATHER]).toMatchObject(DRAGGED_IN);
    expect(plan.steps[STEP]!.completedOn).toBe('2026-03-02');
    plan = await ok('board:update-column', { columnId: 'review', patch: { role: 'review' } });
    expect(plan.projects[WEATHER]).toMatchObject(DRAGGED_OUT);
    expect(plan.steps[STEP]!.completedOn).toBeNull();
  });

  it('deleting a Done column with its cards moved elsewhere, and a column whose cards are moved into Done', async () => {
    const { ok } = await services();
    await ok('board:move-project', { projectId: WEATHER, toColumn: 'done', toIndex: 0 });
    await ok('board:move-step', { projectId: WEATHER, stepId: STEP, toColumn: 'done', toIndex: 0 });
    let plan = await ok('board:add-column', { title: 'Shipped', role: 'done' });
    const shipped = plan.board.columns.at(-1)!.id;
    plan = await ok('board:delete-column', { columnId: 'done', moveTo: 'in-progress' });
    expect(plan.projects[WEATHER]).toMatchObject(DRAGGED_OUT);
    expect(plan.steps[STEP]!.completedOn).toBeNull();
    plan = await ok('board:delete-column', { columnId: 'in-progress', moveTo: shipped });
    expect(plan.projects[WEATHER]).toMatchObject(DRAGGED_IN);
    expect(plan.steps[STEP]!.completedOn).toBe('2026-03-02');
  });

  it('undo and redo (restore) of a drag into Done, and a restored slice whose dates disagree with its columns', async () => {
    const { ok, store } = await services();
    const before = sliceOf(store.plan);
    await ok('board:move-project', { projectId: WEATHER, toColumn: 'done', toIndex: 0 });
    const after = sliceOf(store.plan);
    let plan = await ok('board:restore', { slice: before, revision: store.revision });
    expect(plan.projects[WEATHER]).toMatchObject({ startedOn: null, finishedOn: null });
    plan = await ok('board:restore', { slice: after, revision: store.revision });
    expect(plan.projects[WEATHER]).toMatchObject(DRAGGED_IN);
    // A slice that puts a card in Done with no finish, and one in Review with a finish: settled like drags.
    const odd = structuredClone(before);
    odd.board.projects.backlog = odd.board.projects.backlog!.filter((id) => id !== WEATHER);
    odd.board.projects.done = [WEATHER];
    plan = await ok('board:restore', { slice: odd, revision: store.revision });
    expect(plan.projects[WEATHER]).toMatchObject({ finishedOn: '2026-03-02' });
    expect(plan.projects[WEATHER]!.startedOn).not.toBeNull();
  });
});
