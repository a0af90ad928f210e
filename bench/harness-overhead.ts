import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Plan } from '../src/shared/plan-schema';
import { fixedClock } from '../src/main/core/clock';
import { serializePlan } from '../src/main/core/plan-file';
import { dispatch } from '../src/main/handlers/dispatch';
import { startServices } from '../src/main/services';
import { repeat } from './stats';

/**
 * What the E2E harness adds to an `app:boot` call that Electron does not: the harness's
 * dispatcher re-validates every reply against the contract (`validateReplies: true`), which for
 * `app:boot` means parsing the whole plan again. Measured in Node, with and without.
 */
export async function bootReplyValidation(plan: Plan, today: string, runs: number): Promise<{ validated: number[]; plain: number[] }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'prep-planner-bench-harness-'));
  await writeFile(join(dataDir, 'planner.json'), serializePlan(plan));
  const refuse = () => Promise.reject(new Error('not used by the benchmark'));
  const services = await startServices({
    dataDir,
    clock: fixedClock(today),
    appVersion: '0.0.0-bench',
    printToPdf: refuse,
    dialogs: { chooseFolder: refuse, saveFile: refuse, openFile: refuse },
    shell: { openExternal: refuse, openPath: refuse, showItemInFolder: () => undefined },
  });
  // Each call meets a plan it has not packed yet, as the first boot after a change does: main
  // keeps the packed plan per plan object (core/boot-plan.ts), so a second call with no change in
  // between costs next to nothing and would say nothing about the reply.
  const time = (validateReplies: boolean) =>
    repeat(runs, async () => {
      await services.store.replace(structuredClone(services.store.plan));
      const t0 = performance.now();
      const result = await dispatch(services.handlers, 'app:boot', {}, { validateReplies });
      if (!result.ok) throw new Error(`app:boot failed: ${result.error.message}`);
      return performance.now() - t0;
    }, 2);
  try {
    return { validated: await time(true), plain: await time(false) };
  } finally {
    await services.store.flush();
    await rm(dataDir, { recursive: true, force: true });
  }
}
