import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { klona } from 'klona/json';
import type { Curriculum } from '../src/shared/curriculum-schema';
import { boardIntegrityIssues, PlanSchema, type Plan } from '../src/shared/plan-schema';
import { fixedClock } from '../src/main/core/clock';
import { PLAN_FILE, PlanStore } from '../src/main/core/plan-store';
import { serializePlan } from '../src/main/core/plan-file';
import { AtomicWriter } from '../src/main/core/atomic-writer';
import { realFs } from '../src/main/core/fs-port';
import { figure, single, type Figure } from './results';
import { repeat } from './stats';

/** One board move, the commonest change: the first card of one column goes to the top of the next. */
function moveFirstCard(draft: Plan, run: number): void {
  const cols = draft.board.columns.map((c) => c.id);
  const n = Math.abs(run);
  const from = cols[n % 2]!;
  const to = cols[(n + 1) % 2]!;
  const id = draft.board.projects[from]!.shift();
  if (id) draft.board.projects[to]!.unshift(id);
}

async function openStore(plan: Plan, curriculum: Curriculum): Promise<{ store: PlanStore; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'prep-planner-bench-store-'));
  await writeFile(join(dir, PLAN_FILE), serializePlan(plan));
  const store = await PlanStore.open({ dataDir: dir, curriculum, clock: fixedClock('2026-09-01') });
  return { store, dir };
}

/** Figures for the main-process store, in plain Node with the real file system (fsync included). */
export async function storeFigures(plan: Plan, curriculum: Curriculum, runs: number): Promise<Figure[]> {
  const bytes = Buffer.byteLength(serializePlan(plan));
  const kb = `${(bytes / 1024).toFixed(0)} KiB`;
  const { store, dir } = await openStore(plan, curriculum);
  try {
    const write = await repeat(runs, async (run) => {
      const t0 = performance.now();
      await store.update((draft) => moveFirstCard(draft, run));
      return performance.now() - t0;
    }, 2);

    // Where a write's time goes, so a miss points at its cause.
    const clone = await repeat(runs, async () => time(() => klona(store.plan)));
    const validate = await repeat(runs, async () => time(() => PlanSchema.parse(store.plan)));
    const integrity = await repeat(runs, async () => time(() => boardIntegrityIssues(store.plan)));
    const serialize = await repeat(runs, async () => time(() => serializePlan(store.plan)));

    // All at once, as a synchronous loop would send them.
    await store.flush();
    let before = store.diskWrites;
    await Promise.all(Array.from({ length: 100 }, (_, i) => store.update((draft) => moveFirstCard(draft, i))));
    const sameTick = store.diskWrites - before;

    // One per task, the way IPC messages from a fast drag or typing arrive.
    before = store.diskWrites;
    const pending: Promise<Plan>[] = [];
    for (let i = 0; i < 100; i++) {
      pending.push(store.update((draft) => moveFirstCard(draft, i)));
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(pending);
    const perTask = store.diskWrites - before;

    // The writer alone, without the store's per-change validation: how it coalesces when
    // changes come quickly, one per task.
    const writer = new AtomicWriter(join(dir, 'writer-only.json'), realFs);
    const text = serializePlan(store.plan);
    const writes: Promise<void>[] = [];
    for (let i = 0; i < 100; i++) {
      writes.push(writer.write(text));
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(writes);

    return [
      figure(`Store write, one change (${kb} plan)`, 'ms', write, { max: 50, on: 'p95' }, 'PlanStore.update in Node: clone, validate, serialize, atomic write with fsync'),
      figure('  of which copying the plan (klona/json)', 'ms', clone),
      figure('  of which PlanSchema validation', 'ms', validate),
      figure('    of which boardIntegrityIssues', 'ms', integrity),
      figure('  of which JSON serialisation', 'ms', serialize),
      single('Store burst: 100 changes in one tick', 'disk writes', sameTick, { max: 5, on: 'value' }),
      single('Store burst: 100 changes, one per task', 'disk writes', perTask, { max: 5, on: 'value' }, 'each change issued from its own macrotask, as IPC calls arrive'),
      single('  AtomicWriter alone: 100 writes of the plan, one per task', 'disk writes', writer.diskWrites, undefined, 'no validation between writes: how often the writer itself goes to disk'),
    ];
  } finally {
    await store.flush().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

function time(work: () => unknown): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}
