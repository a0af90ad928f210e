import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plan } from '../../src/shared/plan-schema';
import type { LaunchedApp } from './harness';

/**
 * The plan as planner.json holds it once main has written everything it was sent: the store's
 * pending write is flushed first, so a test reads what a later start of the app would load.
 */
export async function planOnDisk(app: LaunchedApp): Promise<Plan> {
  await app.services.store.flush();
  return JSON.parse(await readFile(join(app.dataDir, 'planner.json'), 'utf8')) as Plan;
}
