import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { createDefaultPlan } from '../src/shared/default-plan';
import { generateStressPlan, loadCurriculumData } from '../scripts/generate-stress-plan';
import { browserFigures } from './browser-figures';
import { measureBundle } from './bundle-size';
import { handlerSamples, rendererSamples } from './export';
import { bootReplyValidation } from './harness-overhead';
import { figure, formatTable, markdownTable, readPrevious, single, updateReadme, writeResults, type Figure } from './results';
import { referenceFigures } from './reference';
import { scaleFigures } from './scale';
import { storeFigures } from './store-write';

const TODAY = '2026-09-01';

export type BenchPart = 'bundle' | 'store' | 'export' | 'browser' | 'scale' | 'reference';

export interface BenchOptions {
  outDir: string;
  runs: number;
  resultsPath: string;
  /** Which parts to run (all by default); results.json is only written for a full run. */
  only?: readonly BenchPart[];
  /** Refresh the figures in bench/README.md (otherwise the working tree is left as it was). */
  write?: boolean;
}

export async function runBenchmark({ outDir, runs, resultsPath, only, write = false }: BenchOptions): Promise<void> {
  const wanted = (part: BenchPart) => !only || only.includes(part);
  const figures: Figure[] = [];
  const curriculum = loadCurriculumData();
  const defaultPlan = createDefaultPlan(curriculum, TODAY);
  const stressPlan = generateStressPlan(curriculum, { today: TODAY });
  const loadBefore = loadavg()[0]!;
  const started = Date.now();
  const step = (what: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${what}`);
  console.log(loadLine('start', loadBefore));

  if (wanted('reference')) {
    step('reference floors (no app), first: the quietest part of the run');
    figures.push(...(await referenceFigures(runs)));
  }
  if (wanted('bundle')) {
    step('renderer bundle');
    const bundle = await measureBundle(join(outDir, 'renderer'));
    const kB = (bytes: number) => Math.round(bytes / 10) / 100;
    figures.push(
      single('Renderer JS, gzip', 'kB', kB(bundle.js.gzip), { max: 150, on: 'value' }, `${bundle.js.files} file(s), every chunk counted`),
      single('Renderer JS, raw', 'kB', kB(bundle.js.raw)),
      single('Renderer CSS, gzip', 'kB', kB(bundle.css.gzip)),
      single('Renderer CSS, raw', 'kB', kB(bundle.css.raw)),
    );
  }

  if (wanted('store')) {
    step('store write (Node)');
    figures.push(...(await storeFigures(stressPlan, curriculum, runs)));
  }

  if (wanted('export')) {
    step('export (Node)');
    for (const [label, plan, limit] of [['default', defaultPlan, 100], ['stress', stressPlan, 1000]] as const) {
      const viaHandler = await handlerSamples(plan, TODAY, runs);
      const pure = await rendererSamples(curriculum, plan, TODAY, runs);
      figures.push(
        figure(`Export Markdown (${label})`, 'ms', viaHandler.markdown, { max: limit, on: 'p95' }, 'portfolio:export handler in Node via the IPC dispatcher: model, render, atomic file write (PDF not included)'),
        figure(`Export HTML (${label})`, 'ms', viaHandler.html, { max: limit, on: 'p95' }),
        figure(`  of which Markdown renderer (${label})`, 'ms', pure.markdown, undefined, 'pure buildPortfolioModel + render, notes included'),
        figure(`  of which HTML renderer (${label})`, 'ms', pure.html),
      );
    }
  }

  if (wanted('browser')) {
    step('browser, default plan');
    figures.push(...(await browserFigures({ label: 'default', plan: null, today: TODAY, runs, bootTarget: 400, dropTarget: 50, heavy: false })));
    step('browser, stress plan');
    figures.push(...(await browserFigures({ label: 'stress', plan: stressPlan, today: TODAY, runs, bootTarget: 1000, dropTarget: 100, heavy: true })));
    const overhead = await bootReplyValidation(stressPlan, TODAY, runs);
    figures.push(
      figure('Harness only: app:boot dispatch with reply validation (stress)', 'ms', overhead.validated, undefined, 'the E2E harness validates replies; Electron (ipc.ts) does not'),
      figure('Harness only: app:boot dispatch without (as Electron) (stress)', 'ms', overhead.plain, undefined, 'each call on a plan just changed (main packs a plan once per change; a boot with no change since costs next to nothing)'),
    );
  }
  if (wanted('scale')) {
    for (const projects of scaleSizes()) {
      const label = `${projects.toLocaleString('en-US')} projects`;
      step(`scale: ${label}`);
      const plan = projects === 200 ? stressPlan : generateStressPlan(curriculum, { today: TODAY, projects });
      figures.push(...(await scaleFigures({ label, plan, today: TODAY, runs, bootTarget: projects === 10 ? 300 : projects === 2000 ? 800 : undefined })));
    }
    if (!process.env.BENCH_SCALE) {
      step('scale: steps stress');
      figures.push(...(await scaleFigures({ label: 'steps stress', plan: stressPlan, today: TODAY, runs, steps: true })));
    }
  }
  step('done');

  const loadAfter = loadavg()[0]!;
  console.log(loadLine('end', loadAfter));
  console.log(formatTable(figures, await readPrevious(resultsPath)));
  const missed = figures.filter((f) => f.met === false).map((f) => f.name);
  console.log(missed.length ? `\nmissed targets: ${missed.join('; ')}` : '\nall measured targets met');
  if (Math.max(loadBefore, loadAfter) > cpus().length) {
    console.log(`\nwarning: load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${cpus().length} cores; timings are inflated, re-run on a quiet machine`);
  }
  if (only) {
    console.log('(partial run: bench/results.json left as it was)');
    return;
  }
  const measuredAt = new Date().toISOString();
  await writeResults(resultsPath, figures, {
    measuredAt,
    runsPerFigure: runs,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', loadAverage1m: { before: loadBefore, after: loadAfter }, node: process.version },
  });
  console.log(`wrote ${resultsPath}`);
  const readme = join(dirname(resultsPath), 'README.md');
  if (!write) {
    console.log('bench/README.md left as it was (npm run bench -- --write refreshes its figures)');
    return;
  }
  if (await updateReadme(readme, markdownTable(figures, { measuredAt, loadAverage: Math.max(loadBefore, loadAfter), cpus: cpus().length }))) console.log(`updated the figures in ${readme}`);
}

/** The machine's load, printed at the start and the end: figures from a busy machine are inflated. */
function loadLine(when: 'start' | 'end', load: number): string {
  const busy = load > cpus().length ? ` — warning: busier than its ${cpus().length} cores, timings will be inflated` : '';
  return `load average (1 min) at ${when}: ${load.toFixed(1)} on ${cpus().length} cores${busy}`;
}

/** Plan sizes (project cards) for the scale part; BENCH_SCALE=200,2000 narrows it (steps view then skipped). */
const scaleSizes = () => (process.env.BENCH_SCALE ? process.env.BENCH_SCALE.split(',').map(Number) : [10, 200, 2000]);
