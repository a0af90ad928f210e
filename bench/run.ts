/**
 * `npm run bench`: builds the app, then measures it (see bench/README.md). Timings are printed
 * and written to bench/results.json, never asserted by the test suite.
 *
 * Env: PREP_PLANNER_OUT_DIR (build folder, default `out`), BENCH_RUNS (runs per figure, ≥10),
 * BENCH_ONLY (comma-separated parts: bundle, store, export, browser, scale, reference; a partial run prints only),
 * BENCH_SCALE (project-card counts for the scale part, default 10,200,2000; set, it skips the steps view).
 * `--write` (npm run bench -- --write) also refreshes the figures in bench/README.md; without it
 * the working tree is left clean (results.json is git-ignored).
 */
import { resolve } from 'node:path';

process.env.PREP_PLANNER_OUT_DIR = resolve(process.env.PREP_PLANNER_OUT_DIR ?? 'out');
const { runBenchmark } = await import('./benchmark');
const only = process.env.BENCH_ONLY?.split(',').map((p) => p.trim()) as import('./benchmark').BenchPart[] | undefined;
await runBenchmark({
  outDir: process.env.PREP_PLANNER_OUT_DIR,
  runs: Math.max(10, Number(process.env.BENCH_RUNS ?? 10) || 10),
  resultsPath: resolve(import.meta.dirname, 'results.json'),
  only,
  write: process.argv.includes('--write'),
});
