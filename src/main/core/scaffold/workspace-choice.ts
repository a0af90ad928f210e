import { isAbsolute, join } from 'node:path';
import { nanoid } from 'nanoid';
import { AppError } from '@shared/ipc/result';
import { describeFsError, isErrno, type FsPort } from '../fs-port';

/** How many workspace folders the browser's path field offers again. */
export const RECENT_WORKSPACES = 8;

/**
 * Checks a workspace path the user typed (browser mode has no folder dialog to vouch for it): a
 * full path to an existing folder that this process can create files in. Writability is tested by
 * creating and removing a uniquely named empty file, because `access(W_OK)` says yes to root even
 * where a write would fail. Throws AppError in plain words; returns the path as typed.
 */
export async function checkWorkspacePath(fs: FsPort, path: string): Promise<string> {
  if (!isAbsolute(path)) {
    throw new AppError('invalid-input', `Type the workspace folder's full path (for example /home/you/projects); "${path}" is not one.`);
  }
  const stat = await fs.stat(path).catch((error: unknown) => {
    if (isErrno(error, 'ENOENT') || isErrno(error, 'ENOTDIR')) throw new AppError('not-found', `There is no folder at ${path}. Create it first, or check the spelling.`);
    throw new AppError('io-error', `${path} cannot be checked: ${describeFsError(error)}.`);
  });
  if (!stat.isDirectory()) throw new AppError('conflict', `${path} is a file, not a folder. Type a folder's path.`);
  const probe = join(path, `.prep-planner-write-check-${nanoid(8)}`);
  try {
    const handle = await fs.open(probe, 'wx');
    await handle.close();
  } catch (error) {
    throw new AppError('read-only', `Prep Planner cannot create files in ${path}: ${describeFsError(error)}. Choose a folder you can write to.`);
  }
  await fs.rm(probe, { force: true }).catch(() => undefined);
  return path;
}

/** The recent list with `path` first, without duplicates, at most RECENT_WORKSPACES long. */
export function withRecentWorkspace(recent: readonly string[], path: string): string[] {
  return [path, ...recent.filter((p) => p !== path)].slice(0, RECENT_WORKSPACES);
}
