import { readFile, writeFile } from 'node:fs/promises';
import { median, p95 } from './stats';

export interface Target {
  /** The figure must stay at or below this value. */
  max: number;
  /** Which statistic the target is judged on. */
  on: 'median' | 'p95' | 'value';
}

export interface Figure {
  name: string;
  unit: string;
  median: number | null;
  p95: number | null;
  /** Number of measured runs (samples for frame figures). */
  runs: number;
  target: number | null;
  /** Which statistic `target` applies to. */
  targetOn: Target['on'] | null;
  met: boolean | null;
  /** Caveats a reader must know (provisional, method, what is missing). */
  note?: string;
}

/** `met` is null when a figure has no target or could not be measured. */
export function figure(name: string, unit: string, samples: readonly number[], target?: Target, note?: string): Figure {
  const m = samples.length ? round(median(samples)) : null;
  const p = samples.length ? round(p95(samples)) : null;
  const judged = target?.on === 'median' ? m : p;
  return {
    name,
    unit,
    median: m,
    p95: p,
    runs: samples.length,
    target: target?.max ?? null,
    targetOn: target?.on ?? null,
    met: target && judged !== null ? judged <= target.max : null,
    ...(note ? { note } : {}),
  };
}

/** A single measured value (a byte count, a write count): median and p95 are that value. */
export const single = (name: string, unit: string, value: number, target?: Target, note?: string): Figure =>
  figure(name, unit, [value], target ? { ...target, on: 'value' } : undefined, note);

export function missing(name: string, unit: string, target: Target | undefined, why: string): Figure {
  return { name, unit, median: null, p95: null, runs: 0, target: target?.max ?? null, targetOn: target?.on ?? null, met: null, note: `not measured: ${why}` };
}

const round = (n: number) => Math.round(n * 100) / 100;
/** Sizes keep two decimals so a bundle a few bytes over its budget does not print as on it. */
const show = (n: number | null, unit = '') => (n === null ? '—' : n >= 1000 || unit === 'disk writes' ? n.toFixed(0) : n.toFixed(unit === 'kB' ? 2 : 1));

/**
 * The console table. With `previous` (the last results.json), each figure's earlier median and
 * p95 are shown beside it: the before/after of a fix, read off directly.
 */
export function formatTable(figures: readonly Figure[], previous: readonly Figure[] = []): string {
  const before = new Map(previous.map((f) => [f.name, f]));
  const rows = figures.map((f) => {
    const old = before.get(f.name);
    return [
      f.name,
      f.unit,
      show(f.median, f.unit),
      show(f.p95, f.unit),
      old ? `${show(old.median, f.unit)} / ${show(old.p95, f.unit)}` : '',
      f.target === null ? '' : `≤ ${f.target} (${f.targetOn})`,
      f.met === null ? '' : f.met ? 'yes' : 'NO',
      String(f.runs),
    ];
  });
  const head = ['figure', 'unit', 'median', 'p95', 'before (median / p95)', 'target', 'met', 'runs'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  const notes = figures.filter((f) => f.note).map((f) => `  * ${f.name.trim()}: ${f.note}`);
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), ...(notes.length ? ['', 'notes:', ...notes] : [])].join('\n');
}

/** The figures of an earlier results.json, or none when there is no readable one. */
export async function readPrevious(path: string): Promise<Figure[]> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as { figures?: Figure[] };
    return Array.isArray(parsed.figures) ? parsed.figures : [];
  } catch {
    return [];
  }
}

export async function writeResults(path: string, figures: readonly Figure[], meta: Record<string, unknown>): Promise<void> {
  await writeFile(path, `${JSON.stringify({ ...meta, figures }, null, 2)}\n`);
}

export function markdownTable(figures: readonly Figure[], meta: { measuredAt: string; loadAverage: number; cpus: number }): string {
  const label = (name: string) => (name.startsWith('  ') ? `${'\u00a0'.repeat(name.length - name.trimStart().length)}↳ ${name.trim()}` : name);
  const rows = figures.map((f) => `| ${label(f.name)} | ${f.unit} | ${show(f.median, f.unit)} | ${show(f.p95, f.unit)} | ${f.target === null ? '' : `≤ ${f.target}`} | ${f.met === null ? (f.runs ? '' : 'not measured') : f.met ? 'yes' : '**no**'} |`);
  return [
    `Measured ${meta.measuredAt.slice(0, 16).replace('T', ' ')} UTC, ${meta.cpus} cores, load average ${meta.loadAverage.toFixed(1)} (above ${meta.cpus} means a busy machine and inflated times).`,
    '',
    '| figure | unit | median | p95 | target | met |',
    '| --- | --- | ---: | ---: | --- | --- |',
    ...rows,
  ].join('\n');
}

const START = '<!-- bench:results -->';
const END = '<!-- /bench:results -->';

/** Replaces the figures between the README's markers, so the README always shows the last full run. */
export async function updateReadme(path: string, table: string): Promise<boolean> {
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return false;
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  await writeFile(path, `${text.slice(0, start + START.length)}\n${table}\n${text.slice(end)}`);
  return true;
}
