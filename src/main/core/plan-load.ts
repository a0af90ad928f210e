import { basename, dirname, join } from 'node:path';
import type { Plan } from '@shared/plan-schema';
import type { Notice } from '@shared/ipc/channels/app';
import type { BackupInfo, Backups } from './backups';
import { tempPrefixFor } from './atomic-writer';
import { describeFsError, isErrno, type FsPort } from './fs-port';
import { parsePlanText, savedAtMs } from './plan-file';
import { sha256 } from './outside-change';

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
  /**
   * SHA-256 of planner.json's bytes when the plan was read from it unchanged (what "last read"
   * means later), or null. Bytes, not decoded text: the store's checks hash what is on disk as read,
   * without decoding a megabyte of UTF-8 on every save.
   */
  diskHash: string | null;
}

interface LoadOptions {
  path: string;
  /** The file writes land in (planner.json's real target when it is a link): leftovers sit beside it. */
  target: string;
  fs: FsPort;
  backups: Backups;
  /** Suffix for files kept aside (`planner.json.corrupt-<stamp>`). */
  stamp: string;
  /**
   * Another process writes this folder: read only, never move, delete or clean anything, since
   * its temp files may be writes in progress.
   */
  observer?: boolean;
}

/** Reads planner.json and decides what the app works from, never deleting or overwriting a plan. */
export async function loadPlan(options: LoadOptions): Promise<LoadedPlan> {
  const { path, fs, backups, stamp, observer = false } = options;
  const notices: Notice[] = [];
  const leftovers = observer ? [] : await findLeftovers(fs, options.target);
  if (!observer) await backups.removeTemps();

  const finish = async (loaded: Omit<LoadedPlan, 'notices'>): Promise<LoadedPlan> => {
    notices.push(...(await settleLeftovers(fs, backups, leftovers, loaded.plan)));
    return { ...loaded, notices };
  };

  let text: string | null;
  let bytes: Buffer | null = null;
  try {
    bytes = await fs.readFile(path);
    text = bytes.toString('utf8');
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) {
      const recovered = await backups.newestValid();
      const readOnly = `Prep Planner cannot read ${path} (${describeFsError(error)}), so it will not save over it.`;
      notices.push({ id: 'unreadable-plan', level: 'error', title: 'Your plan file cannot be read', message: `${readOnly} You are looking at ${recoveredFrom(recovered)}; changes are not saved until the file can be read. Check the file's permissions, then restart Prep Planner.`, path });
      return finish({ plan: recovered?.plan ?? null, needsWrite: false, readOnly, diskHash: null });
    }
    text = null;
  }

  if (text === null) {
    // Deleted by hand, lost by a sync tool, or a crash right after a damaged file was moved aside:
    // the newest backup is the user's work, a fresh plan would silently drop it.
    const recovered = await backups.newestValid();
    if (recovered) {
      notices.push({ id: 'recovered-missing', level: 'warning', title: 'Your plan was recovered from a backup', message: `planner.json was missing from ${dirname(path)}, so Prep Planner loaded ${recoveredFrom(recovered)} (kept at the path below) and saved it as planner.json. Changes made after that backup may be missing; other copies are under Backup & restore.`, path: recovered.info.path });
    }
    return finish({ plan: recovered?.plan ?? null, needsWrite: !observer, readOnly: null, diskHash: null });
  }

  const outcome = parsePlanText(text);
  if (outcome.kind === 'ok') {
    if (outcome.migratedFrom === null || observer) return finish({ plan: outcome.plan, needsWrite: false, readOnly: null, diskHash: sha256(bytes!) });
    const copy = await backups.copySnapshot(path, 'before-migration');
    notices.push({ id: 'migrated', level: 'info', title: 'Your plan was upgraded', message: `The plan was converted from format ${outcome.migratedFrom}. A copy of the old file was kept.`, path: copy });
    return finish({ plan: outcome.plan, needsWrite: true, readOnly: null, diskHash: null });
  }

  if (observer) {
    const recovered = await backups.newestValid();
    return finish({ plan: recovered?.plan ?? null, needsWrite: false, readOnly: null, diskHash: sha256(bytes!) });
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
  return finish({ plan: recovered?.plan ?? null, needsWrite: moveError === null, readOnly, diskHash: moveError === null ? null : sha256(bytes!) });
}

export const recoveredFrom = (recovered: { info: Pick<BackupInfo, 'name'> } | null) =>
  recovered ? `the backup ${recovered.info.name}` : 'a fresh plan';

interface Leftover {
  path: string;
  text: string | null;
  mtimeMs: number;
}

/** Temp files a cut-short write left beside planner.json (any writer's name: `planner.json.tmp…`). */
async function findLeftovers(fs: FsPort, target: string): Promise<Leftover[]> {
  const dir = dirname(target);
  const prefix = tempPrefixFor(target);
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(prefix));
  const found: Leftover[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const text = await fs.readFile(path, 'utf8').catch(() => null);
    found.push({ path, text, mtimeMs: (await fs.stat(path).catch(() => null))?.mtimeMs ?? 0 });
  }
  return found;
}

/**
 * A temp file is a write whose rename never happened: it was never acknowledged. When it holds a
 * valid plan newer than the one loaded, it is offered (one `unsaved` backup, restorable from the
 * Backup panel, replacing any earlier offer); every temp file is then deleted, so crashes do not
 * pile up fragments.
 */
async function settleLeftovers(fs: FsPort, backups: Backups, leftovers: Leftover[], loaded: Plan | null): Promise<Notice[]> {
  const loadedMs = loaded ? (savedAtMs(loaded) ?? 0) : -Infinity;
  let newest: { text: string; ms: number } | null = null;
  for (const left of leftovers) {
    const outcome = left.text === null ? null : parsePlanText(left.text);
    if (outcome?.kind !== 'ok') continue;
    const ms = savedAtMs(outcome.plan) ?? left.mtimeMs;
    if (ms > loadedMs && (!newest || ms > newest.ms)) newest = { text: left.text!, ms };
  }
  const notices: Notice[] = [];
  if (newest) {
    const offered = await backups.offerUnsaved(newest.text).catch(() => null);
    if (offered) {
      notices.push({ id: 'unsaved-offer', level: 'info', title: 'A change that was being saved was found', message: `Prep Planner stopped while saving a change, so your plan was loaded from the last complete save. The unfinished save was complete and newer, so it was kept as ${basename(offered)}; to use it, choose it under Portfolio → Backup & restore.`, path: offered });
    } else {
      return notices; // could not keep it: leave the temp files where they are rather than lose them
    }
  }
  for (const left of leftovers) await fs.rm(left.path, { force: true }).catch(() => undefined);
  return notices;
}
