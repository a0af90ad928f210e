import { isAbsolute, resolve } from 'node:path';

/**
 * Where planner.json lives: `PREP_PLANNER_DATA_DIR` when set (tests, portable installs on a USB
 * stick), otherwise the OS's per-user app data folder that Electron reports.
 */
export function resolveDataDir(env: Record<string, string | undefined>, userDataDir: string, cwd = process.cwd()): string {
  const override = env.PREP_PLANNER_DATA_DIR?.trim();
  if (!override) return userDataDir;
  return isAbsolute(override) ? override : resolve(cwd, override);
}
