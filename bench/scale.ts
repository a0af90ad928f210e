import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan } from '../src/shared/plan-schema';
import { launchApp, type LaunchedApp } from '../tests/e2e/harness';
import { autoscrollToEnd, heapAndDom } from './autoscroll';
import { bootSamples } from './boot';
import { httpBootFigures } from './boot-http';
import { installNameShim, startFrames, stopFrames, type LongFrame } from './frames';
import { showView } from './interaction';
import { dragMoveCosts, openCdp, probeCost, tracedDragMoveCosts } from './main-thread';
import { figure, missing, single, type Figure } from './results';
import { p95 } from './stats';

export interface ScaleCase {
  /** e.g. "2,000 projects" or "steps stress". */
  label: string;
  plan: Plan;
  today: string;
  runs: number;
  /** Measure in the Steps view (the first swimlane) instead of the project board. */
  steps?: boolean;
  /** Boot-to-first-card target, ms (p95). */
  bootTarget?: number;
}

const MOVE = { max: 4, on: 'p95' } as const;

/**
 * Issue 18's figures for one plan, in the E2E harness: boot (first card, first pick-up), main-thread
 * time per pointer move (CDP task time around each move), Long Animation Frames during those drags,
 * autoscroll to the end of the longest column, and heap after GC and DOM size at rest.
 */
export async function scaleFigures(c: ScaleCase): Promise<Figure[]> {
  const out: Figure[] = [];
  const dataDir = await mkdtemp(join(tmpdir(), 'prep-planner-bench-scale-'));
  await writeFile(join(dataDir, 'planner.json'), JSON.stringify(c.plan));
  let app: LaunchedApp | undefined;
  const name = (what: string) => `${what} (${c.label})`;
  try {
    app = await launchApp({ dataDir, now: c.today });
    const page = app.page;
    await installNameShim(page);
    if (!c.steps) {
      const boot = await bootSamples(page.context(), Math.min(c.runs, 10), true);
      out.push(
        figure(name('Boot to first card, harness'), 'ms', boot.map((b) => b.firstCard), c.bootTarget ? { max: c.bootTarget, on: 'p95' } : undefined, 'navigation start to the first frame with a card; the plan crosses the harness as a fulfilled request (one JSON string) and is re-validated'),
        figure(name('  first pick-up, cold'), 'ms', boot.flatMap((b) => (b.firstPickup === null ? [] : [b.firstPickup])), { max: 120, on: 'p95' }, 'Space keydown to the frame showing the drag, first time in a fresh page'),
      );
      // The same boots over browser mode's real HTTP server (its own page and server, same plan).
      out.push(...(await httpBootFigures({ label: c.label, plan: c.plan, today: c.today, runs: c.runs, bootTarget: c.bootTarget })));
    }
    const cdp = await openCdp(page);
    if (c.steps) await showView(page, 'Steps');
    const titles = app.services.store.plan.board.columns.map((col) => col.title);
    const rest = await heapAndDom(page, cdp);
    out.push(
      single(name('JS heap after GC'), 'MB', rest.heapMb, c.label.startsWith('2,000') ? { max: 15, on: 'value' } : undefined),
      single(name('DOM elements'), 'nodes', rest.domNodes, c.label.startsWith('2,000') ? { max: 2000, on: 'value' } : undefined),
    );

    await startFrames(page);
    const cost = await dragMoveCosts(page, cdp, titles, Math.max(3, Math.round(c.runs / 3)));
    const frames = await stopFrames(page);
    const probe = await probeCost(page, cdp);
    const hover = await dragMoveCosts(page, cdp, titles, Math.max(3, Math.round(c.runs / 3)), false);
    const drags = Math.max(3, Math.round(c.runs / 3));
    const traced = await tracedDragMoveCosts(page, cdp, titles, drags);
    const tracedFloor = await tracedDragMoveCosts(page, cdp, titles, drags, false);
    out.push(
      figure(
        name('Main thread per pointer move'),
        'ms',
        traced.wall,
        MOVE,
        `Chromium trace over each drag (devtools.timeline), no DevTools command between moves but the input: every main-thread task from one move's input task to the next move's; ${traced.dispatched} moves dispatched, mean ${traced.mean.toFixed(2)} ms (busy time over the drags ÷ moves); mouse drag across three columns, then down the fourth`,
      ),
      figure(name('  main-thread CPU time per move, trace'), 'ms', traced.cpu, undefined, 'the same tasks\' thread time: CPU, not wall time, so less inflated by a loaded machine'),
      figure(name('  same path with no drag (the floor), trace'), 'ms', tracedFloor.wall, undefined, `the pointer moved along the same path with no button held, same trace method; CPU ${median(tracedFloor.cpu).toFixed(2)} ms median, ${p95(tracedFloor.cpu).toFixed(2)} p95`),
      figure(
        name('  cross-check: per move from metric reads around each move'),
        'ms',
        cost.task,
        undefined,
        `the earlier method: CDP TaskDuration delta around each move less the probe's own DevTools commands (median ${median(probe.devtools).toFixed(2)} ms, taken out); the probe's frame alone (no move) costs ${median(probe.task).toFixed(2)} ms median, ${p95(probe.task).toFixed(2)} ms p95, included`,
      ),
      figure(name('    of which script'), 'ms', cost.script),
      figure(name('    of which style + layout'), 'ms', cost.styleLayout),
      figure(name('    main-thread CPU time per move'), 'ms', cost.cpu, undefined, 'CDP ThreadTime delta: CPU, not wall time, so less inflated by a loaded machine; the probe\'s commands included'),
      figure(name('    same path with no drag (the floor)'), 'ms', hover.task, undefined, 'the pointer moved along the same path with no button held, same probe: what a move costs this browser without the app dragging anything'),
      single(name('Long Animation Frames during the drags'), 'frames', frames.longFrames.length, undefined, worst(frames.longFrames)),
    );

    const cells = c.steps ? Object.values(app.services.store.plan.board.steps)[0]! : app.services.store.plan.board.projects;
    const [longest, ids] = Object.entries(cells).sort((a, b) => b[1].length - a[1].length)[0]!;
    const title = app.services.store.plan.board.columns.find((col) => col.id === longest)!.title;
    if (ids.length >= 30) {
      const times: number[] = [];
      const perFrame: number[] = [];
      let failed = 0;
      for (let run = 0; run < 3; run++) {
        const t = await autoscrollToEnd(page, title, ids.length, 10_000, cdp);
        if (t.perFrameMs !== null) perFrame.push(t.perFrameMs);
        if (t.ms === null) failed++;
        else times.push(t.ms);
      }
      out.push(
        times.length
          ? figure(name(`Autoscroll to the end of ${ids.length}-card ${title}`), 'ms', times, { max: 1500, on: 'median' }, `${failed} of 3 holds never reached the end within 10 s`)
          : missing(name(`Autoscroll to the end of ${ids.length}-card ${title}`), 'ms', { max: 1500, on: 'median' }, 'never reached the end within 10 s (3 of 3)'),
        figure(name('  main thread per frame while autoscrolling'), 'ms', perFrame, undefined, 'CDP TaskDuration less DevTools commands over each hold, divided by the frames drawn in it (one sample per hold)'),
      );
    }
    return out;
  } catch (error) {
    out.push(missing(name('Scale figures'), '', undefined, String((error as Error)?.message ?? error).split('\n')[0]!));
    return out;
  } finally {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const worst = (frames: readonly LongFrame[]) =>
  frames.length ? `longest: ${[...frames].sort((a, b) => b.duration - a.duration).slice(0, 2).map((f) => `${Math.round(f.duration)} ms (${f.cause})`).join('; ')}` : 'none';
