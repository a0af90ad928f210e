import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateStressPlan, loadCurriculumData } from '../scripts/generate-stress-plan';
import { launchApp, APP_ORIGIN } from '../tests/e2e/harness';
import { column, draggableCards, dragActiveNow } from './board-probe';

/*
 * Diagnostic (not part of `npm run bench`): cold first pick-ups, one fresh page each (after one
 * warm-up page), then the same pick-up again in that page (warm). Prints per run the CDP metric
 * deltas around the press (ThreadTime is main-thread CPU), the page's own times (React commit, drag
 * frame) and the trace events in the window by name, then medians. Env: PICKUP_PROJECTS (10),
 * PICKUP_RUNS (5), PICKUP_NO_TRACE=1 (metrics only), PICKUP_TRACE=path (keep the last raw trace,
 * for chrome://tracing; event `tdur` is thread time), PICKUP_PROFILE=1 (V8 CPU profile, self and
 * total per function; build with minify off for names), PICKUP_FIBERS=1 (React commits seen
 * through a devtools hook), PICKUP_MUTS=1 (attribute mutations in the window). Note: it still
 * polls from Node like the old boot method, so its "pickup" includes the driver; use "in page".
 *   PREP_PLANNER_OUT_DIR=out PICKUP_PROJECTS=2000 node --import tsx bench/pickup-trace.ts
 */
const projects = Number(process.env.PICKUP_PROJECTS ?? 10);
const runs = Number(process.env.PICKUP_RUNS ?? 5);
const TODAY = '2026-09-01';

const PROBE = `(() => {
  window.__space = null;
  window.__shownInPage = null;
  window.__commits = [];
  if (${JSON.stringify(!!process.env.PICKUP_FIBERS)}) window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject() { return 1; }, onScheduleFiberRoot() {}, onPostCommitFiberRoot() {}, checkDCE() {},
    onCommitFiberRoot(_id, root) {
      if (!window.__space) return;
      const counts = {};
      const walk = (f) => { for (let c = f; c; c = c.sibling) {
        if ((c.flags & 1) && typeof c.type !== 'string' && c.type) { const n = c.type.displayName || c.type.name || (c.type.type && (c.type.type.displayName || c.type.type.name)) || (c.type.render && c.type.render.name) || '?'; counts[n] = (counts[n] || 0) + 1; }
        if (c.child) walk(c.child);
      } };
      walk(root.current.child);
      window.__commits.push({ at: performance.now() - window.__space.stamp, counts });
    },
  };
  window.__firstCard = null;
  const seen = new MutationObserver(() => {
    if (!document.querySelector('[aria-roledescription], article')) return;
    seen.disconnect();
    requestAnimationFrame(() => { window.__firstCard = performance.now(); });
  });
  seen.observe(document, { childList: true, subtree: true });
  window.addEventListener('keydown', (e) => { if (e.code === 'Space' && !window.__space) window.__space = { stamp: e.timeStamp, now: performance.now() }; }, { capture: true });
  const active = () => document.querySelector('[aria-roledescription][aria-pressed="true"], [data-dragging="true"]') ||
    Array.from(document.querySelectorAll('[id^="DndLiveRegion"]')).some((r) => /picked up/i.test(r.textContent ?? ''));
  window.__styleMuts = [];
  new MutationObserver((muts) => {
    if (!window.__space) return;
    for (const m of muts) window.__styleMuts.push((performance.now() - window.__space.stamp).toFixed(0) + ' ' + m.target.tagName + '.' + String(m.target.className).slice(0, 30) + ' ' + m.attributeName + '=' + String(m.target.getAttribute(m.attributeName)).slice(0, 80));
  }).observe(document, { subtree: true, attributes: true });
  new MutationObserver((_, obs) => {
    if (!window.__space || !active()) return;
    obs.disconnect();
    window.__mutated = performance.now();
    requestAnimationFrame(() => { window.__shownInPage = performance.now(); });
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { data?: Record<string, unknown>; name?: string } }

async function main() {
  const plan = generateStressPlan(loadCurriculumData(), { today: TODAY, projects });
  const dataDir = await mkdtemp(join(tmpdir(), 'prep-planner-pickup-'));
  await writeFile(join(dataDir, 'planner.json'), JSON.stringify(plan));
  const app = await launchApp({ dataDir, now: TODAY });
  const context = app.page.context();
  const totals = new Map<string, number[]>();
  const profiles: CpuProfile[] = [];
  try {
    for (let run = -1; run < runs; run++) {
      const page = await context.newPage();
      await page.addInitScript({ content: PROBE });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
      await page.goto(`${APP_ORIGIN}/index.html`, { waitUntil: 'commit' });
      const card = draggableCards(column(page, 'Backlog')).first();
      await card.waitFor({ timeout: 30_000 });
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
      const tracing = !process.env.PICKUP_NO_TRACE;
      if (tracing) await cdp.send('Tracing.start', {
        traceConfig: {
          includedCategories: ['devtools.timeline', 'v8', 'v8.execute', 'blink', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'loading', 'v8.compile', 'cc', 'renderer.scheduler', 'disabled-by-default-v8.compile', 'disabled-by-default-v8.runtime_stats'],
        },
        transferMode: 'ReportEvents',
      });
      const m = async () => Object.fromEntries(((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map((x) => [x.name, x.value * 1000]));
      const profile = !!process.env.PICKUP_PROFILE;
      if (profile) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      const before = await m();
      await card.press('Space');
      const shown = (await (await page.waitForFunction(dragActiveNow, null, { polling: 'raf', timeout: 5_000 })).jsonValue()) as number;
      const after = await m();
      if (tracing) {
        const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
        await cdp.send('Tracing.end');
        await done;
      }
      const space = (await page.evaluate('window.__space')) as { stamp: number; now: number };
      const inPage = (await page.evaluate('[window.__mutated, window.__shownInPage]')) as [number, number];
      console.log(`   in page: React commit ${(inPage[0] - space.stamp).toFixed(1)} ms, drag frame ${(inPage[1] - space.stamp).toFixed(1)} ms after the keydown stamp`);
      if (process.env.PICKUP_MUTS) console.log(((await page.evaluate('window.__styleMuts')) as string[]).join('\n'));
      if (process.env.PICKUP_FIBERS) for (const c of (await page.evaluate('window.__commits')) as { at: number; counts: Record<string, number> }[]) console.log(`   commit at ${c.at.toFixed(1)}: ${Object.entries(c.counts).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}×${v}`).join(' ')}`);
      if (profile) {
        const { profile: prof } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
        if (run >= 0) profiles.push(prof);
      }
      const pickup = shown - space.stamp;
      const d = (k: string) => (after[k]! - before[k]!).toFixed(1);
      // Main thread: the thread named CrRendererMain of the page's process.
      const mainTid = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.tid === e.tid && x.name === 'EventDispatch'))?.tid;
      const key = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
      const t0 = key ? key.ts - (space.now - space.stamp) * 1000 : 0;
      const t1 = t0 + pickup * 1000;
      const main = events.filter((e) => e.tid === mainTid && e.ph === 'X' && e.ts >= t0 - 1 && e.ts < t1);
      // Top-level tasks and the named work within them, by name (ms of wall time, overlapping names both count).
      const by = new Map<string, number>();
      for (const e of main) by.set(e.name, (by.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      const rows = [...by.entries()].filter(([, v]) => v >= 0.3).sort((a, b) => b[1] - a[1]);
      if (run >= 0) {
        for (const [k, v] of rows) totals.set(k, [...(totals.get(k) ?? []), v]);
        totals.set('= pickup', [...(totals.get('= pickup') ?? []), pickup]);
        totals.set('= queue before keydown', [...(totals.get('= queue before keydown') ?? []), space.now - space.stamp]);
      }
      console.log(`run ${run}: pickup ${pickup.toFixed(1)} ms (keydown queued ${(space.now - space.stamp).toFixed(1)} ms); CDP task ${d('TaskDuration')} script ${d('ScriptDuration')} style ${d('RecalcStyleDuration')} layout ${d('LayoutDuration')} cpu ${d('ThreadTime')} devtools ${d('DevToolsCommandDuration')}`);
      console.log('   ' + rows.slice(0, 18).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' | '));
      if (process.env.PICKUP_TRACE && run === runs - 1) await writeFile(process.env.PICKUP_TRACE, JSON.stringify({ traceEvents: events }));
      await page.keyboard.press('Escape');
      await page.waitForTimeout(300);
      // The same pick-up again in the same page: warm.
      await page.evaluate('window.__space = null; window.__shownInPage = null');
      const b2 = await m();
      await card.press('Space');
      const shown2 = (await (await page.waitForFunction(dragActiveNow, null, { polling: 'raf', timeout: 5_000 })).jsonValue()) as number;
      const a2 = await m();
      const space2 = (await page.evaluate('window.__space')) as { stamp: number; now: number };
      console.log(`   warm: pickup ${(shown2 - space2.stamp).toFixed(1)} ms; cpu ${(a2.ThreadTime! - b2.ThreadTime!).toFixed(1)} script ${(a2.ScriptDuration! - b2.ScriptDuration!).toFixed(1)}`);
      if (run >= 0) {
        totals.set('= warm pickup', [...(totals.get('= warm pickup') ?? []), shown2 - space2.stamp]);
        totals.set('= warm cpu', [...(totals.get('= warm cpu') ?? []), a2.ThreadTime! - b2.ThreadTime!]);
        totals.set('= cold cpu', [...(totals.get('= cold cpu') ?? []), after.ThreadTime! - before.ThreadTime!]);
        totals.set('= cold script', [...(totals.get('= cold script') ?? []), after.ScriptDuration! - before.ScriptDuration!]);
        totals.set('= first card', [...(totals.get('= first card') ?? []), (await page.evaluate('window.__firstCard')) as number]);
        totals.set('= in-page drag frame', [...(totals.get('= in-page drag frame') ?? []), inPage[1] - space.stamp]);
      }
      await page.keyboard.press('Escape');
      await page.close();
    }
    if (profiles.length) summarise(profiles);
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(`\nmedians over ${runs} (${projects} projects):`);
    for (const [k, xs] of [...totals.entries()].sort((a, b) => med(b[1]) - med(a[1])).slice(0, 30)) console.log(`  ${k}: ${med(xs).toFixed(1)} (n=${xs.length})`);
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

interface CpuNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[]; hitCount?: number }
interface CpuProfile { nodes: CpuNode[]; samples: number[]; timeDeltas: number[] }

/** Self and total time per function over all profiles, ms (averaged per run). */
function summarise(profiles: CpuProfile[]) {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = (n: CpuNode) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
    p.samples.forEach((id, i) => {
      const dt = (p.timeDeltas[i + 1] ?? 0) / 1000 / profiles.length;
      const n = byId.get(id)!;
      self.set(label(n), (self.get(label(n)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const l = label(byId.get(cur)!);
        if (seen.has(l)) continue;
        seen.add(l);
        total.set(l, (total.get(l) ?? 0) + dt);
      }
    });
  }
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v.toFixed(1).padStart(6)}  ${k}`).join('\n');
  console.log(`\nCPU profile, self time per run (ms):\n${top(self, 35)}\n\ntotal (inclusive) time per run (ms):\n${top(total, 60)}`);
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
