import { mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/main/core/clock';
import { realFs, type FsPort } from '../../src/main/core/fs-port';
import { emptyHistory, record, redo, undo, type History } from '../../src/shared/domain/board-history';
import { sliceOf, type BoardSlice } from '../../src/shared/domain/board-slice';
import { PlanSchema, type Plan } from '../../src/shared/plan-schema';
import { startTestServices } from '../support/test-services';

/*
 * Must hold after issue 12: whatever the user does on the board and the roadmap, in any order,
 * with undo/redo and a clock that jumps forwards and backwards (time zones included), the plan
 * stays valid (schema + board integrity), dates never contradict each other, and every card can
 * still be edited.
 */

const ZONES = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Berlin'];
const ROLES = ['todo', 'doing', 'review', 'done'] as const;
const STATUSES = ['not-started', 'in-progress', 'done', 'skipped'] as const;

type Command =
  | { kind: 'move-project'; card: number; column: number; index: number }
  | { kind: 'move-step'; project: number; card: number; column: number; index: number }
  | { kind: 'add-column'; role: (typeof ROLES)[number] }
  | { kind: 'column-role'; column: number; role: (typeof ROLES)[number] }
  | { kind: 'delete-column'; column: number; to: number }
  | { kind: 'week-status'; week: number; status: (typeof STATUSES)[number] }
  | { kind: 'goal'; week: number; goal: number; done: boolean }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'clock'; hours: number; zone: string };

const nat = fc.nat({ max: 40 });
/** A few cards only, so the same card comes back often enough to cross days and zones. */
const few = fc.nat({ max: 2 });
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('move-project' as const), card: few, column: nat, index: nat }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('move-step' as const), project: few, card: few, column: nat, index: nat }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add-column' as const), role: fc.constantFrom(...ROLES) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('column-role' as const), column: nat, role: fc.constantFrom(...ROLES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-column' as const), column: nat, to: nat }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('week-status' as const), week: fc.integer({ min: 1, max: 3 }), status: fc.constantFrom(...STATUSES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('goal' as const), week: fc.integer({ min: 1, max: 3 }), goal: fc.nat({ max: 2 }), done: fc.boolean() }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('clock' as const), hours: fc.integer({ min: -72, max: 72 }), zone: fc.constantFrom(...ZONES) }) },
);

/** The real file system without fsync: the property is about the plan, not the disk's speed. */
const quickFs: FsPort = {
  ...realFs,
  open: (async (...args: Parameters<FsPort['open']>) => {
    const handle = await realFs.open(...args);
    handle.sync = async () => undefined;
    return handle;
  }) as FsPort['open'],
};

const zone = process.env.TZ;
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

/** Everything that must be true of a plan the app wrote. */
function checkPlan(plan: Plan) {
  const parsed = PlanSchema.safeParse(plan);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  const role = new Map(plan.board.columns.map((c) => [c.id, c.role]));
  for (const [column, ids] of Object.entries(plan.board.projects)) {
    for (const id of ids) {
      const p = plan.projects[id]!;
      if (p.startedOn && p.finishedOn) expect(p.finishedOn >= p.startedOn, `${id} finished ${p.finishedOn} before it started ${p.startedOn}`).toBe(true);
      expect(p.finishedOn !== null, `${id} in a ${role.get(column)} column with finish ${p.finishedOn}`).toBe(role.get(column) === 'done');
      if (role.get(column) !== 'todo') expect(p.startedOn, `${id} past to-do without a start`).not.toBeNull();
    }
  }
  for (const lane of Object.values(plan.board.steps)) {
    for (const [column, ids] of Object.entries(lane)) {
      for (const id of ids) expect(plan.steps[id]!.completedOn !== null, `step ${id} in ${role.get(column)}`).toBe(role.get(column) === 'done');
    }
  }
  for (const [i, w] of plan.weeks.entries()) {
    if (w.startedOn && w.completedOn) expect(w.completedOn >= w.startedOn, `week ${i + 1} completed before it started`).toBe(true);
  }
}

describe('property: random board, week, undo/redo and clock sequences', () => {
  it('never produce an invalid plan, contradicting dates, or a card that cannot be edited', async () => {
    const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 25 }), async (commands) => {
        let instant = Date.parse('2026-03-02T12:00:00Z');
        process.env.TZ = 'UTC';
        const clock: Clock = { now: () => new Date(instant) };
        const dataDir = await mkdtemp(join(base, 'pp-property-'));
        const { call, store } = await startTestServices({ dataDir, clock, fs: quickFs });
        let history: History<BoardSlice> = emptyHistory();

        /** A refusal is fine (a full column, a bad index); a crash or an invalid plan is not. */
        const send = async (channel: string, payload: unknown, boardChange = true) => {
          const before = sliceOf(store.plan);
          const reply = await call(channel, payload);
          if (!reply.ok) expect(reply.error.code, `${channel} ${reply.error.message}`).not.toBe('internal');
          else if (boardChange && JSON.stringify(sliceOf(store.plan)) !== JSON.stringify(before)) history = record(history, before);
          return reply.ok;
        };

        for (const c of commands) {
          const plan = store.plan;
          const columns = plan.board.columns;
          const projectIds = Object.keys(plan.projects).sort();
          switch (c.kind) {
            case 'move-project': {
              const to = pick(columns, c.column)!;
              await send('board:move-project', { projectId: pick(projectIds, c.card), toColumn: to.id, toIndex: c.index % ((plan.board.projects[to.id]?.length ?? 0) + 1) });
              break;
            }
            case 'move-step': {
              const projectId = pick(projectIds, c.project)!;
              const steps = Object.values(plan.board.steps[projectId]!).flat();
              const to = pick(columns, c.column)!;
              if (steps.length) await send('board:move-step', { projectId, stepId: pick(steps, c.card), toColumn: to.id, toIndex: c.index % ((plan.board.steps[projectId]![to.id]?.length ?? 0) + 1) });
              break;
            }
            case 'add-column':
              await send('board:add-column', { title: `Col ${c.role}`, role: c.role });
              break;
            case 'column-role':
              await send('board:update-column', { columnId: pick(columns, c.column)!.id, patch: { role: c.role } });
              break;
            case 'delete-column': {
              const gone = pick(columns, c.column)!;
              const rest = columns.filter((x) => x.id !== gone.id);
              if (rest.length) await send('board:delete-column', { columnId: gone.id, moveTo: pick(rest, c.to)!.id });
              break;
            }
            case 'week-status':
              await send('roadmap:set-week-status', { week: c.week, status: c.status }, false);
              break;
            case 'goal':
              await send('roadmap:set-goal', { week: c.week, goal: c.goal, done: c.done }, false);
              break;
            case 'undo':
            case 'redo': {
              const step = (c.kind === 'undo' ? undo : redo)(history, sliceOf(plan));
              if (step && (await call('board:restore', { slice: step.restore, revision: store.revision })).ok) history = step.history;
              break;
            }
            case 'clock':
              instant += c.hours * 3_600_000;
              process.env.TZ = c.zone;
              break;
          }
          checkPlan(store.plan);
        }

        // Every card still takes an edit.
        for (const projectId of Object.keys(store.plan.projects)) {
          expect(await call('board:update-project', { projectId, patch: { notes: `checked ${projectId}` } }), projectId).toMatchObject({ ok: true });
        }
        for (const stepId of Object.keys(store.plan.steps).slice(0, 12)) {
          expect(await call('board:update-step', { stepId, patch: { title: `Checked ${stepId}` } }), stepId).toMatchObject({ ok: true });
        }
        checkPlan(store.plan);
        await store.flush();
      }),
      {
        numRuns: 40,
        // The issue's own sequence always runs first: Done in Kiritimati, then out and back in Pago Pago.
        examples: [
          [
            [
              { kind: 'clock', hours: 0, zone: 'Pacific/Kiritimati' },
              { kind: 'move-project', card: 0, column: 4, index: 0 },
              { kind: 'clock', hours: 1, zone: 'Pacific/Pago_Pago' },
              { kind: 'move-project', card: 0, column: 2, index: 0 },
              { kind: 'move-project', card: 0, column: 4, index: 0 },
              { kind: 'undo' },
              { kind: 'redo' },
            ],
          ],
        ],
      },
    );
  }, 240_000);
});
