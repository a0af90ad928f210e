import type { Plan } from '@shared/plan-schema';
import type { Notice } from '@shared/ipc/channels/app';
import type { Backups } from './backups';
import { describeFsError, isErrno, type FsPort } from './fs-port';
import { parsePlanText } from './plan-file';

export interface LoadedPlan {
  /** The plan to work from; null means start a fresh one. */
  plan: Plan | null;
  notices: Notice[];
  /** planner.json must be (re)written: it was missing, migrated, or replaced by a recovery. */
  needsWrite: boolean;
  /**
   * Why nothing may be written this session, or null. Set when planner.json holds something that
   * could not be moved aside (a damaged file, a newer version's plan, a file we may not read):
   * saving over it would destroy the only copy.
   */
  readOnly: string | null;
}

interface LoadOptions {
  path: string;
  tempPath: string;
  fs: FsPort;
  backups: Backups;
  /** Suffix for files kept aside (`planner.json.corrupt-<stamp>`). */
  stamp: string;
}

/** Reads planner.json and decides what the app works from, never deleting or overwriting anything. */
export async function loadPlan({ path, tempPath, fs, backups, stamp }: LoadOptions): Promise<LoadedPlan> {
  const notices: Notice[] = [];

  // A temp file left behind means a write was cut short; the rename never happened, so
  // planner.json is the last complete write. Keep the fragment aside for inspection.
  if (await fs.stat(tempPath).then(() => true, () => false)) {
    const aside = `${tempPath}-leftover-${stamp}`;
    const moved = await fs.rename(tempPath, aside).then(() => true, () => false);
    notices.push({
      id: 'leftover-temp',
      level: 'info',
      title: 'An unfinished save was found',
      message: `Prep Planner was stopped while saving. Your plan was loaded from the last complete save; the unfinished file was ${moved ? 'kept aside' : 'left where it is'}.`,
      path: moved ? aside : tempPath,
    });
  }

  let text: string | null;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) {
      const recovered = await backups.newestValid();
      const readOnly = `Prep Planner cannot read ${path} (${describeFsError(error)}), so it will not save over it.`;
      notices.push({ id: 'unreadable-plan', level: 'error', title: 'Your plan file cannot be read', message: `${readOnly} You are looking at ${recoveredFrom(recovered)}; changes are not saved until the file can be read.`, path });
      return { plan: recovered?.plan ?? null, notices, needsWrite: false, readOnly };
    }
    text = null;
  }
  if (text === null) return { plan: null, notices, needsWrite: true, readOnly: null };

  const outcome = parsePlanText(text);
  if (outcome.kind === 'ok') {
    if (outcome.migratedFrom === null) return { plan: outcome.plan, notices, needsWrite: false, readOnly: null };
    const copy = await backups.copySnapshot(path, 'before-migration');
    notices.push({ id: 'migrated', level: 'info', title: 'Your plan was upgraded', message: `The plan was converted from format ${outcome.migratedFrom}. A copy of the old file was kept.`, path: copy });
    return { plan: outcome.plan, notices, needsWrite: true, readOnly: null };
  }

  const aside = `${path}.${outcome.kind === 'newer' ? 'newer' : 'corrupt'}-${stamp}`;
  const moveError = await fs.rename(path, aside).then(() => null, (error: unknown) => error);
  const recovered = await backups.newestValid();
  const from = recoveredFrom(recovered);
  const kept = moveError === null ? aside : path;
  const readOnly = moveError === null ? null : `planner.json could not be moved aside (${describeFsError(moveError)}), so nothing is saved over it.`;
  const where = moveError === null ? 'It was kept aside untouched' : `${readOnly} It was left untouched`;
  notices.push(
    outcome.kind === 'newer'
      ? { id: 'newer-plan', level: 'warning', title: 'Plan made by a newer version', message: `Your plan was saved by a newer Prep Planner (format ${outcome.version}). ${where} so this older version cannot damage it; you are working from ${from}. Update Prep Planner to open it again.`, path: kept }
      : { id: 'corrupt-plan', level: 'error', title: 'Your plan file was damaged', message: `planner.json could not be used: ${outcome.reason}. ${moveError === null ? 'It was moved aside, nothing was deleted,' : `${where},`} and you are working from ${from}.`, path: kept },
  );
  return { plan: recovered?.plan ?? null, notices, needsWrite: moveError === null, readOnly };
}

const recoveredFrom = (recovered: { info: { name: string } } | null) =>
  recovered ? `the backup of ${recovered.info.name.replace(/^planner-|\.json$/g, '')}` : 'a fresh plan';
