import { z } from 'zod';
import { PlanSchema, type Plan } from '@shared/plan-schema';
import { migratePlan, MIGRATIONS, NewerPlanError } from './migrations';

export type ParseOutcome =
  | { kind: 'ok'; plan: Plan; migratedFrom: number | null }
  | { kind: 'newer'; version: number }
  | { kind: 'corrupt'; reason: string };

/** Decides what a plan file's text holds, without touching the disk. */
export function parsePlanText(input: string, migrations = MIGRATIONS): ParseOutcome {
  // Some Windows editors save UTF-8 with a byte-order mark; it is not part of the JSON.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.trim() === '') return { kind: 'corrupt', reason: 'the file is empty' };
  if (text.includes('\u0000')) return { kind: 'corrupt', reason: 'the file contains NUL bytes (a disk or crash fault)' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'corrupt', reason: 'the file is not valid JSON (it may be truncated)' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { kind: 'corrupt', reason: 'the file does not hold a plan object' };
  }
  const from = (raw as { version?: unknown }).version;
  let migrated: Record<string, unknown>;
  try {
    migrated = migratePlan(raw as Record<string, unknown>, migrations);
  } catch (error) {
    if (error instanceof NewerPlanError) return { kind: 'newer', version: error.version };
    return { kind: 'corrupt', reason: (error as Error).message };
  }
  const parsed = PlanSchema.safeParse(migrated);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'plan'}: ${i.message}`);
    return { kind: 'corrupt', reason: `the plan does not have the expected shape (${first.join('; ')})` };
  }
  return { kind: 'ok', plan: parsed.data, migratedFrom: from === parsed.data.version ? null : (from as number) };
}

/** When a plan was last saved (ms since 1970), from the `savedAt` it carries; null when it has none or it does not parse. */
export function savedAtMs(plan: Pick<Plan, 'savedAt'>): number | null {
  const ms = plan.savedAt ? Date.parse(plan.savedAt) : NaN;
  return Number.isFinite(ms) ? ms : null;
}

export const serializePlan = (plan: Plan): string => JSON.stringify(plan, null, 2);

export const formatZodError = (error: z.ZodError): string[] =>
  error.issues.slice(0, 5).map((i) => `${i.path.join('.') || 'value'}: ${i.message}`);
