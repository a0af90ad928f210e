import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { Notice } from '@shared/ipc/channels/app';
import { isErrno, type FsPort } from './fs-port';
import type { ParseOutcome } from './plan-file';

/**
 * Hex SHA-256 of a file's bytes (or of text, as its UTF-8 bytes). The store hashes bytes as read:
 * hashing a string first encodes it, which costs ten times the hash itself on a 1 MB plan.
 */
export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Thrown by the pre-write check: planner.json is not the file this app last read or wrote. */
export class OutsideChangeError extends Error {
  constructor() {
    super('planner.json was changed outside Prep Planner');
  }
}

/** Thrown when a write was built on a plan that has since been replaced (restore, outside reload). */
export class StaleWriteError extends Error {
  constructor() {
    super('the plan was replaced before this change was written');
  }
}

/** planner.json's text, or null when it is not there. Other read errors are thrown. */
/** The file's bytes, or null when it does not exist (other errors are thrown). */
export async function readBytesIfPresent(fs: FsPort, path: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    throw error;
  }
}

/**
 * Copies the outside file to `planner.json.external-<stamp>` (`-2`, `-3`… when taken), beside it,
 * before anything else happens to it. Returns the copy's path.
 */
export async function keepExternalCopy(fs: FsPort, path: string, text: string, stamp: string): Promise<string> {
  const taken = new Set(await fs.readdir(dirname(path)).catch(() => [] as string[]));
  let name = `${basename(path)}.external-${stamp}`;
  for (let n = 2; taken.has(name); n++) name = `${basename(path)}.external-${stamp}-${n}`;
  const copy = join(dirname(path), name);
  const handle = await fs.open(copy, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
  } catch (error) {
    // Never leave a half-written copy (a full disk): it would pass for the outside version.
    await handle.close().catch(() => undefined);
    await fs.rm(copy, { force: true }).catch(() => undefined);
    throw error;
  }
  return copy;
}

/**
 * The notice for an outside change, by what the outside file turned out to hold. `copy` is where
 * the outside file was kept, or null when that copy could not be written (the notice says so).
 */
export function outsideChangeNotice(outcome: ParseOutcome, copy: string | null, snapshot: string | null, planPath: string): Notice {
  const yours = snapshot ? ` The plan as Prep Planner had it is kept as ${basename(snapshot)} under Backup & restore, if you want it back.` : '';
  if (outcome.kind === 'ok') {
    const kept = copy ? ' and a copy of it was kept at the path below' : ' (it is planner.json itself, at the path below; a separate copy could not be written)';
    return { id: 'outside-change', level: 'warning', title: 'Your plan was changed outside Prep Planner', message: `planner.json was changed by another program (a sync tool, an editor, or another copy of the app) while Prep Planner was open. That version is now shown${kept}.${yours} Undo history was cleared, because it belonged to the earlier plan.`, path: copy ?? planPath };
  }
  if (outcome.kind === 'newer') {
    const kept = copy ? ' A copy was kept at the path below.' : '';
    return { id: 'outside-newer', level: 'warning', title: 'A newer Prep Planner saved your plan', message: `planner.json was replaced by a plan from a newer Prep Planner (format ${outcome.version}). This version will not save over it, so changes made now are not kept.${kept} Update Prep Planner, then open it again.`, path: copy ?? planPath };
  }
  if (!copy) {
    return { id: 'outside-damaged', level: 'error', title: 'Your plan file was replaced by a damaged one', message: `planner.json was replaced from outside by a file that cannot be used (${outcome.reason}). No copy of it could be written (is the disk full?), so Prep Planner leaves that file as it is for now and shows the plan it had. Free some space; your next change saves the plan you see over it.`, path: planPath };
  }
  return { id: 'outside-damaged', level: 'error', title: 'Your plan file was replaced by a damaged one', message: `planner.json was replaced from outside by a file that cannot be used (${outcome.reason}). That file was kept at the path below, and Prep Planner saved the plan you see over it, so nothing you made here is lost.`, path: copy };
}
