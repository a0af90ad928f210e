/*
 * Plain constants of the plan's schema, in a file without zod: the renderer imports these, and a
 * value import of plan-schema.ts would pull zod (~40 kB gzip) into the renderer bundle (the
 * benchmark's bundle target: renderer JS ≤ 150 kB gzip). plan-schema.ts re-exports them.
 */

/** The plan file's format version. Bump it with a migration in src/main/core/migrations.ts. */
export const PLAN_VERSION = 2;

/** Limits of a project's own words (issue 15: editable name, description and stack), characters. */
export const PROJECT_TEXT_LIMITS = { name: 120, description: 2000, stack: 300 } as const;
