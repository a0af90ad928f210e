/**
 * The process the crash test kills. It runs the real main-process services (`startServices`,
 * `dispatch`, the real handlers and PlanStore over the real file system) and changes the plan as
 * fast as it can until SIGKILL arrives. It reports on stdout, synchronously, so every line is in
 * the pipe before the next step runs:
 *   ready <sha>            the plan on disk after start-up
 *   pending <sha>          planner.json.tmp is about to be written with this text
 *   ack <sha> <paths>      the change (or a burst of un-awaited changes) settled: this plan is on disk
 *   refused <path>         a change was refused (e.g. the move was not valid); nothing was written
 *   notice <id>            a start-up notice (e.g. unsaved-offer)
 *   op <path>              a change is starting (so the parent knows what a kill interrupted)
 * Usage: crash-child <dataDir> <seed>
 */
import { createHash } from 'node:crypto';
import { writeSync } from 'node:fs';
import { basename } from 'node:path';
import { CHANNEL_NAMES } from '../src/shared/ipc/channel-names';
import { contract } from '../src/shared/ipc/contract';
import { realFs, type FsPort } from '../src/main/core/fs-port';
import { serializePlan } from '../src/main/core/plan-file';
import { PLAN_FILE } from '../src/main/core/plan-store';
import { dispatch } from '../src/main/handlers/dispatch';
import { startServices } from '../src/main/services';

const [dataDir, seedArg] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: crash-child <dataDir> <seed>');
const TODAY = '2026-03-02';
/**
 * Each child starts on a day picked by its seed and moves a day on now and then, so daily backups
 * are started, rotated and pruned (and dated out of order) while kills land.
 */
let clockNow = new Date(2026, 2, 2 + (Number(seedArg ?? 0) % 20), 12, 0, 0);
const movingClock = { now: () => new Date(clockNow) };

const emit = (line: string) => writeSync(1, `${line}\n`);
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

// mulberry32: a seeded generator, so a failing run can be replayed with its seed.
let seed = Number(seedArg ?? Date.now()) >>> 0;
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;

/** The real file system, telling the parent what is about to land in planner.json.tmp. */
const reportingFs: FsPort = {
  ...realFs,
  open: (async (...args: Parameters<typeof realFs.open>) => {
    const handle = await realFs.open(...args);
    if (!basename(String(args[0])).startsWith(`${PLAN_FILE}.tmp`)) return handle;
    const writeFile = handle.writeFile.bind(handle);
    handle.writeFile = ((data: string, options?: unknown) => {
      emit(`pending ${sha(String(data))}`);
      return writeFile(data, options as never);
    }) as typeof handle.writeFile;
    return handle;
  }) as typeof realFs.open,
};

const services = await startServices({
  dataDir,
  clock: movingClock,
  appVersion: 'crash-test',
  fs: reportingFs,
  printToPdf: async () => new Uint8Array(),
  dialogs: { chooseFolder: async () => null, saveFile: async () => null, openFile: async () => null },
  shell: { openExternal: async () => undefined, openPath: async () => '', showItemInFolder: () => undefined },
});
const { store, handlers } = services;
for (const notice of store.notices) emit(`notice ${notice.id}`);
emit(`ready ${sha(serializePlan(store.plan))}`);

type Op = { path: string; run(): Promise<unknown> };

/** Calls a channel through the real dispatcher; a refused change rejects like a refused store.update. */
async function viaChannel(channel: string, payload: unknown): Promise<void> {
  const reply = await dispatch(handlers, channel, payload);
  if (!reply.ok) throw new Error(reply.error.message);
}

/**
 * Board-move and week channels are written by other engineers and may change shape: a channel is
 * used when its contract accepts one of the payload spellings built here, otherwise the same move
 * is applied with `store.update` (the same code path the handlers end in).
 */
function channelAccepting(prefix: string, payloads: unknown[]): { channel: string; payload: unknown } | null {
  for (const channel of CHANNEL_NAMES.filter((c) => c.startsWith(prefix))) {
    const schema = (contract as Record<string, { request: { safeParse(v: unknown): { success: boolean } } }>)[channel]!.request;
    for (const payload of payloads) if (schema.safeParse(payload).success) return { channel, payload };
  }
  return null;
}

function moveProject(): Op {
  const columns = store.plan.board.columns.map((c) => c.id);
  const projectId = pick(Object.keys(store.plan.projects));
  const to = pick(columns);
  const index = int((store.plan.board.projects[to]?.length ?? 0) + 1);
  const found = channelAccepting('board:move-project', [
    { projectId, toColumn: to, toIndex: index },
    { projectId, toColumnId: to, toIndex: index },
    { projectId, columnId: to, index },
    { projectId, to: { columnId: to, index } },
  ]);
  if (found) return { path: found.channel, run: () => viaChannel(found.channel, found.payload) };
  return {
    path: 'store.update:move-project',
    run: () =>
      store.update((plan) => {
        for (const cell of Object.values(plan.board.projects)) {
          const at = cell.indexOf(projectId);
          if (at >= 0) cell.splice(at, 1);
        }
        const target = plan.board.projects[to]!;
        target.splice(Math.min(index, target.length), 0, projectId);
      }),
  };
}

function moveStep(): Op {
  const projectId = pick(Object.keys(store.plan.board.steps));
  const lane = store.plan.board.steps[projectId]!;
  const stepId = pick(Object.values(lane).flat());
  const to = pick(store.plan.board.columns.map((c) => c.id));
  const index = int((lane[to]?.length ?? 0) + 1);
  const found = channelAccepting('board:move-step', [
    { projectId, stepId, toColumn: to, toIndex: index },
    { projectId, stepId, toColumnId: to, toIndex: index },
    { stepId, toColumnId: to, toIndex: index },
    { stepId, columnId: to, index },
  ]);
  if (found) return { path: found.channel, run: () => viaChannel(found.channel, found.payload) };
  return {
    path: 'store.update:move-step',
    run: () =>
      store.update((plan) => {
        const cells = plan.board.steps[projectId]!;
        for (const cell of Object.values(cells)) {
          const at = cell.indexOf(stepId);
          if (at >= 0) cell.splice(at, 1);
        }
        const target = cells[to]!;
        target.splice(Math.min(index, target.length), 0, stepId);
      }),
  };
}

function tickWeek(): Op {
  const week = int(store.plan.weeks.length);
  const goal = int(store.plan.weeks[week]!.goalsDone.length);
  const done = store.plan.weeks[week]!.goalsDone[goal] === null;
  const found = channelAccepting('roadmap:set-goal', [
    { week: week + 1, goal, done },
    { weekNumber: week + 1, goalIndex: goal, done },
    { week: week + 1, goalIndex: goal, done },
  ]);
  if (found) return { path: found.channel, run: () => viaChannel(found.channel, found.payload) };
  return {
    path: 'store.update:tick-week-goal',
    run: () =>
      store.update((plan) => {
        const progress = plan.weeks[week]!;
        progress.goalsDone[goal] = done ? TODAY : null;
        progress.status = progress.goalsDone.every(Boolean) ? 'done' : progress.goalsDone.some(Boolean) ? 'in-progress' : 'not-started';
        progress.completedOn = progress.status === 'done' ? TODAY : null;
      }),
  };
}

function updateSettings(): Op {
  const patches = [
    () => ({ profile: { name: `Learner ${int(1e6)}`, headline: 'x'.repeat(int(300)), links: [] } }),
    () => ({ onboarded: random() < 0.5 }),
    () => ({ portfolio: { includeInProgress: random() < 0.5, includeProgress: random() < 0.5, includeNotes: random() < 0.5 } }),
  ];
  const payload = { patch: pick(patches)() };
  return { path: 'settings:update', run: () => viaChannel('settings:update', payload) };
}

/** A new day: the next save starts a new daily backup and prunes the oldest (backup rotation). */
function nextDay(): Op {
  return {
    path: 'rotate-backups',
    run: () => {
      clockNow = new Date(clockNow.getTime() + 24 * 60 * 60 * 1000);
      return viaChannel('settings:update', { patch: { onboarded: random() < 0.5 } });
    },
  };
}

/** Restores one of the listed backups (a snapshot is written first, then the plan). */
function restoreBackup(): Op {
  return {
    path: 'backup:restore',
    run: async () => {
      const listed = await dispatch(handlers, 'backup:list', {});
      if (!listed.ok) throw new Error(listed.error.message);
      const backups = (listed.data as { backups: Array<{ name: string }> }).backups;
      if (backups.length === 0) throw new Error('no backup yet');
      await viaChannel('backup:restore', { name: pick(backups).name });
    },
  };
}

const makers = [moveProject, moveProject, moveStep, tickWeek, tickWeek, updateSettings, nextDay, restoreBackup];

const apply = (op: Op): Promise<unknown> => {
  emit(`op ${op.path}`);
  return op.run().catch(() => emit(`refused ${op.path}`));
};

// Mostly one change at a time; now and then a burst of un-awaited changes, to crash mid-coalesce.
// A burst is acknowledged as one batch once all of it has settled: until then it is in flight.
for (;;) {
  const ops = random() < 0.15 ? Array.from({ length: 2 + int(20) }, () => pick(makers)()) : [pick(makers)()];
  await Promise.all(ops.map(apply));
  emit(`ack ${sha(serializePlan(store.plan))} ${ops.map((o) => o.path).join(',')}`);
}
