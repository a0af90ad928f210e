import { describe, expect, it } from 'vitest';
import { perMove, type TraceEvent } from '../../bench/move-trace';

/*
 * How the benchmark splits a traced drag into pointer moves (bench/move-trace.ts): every
 * main-thread task from one move's input task up to the next move's belongs to that move; nothing
 * on the page's main thread is dropped, nothing is counted twice, other threads are not counted.
 */

const PID = 7;
const MAIN = 1;
const meta = (tid: number, name: string): TraceEvent => ({ name: 'thread_name', cat: '__metadata', ph: 'M', pid: PID, tid, ts: 0, args: { name } });
const task = (ts: number, dur: number, tdur = dur, tid = MAIN): TraceEvent => ({ name: 'ThreadControllerImpl::RunTask', cat: 'toplevel', ph: 'X', pid: PID, tid, ts, dur, tdur });
const move = (ts: number, tid = MAIN): TraceEvent => ({ name: 'EventDispatch', cat: 'devtools.timeline', ph: 'X', pid: PID, tid, ts, dur: 50, args: { data: { type: 'pointermove' } } });

describe('perMove (trace → main-thread time per pointer move)', () => {
  const events: TraceEvent[] = [
    meta(MAIN, 'CrRendererMain'),
    meta(2, 'Compositor'),
    task(0, 500), // before the first move: the drag's set-up, not a move
    // move 1: its input task, a React render task, a frame — 1,000 + 3,000 + 2,000 µs
    task(10_000, 1_000, 800),
    move(10_100),
    task(12_000, 3_000, 2_500),
    task(20_000, 2_000, 1_500),
    task(21_000, 300), // nested in the frame's task (a nested run loop): not counted again
    task(20_500, 9_000, 9_000, 2), // another thread: not the page's main thread
    // move 2, 16.7 ms later: its input task and a GC task
    task(26_700, 700, 700),
    move(26_750),
    task(30_000, 1_500, 1_000),
    // move 3, 16.7 ms later: its input only; the last move owns one move interval after it
    task(43_400, 400, 400),
    move(43_450),
    task(50_000, 600, 600),
    task(70_000, 5_000, 5_000), // beyond that interval: the trace's tail, not a move
  ];

  it('gives each move every main-thread task from its input task to the next move, wall and CPU', () => {
    const out = perMove(events);
    expect(out.dispatched).toBe(3);
    expect(out.wall).toEqual([6, 2.2, 1]);
    expect(out.cpu).toEqual([4.8, 1.7, 1]);
    expect(out.mean).toBeCloseTo(9.2 / 3, 6);
  });

  it('fails plainly when the trace shows no pointer move on a renderer main thread', () => {
    expect(() => perMove(events.filter((e) => e.name !== 'EventDispatch'))).toThrow(/no pointermove/);
  });

  it('counts a move whose pointermove and mousemove share one input task once', () => {
    const twice = [...events, { ...move(10_200), args: { data: { type: 'pointermove' } } }];
    expect(perMove(twice).dispatched).toBe(3);
  });
});
