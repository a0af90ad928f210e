import { PLAN_VERSION } from '@shared/plan-schema';

type Migration = (plan: Record<string, unknown>) => Record<string, unknown>;

/**
 * `MIGRATIONS[n]` turns a version-n plan into version n+1. Version 1 is the first shipped format.
 * Fields added later carry zod defaults (filled when the plan is parsed), so a step only needs to
 * change what a default cannot express.
 */
export const MIGRATIONS: Record<number, Migration> = {
  /**
   * 2: weeks gain tasksDone, autoTicked and studyLog, projects stackChoices (defaulted by the schema); roadmap progress in
   * exports becomes private by default, so format 1's default (published) is switched off once.
   */
  1: (p) => ({ ...p, version: 2, settings: withPrivateProgress(p.settings) }),
};

export class NewerPlanError extends Error {
  constructor(readonly version: number) {
    super(`planner.json was written by a newer Prep Planner (format ${version}; this app reads up to ${PLAN_VERSION})`);
  }
}

/** Returns the plan at the current version, or throws when it cannot be brought there. */
export function migratePlan(raw: Record<string, unknown>, migrations = MIGRATIONS, target = PLAN_VERSION): Record<string, unknown> {
  let plan = raw;
  const readVersion = (p: Record<string, unknown>): number => {
    const v = p.version;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Error('the file has no valid format version');
    return v;
  };
  let version = readVersion(plan);
  if (version > target) throw new NewerPlanError(version);
  while (version < target) {
    const step = migrations[version];
    if (!step) throw new Error(`no migration from format ${version}`);
    plan = step(plan);
    version = readVersion(plan);
  }
  return plan;
}

function withPrivateProgress(settings: unknown): unknown {
  if (!settings || typeof settings !== 'object') return settings;
  const s = settings as Record<string, unknown>;
  const portfolio = s.portfolio;
  if (!portfolio || typeof portfolio !== 'object') return settings;
  return { ...s, portfolio: { ...(portfolio as Record<string, unknown>), includeProgress: false } };
}
