import { basename } from 'node:path';
import type { Curriculum } from '@shared/curriculum-schema';
import { reconcileWithCurriculum } from '@shared/default-plan';
import { AppError } from '@shared/ipc/result';
import type { Plan } from '@shared/plan-schema';
import type { FsPort } from './fs-port';
import { parsePlanText } from './plan-file';
import { describeFsError, type PlanStore } from './plan-store';

/** Far above any real plan (a full one is well under 1 MB); stops a wrong pick from filling memory. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

export type BackupCheck = { ok: true; plan: Plan } | { ok: false; reason: string };

/**
 * Judges a backup's text completely before anything is touched: JSON, format version (older ones
 * are migrated), the full plan schema with board integrity, and fit with this app's curriculum.
 */
export function checkBackupText(text: string, curriculum: Curriculum): BackupCheck {
  const outcome = parsePlanText(text);
  if (outcome.kind === 'newer') return { ok: false, reason: `it was made by a newer Prep Planner (format ${outcome.version}); update the app to restore it` };
  if (outcome.kind === 'corrupt') return { ok: false, reason: outcome.reason };
  const plan = outcome.plan;
  const known = new Set(curriculum.projects.map((p) => p.id));
  // The learner's own projects (issue 15) are theirs to keep; any other unknown id is a mismatch.
  const unknown = Object.keys(plan.projects).filter((id) => !known.has(id) && !plan.projects[id]!.custom);
  if (unknown.length) return { ok: false, reason: `it has projects this roadmap does not know (${unknown.slice(0, 3).join(', ')})` };
  if (plan.weeks.length > curriculum.weeks.length) return { ok: false, reason: `it has ${plan.weeks.length} weeks; this roadmap has ${curriculum.weeks.length}` };
  const overfull = plan.weeks.findIndex((w, i) => w.goalsDone.length > curriculum.weeks[i]!.goals.length);
  if (overfull >= 0) return { ok: false, reason: `week ${overfull + 1} has more goals than this roadmap's week ${overfull + 1}` };
  return { ok: true, plan: reconcileWithCurriculum(plan, curriculum) };
}

/** Reads and checks a backup file; throws AppError('invalid-input') with the reason when it is unusable. */
export async function readBackupFile(fs: FsPort, path: string, curriculum: Curriculum): Promise<Plan> {
  const name = basename(path);
  const info = await fs.stat(path).catch((error: unknown) => {
    throw new AppError('io-error', `${name} could not be opened: ${describeFsError(error)}. Your plan was not changed.`);
  });
  if (!info.isFile()) throw new AppError('invalid-input', `${name} is not a file. Your plan was not changed.`);
  if (info.size > MAX_BACKUP_BYTES) throw new AppError('invalid-input', `${name} is too large to be a Prep Planner backup. Your plan was not changed.`);
  const text = await fs.readFile(path, 'utf8').catch((error: unknown) => {
    throw new AppError('io-error', `${name} could not be read: ${describeFsError(error)}. Your plan was not changed.`);
  });
  const check = checkBackupText(text, curriculum);
  if (!check.ok) throw new AppError('invalid-input', `${name} cannot be restored: ${check.reason}. Your plan was not changed.`);
  return check.plan;
}

/**
 * Replaces the plan with a checked one, after saving the current plan as a snapshot under a name
 * no other snapshot has: if the snapshot cannot be written, nothing is replaced. Other changes
 * (and other restores) wait until it is done, so each lands either in the snapshot or on top of
 * the restored plan; the store's revision goes up, so the renderer drops its undo history.
 */
export async function restorePlan(store: PlanStore, plan: Plan): Promise<{ plan: Plan; snapshot: string }> {
  return store.exclusiveReplace(async (current) => {
    const snapshotPath = await store.backups.saveSnapshot(current, 'before-restore').catch((error: unknown) => {
      throw new AppError('io-error', `Your current plan could not be backed up first (${describeFsError(error)}), so nothing was restored.`);
    });
    const restored = await store.replace(plan);
    await store.backups.prune().catch(() => undefined);
    return { plan: restored, snapshot: basename(snapshotPath) };
  });
}
