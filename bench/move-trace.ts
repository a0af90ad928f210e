import type { CDPSession } from 'playwright-core';
import { moveMouse, type Point } from './pointer-input';

/*
 * Main-thread time per pointer move from a Chromium trace over a whole drag: no DevTools command
 * runs between moves except the input itself, so nothing the probe does lands inside a sample.
 * Every main-thread task from one move's input task up to the next move's input task is that
 * move's: input dispatch, handlers, React's scheduled renders and commits, requestAnimationFrame,
 * style, layout, paint, GC — everything the renderer's main thread did in between.
 */

/** One trace event as Chromium's JSON trace format gives it (times in µs). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) duration, µs, when the trace has thread times. */
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

/** The categories DevTools' Performance panel records its main-thread tasks and input with. */
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', ...(process.env.BENCH_TRACE_CATS ? process.env.BENCH_TRACE_CATS.split(',') : [])];

/** Starts a trace on the page's CDP session; `stopTrace` returns its events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordUntilFull' }, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** Top-level task names on a Blink main thread (the scheduler's task wrapper, old and new). */
const TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

interface Interval {
  start: number;
  end: number;
  /** Thread (CPU) time inside the interval, µs. */
  cpu: number;
}

export interface MoveSamples {
  /** Main-thread busy time (wall) attributed to each move, ms. */
  wall: number[];
  /** Main-thread CPU time (thread time) attributed to each move, ms. */
  cpu: number[];
  /** Pointer moves the page dispatched (`pointermove` events) in the traced window. */
  dispatched: number;
  /** Total main-thread busy time over the traced window ÷ moves dispatched, ms. */
  mean: number;
}

/**
 * The page's renderer main thread: the `CrRendererMain` thread that dispatched the most
 * `pointermove` events (the harness has one page, but a trace can hold other renderers).
 */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | null {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const counts = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'EventDispatch' && e.args?.data?.type === 'pointermove' && mains.has(`${e.pid}:${e.tid}`)) counts.set(`${e.pid}:${e.tid}`, (counts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) return null;
  const [pid, tid] = best[0].split(':').map(Number) as [number, number];
  return { pid, tid };
}

/** Outermost tasks on the thread: a task nested in another (a nested run loop) is not counted twice. */
function topLevelTasks(events: readonly TraceEvent[], pid: number, tid: number): Interval[] {
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && TASK.has(e.name) && e.dur !== undefined)
    .map((e) => ({ start: e.ts, end: e.ts + e.dur!, cpu: e.tdur ?? e.dur! }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Interval[] = [];
  for (const t of tasks) {
    const last = out[out.length - 1];
    if (last && t.start < last.end) continue;
    out.push(t);
  }
  return out;
}

/**
 * Splits the traced window's main-thread work into moves. A move begins with the task that
 * dispatched its first `pointermove` and owns every task that starts before the next move's; the
 * last move owns what starts within the median move interval after it (the window then closes).
 * Tasks before the first move are left out: they belong to what came before the drag's measured
 * part (its set-up), and the caller keeps the traced window to the moves.
 */
export function perMove(events: readonly TraceEvent[]): MoveSamples {
  const thread = mainThread(events);
  if (!thread) throw new Error('the trace has no pointermove on a renderer main thread');
  const tasks = topLevelTasks(events, thread.pid, thread.tid);
  const dispatches = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.name === 'EventDispatch' && e.args?.data?.type === 'pointermove')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  // The task holding each pointermove: where that move's work begins.
  const starts: number[] = [];
  for (const ts of dispatches) {
    const task = tasks.find((t) => t.start <= ts && ts <= t.end);
    const start = task?.start ?? ts;
    if (starts[starts.length - 1] !== start) starts.push(start);
  }
  const gaps = starts.slice(1).map((s, i) => s - starts[i]!).sort((a, b) => a - b);
  const gap = gaps[Math.floor(gaps.length / 2)] ?? 16_667;
  const bounds = [...starts, starts[starts.length - 1]! + gap];
  const wall: number[] = [];
  const cpu: number[] = [];
  let total = 0;
  for (let i = 0; i < starts.length; i++) {
    const inMove = tasks.filter((t) => t.start >= bounds[i]! && t.start < bounds[i + 1]!);
    const w = inMove.reduce((s, t) => s + (t.end - t.start), 0);
    wall.push(w / 1000);
    cpu.push(inMove.reduce((s, t) => s + t.cpu, 0) / 1000);
    total += w;
  }
  return { wall, cpu, dispatched: starts.length, mean: total / 1000 / Math.max(1, starts.length) };
}

/**
 * Moves the pointer through `points` (left button held when `held`), one move per 60 Hz frame, with
 * a trace running and no other DevTools command in between: the pace is kept by Node's clock
 * (`Input.dispatchMouseEvent` returns once the renderer has the event), not by asking the page for
 * frames. The moves go straight to Chromium, not through Playwright's drag interception
 * (`pointer-input.ts`).
 */
export async function tracedMoves(cdp: CDPSession, points: readonly Point[], held: boolean): Promise<MoveSamples> {
  const stop = await startTrace(cdp);
  let next = performance.now();
  for (const p of points) {
    await moveMouse(cdp, p, held);
    next += 1000 / 60;
    const wait = next - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  // Let the last move's frame finish before the trace stops (no command meanwhile).
  await new Promise((r) => setTimeout(r, 100));
  const events = await stop();
  if (process.env.BENCH_TRACE_DUMP) await import('node:fs/promises').then((fs) => fs.writeFile(`${process.env.BENCH_TRACE_DUMP}-${Date.now()}.json`, JSON.stringify(events)));
  return perMove(events);
}
