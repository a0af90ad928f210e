import type { Page } from 'playwright-core';

export interface FrameLog {
  /** Time between consecutive requestAnimationFrame callbacks: a frame's length as the user sees it. */
  deltas: number[];
  /** Long Animation Frame entries (Chromium reports frames over 50 ms) seen while recording. */
  longFrames: LongFrame[];
}

export interface LongFrame {
  duration: number;
  blockingDuration: number;
  /** What ran longest in the frame (LoAF script attribution), e.g. `event-listener BUTTON.onkeydown`. */
  cause: string;
}

interface FrameRecorder {
  deltas: number[];
  longFrames: FrameLog['longFrames'];
  running: boolean;
  observer: PerformanceObserver | null;
  /** Takes entries the observer has not delivered yet. */
  flush(): void;
}

/** Starts recording frames in the page; `stopFrames` returns what was recorded. */
export async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    interface Script { duration: number; invoker: string; invokerType: string }
    const describe = (e: PerformanceEntry) => {
      const loaf = e as PerformanceEntry & { blockingDuration: number; scripts: Script[]; renderStart: number; styleAndLayoutStart: number };
      const top = [...(loaf.scripts ?? [])].sort((a, b) => b.duration - a.duration)[0];
      const scriptPart = top ? `${top.invokerType} ${top.invoker} (${Math.round(top.duration)} ms script)` : 'no script';
      const layout = loaf.styleAndLayoutStart ? Math.round(loaf.startTime + loaf.duration - loaf.styleAndLayoutStart) : 0;
      // The benchmark's last step begun before the frame ended: what the user had just done.
      const step = performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('bench:') && m.startTime <= e.startTime + e.duration)
        .pop();
      const after = step ? `after ${step.name.slice(6)}: ` : '';
      return { duration: e.duration, blockingDuration: loaf.blockingDuration, cause: `${after}${scriptPart}, ${layout} ms style+layout` };
    };
    const rec: FrameRecorder = {
      deltas: [],
      longFrames: [],
      running: true,
      observer: null,
      flush: () => rec.observer?.takeRecords().forEach((e) => rec.longFrames.push(describe(e))),
    };
    (window as unknown as { __benchFrames: FrameRecorder }).__benchFrames = rec;
    performance.clearMarks();
    if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
      rec.observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) rec.longFrames.push(describe(e));
      });
      rec.observer.observe({ type: 'long-animation-frame' });
    }
    let last: number | null = null;
    const tick = (t: number) => {
      if (last !== null) rec.deltas.push(t - last);
      last = t;
      if (rec.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export async function stopFrames(page: Page): Promise<FrameLog> {
  // Two frames more, so the last frame of the interaction is closed and any LoAF entry delivered.
  await nextFrames(page, 2);
  return page.evaluate(() => {
    const rec = (window as unknown as { __benchFrames: FrameRecorder }).__benchFrames;
    rec.running = false;
    rec.flush();
    rec.observer?.disconnect();
    return { deltas: rec.deltas, longFrames: rec.longFrames };
  });
}

/** Waits for `n` rendered frames in the page, the way a 60 Hz pointer paces its events. */
export function nextFrames(page: Page, n = 1): Promise<void> {
  return page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}

/**
 * tsx compiles this file with esbuild's keepNames, which wraps named inner functions in a
 * `__name(...)` helper that only exists in Node; functions sent to the page need it too.
 */
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';
export async function installNameShim(page: Page): Promise<void> {
  await page.context().addInitScript({ content: NAME_SHIM });
  await page.evaluate(NAME_SHIM);
}

/** Marks the start of a step of an interaction, so a long frame can be told apart by what preceded it. */
export const markStep = (page: Page, step: string) => page.evaluate((name) => void performance.mark(`bench:${name}`), step);
