import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Curriculum } from '../src/shared/curriculum-schema';
import type { Plan } from '../src/shared/plan-schema';
import { buildPortfolioModel } from '../src/shared/export/portfolio-model';
import { renderMarkdown } from '../src/shared/export/markdown';
import { renderHtml } from '../src/shared/export/html';
import { fixedClock } from '../src/main/core/clock';
import { serializePlan } from '../src/main/core/plan-file';
import { dispatch } from '../src/main/handlers/dispatch';
import { startServices } from '../src/main/services';
import { repeat } from './stats';

/** The pure renderers main calls, in Node: building the model, then the text. */
export async function rendererSamples(curriculum: Curriculum, plan: Plan, today: string, runs: number) {
  const options = { ...plan.settings.portfolio, includeInProgress: true, includeProgress: true, includeNotes: true };
  const timed = (render: (model: ReturnType<typeof buildPortfolioModel>) => string) =>
    repeat(runs, async () => {
      const t0 = performance.now();
      render(buildPortfolioModel(curriculum, plan, options, today));
      return performance.now() - t0;
    }, 3);
  return { markdown: await timed(renderMarkdown), html: await timed(renderHtml) };
}

/**
 * The whole export as main runs it: the `portfolio:export` handler through the IPC dispatcher (the
 * save dialog answered at once), rendering and writing the file atomically to a real disk.
 */
export async function handlerSamples(plan: Plan, today: string, runs: number) {
  const dataDir = await mkdtemp(join(tmpdir(), 'prep-planner-bench-export-'));
  const saveDir = await mkdtemp(join(tmpdir(), 'prep-planner-bench-saved-'));
  await writeFile(join(dataDir, 'planner.json'), serializePlan(plan));
  const services = await startServices({
    dataDir,
    clock: fixedClock(today),
    appVersion: '0.0.0-bench',
    printToPdf: () => Promise.reject(new Error('PDF is not part of the benchmark')),
    dialogs: { chooseFolder: async () => null, saveFile: async ({ defaultName }) => join(saveDir, defaultName), openFile: async () => null },
    shell: { openExternal: async () => undefined, openPath: async () => '', showItemInFolder: () => undefined },
  });
  try {
    const timed = (format: 'markdown' | 'html') =>
      repeat(runs, async () => {
        const t0 = performance.now();
        const result = await dispatch(services.handlers, 'portfolio:export', { format });
        const elapsed = performance.now() - t0;
        if (!result.ok) throw new Error(`portfolio:export ${format} failed: ${result.error.message}`);
        return elapsed;
      }, 2);
    return { markdown: await timed('markdown'), html: await timed('html') };
  } finally {
    await services.store.flush();
    await rm(dataDir, { recursive: true, force: true });
    await rm(saveDir, { recursive: true, force: true });
  }
}
