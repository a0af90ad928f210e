import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@shared/ipc/result';
import { isErrno, type FsPort } from '../fs-port';
import { describeWriteError } from './fs-errors';
import { isInside, safeSegments, unsafeSegmentReason } from './safe-path';

export interface ScaffoldFile {
  /** `/`-separated path inside the project folder. */
  path: string;
  content: string;
}

export interface ScaffoldOutcome {
  /** The project folder's real, absolute path. */
  folder: string;
  /** Workspace-relative paths this run made (folders end with `/`), in creation order. */
  created: string[];
  /** Workspace-relative paths that already existed and were left untouched. */
  kept: string[];
  /** Removes what this run created (e.g. when saving the plan afterwards fails). */
  undo(): Promise<void>;
}

const lstatOrNull = async (fs: FsPort, path: string): Promise<Stats | null> => {
  try {
    return await fs.lstat(path);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    throw error;
  }
};

/** The workspace folder's real path; it must exist and be a folder. */
export async function resolveWorkspace(fs: FsPort, workspaceDir: string): Promise<string> {
  let real: string;
  try {
    real = await fs.realpath(workspaceDir);
  } catch {
    throw new AppError('not-found', `The workspace folder ${workspaceDir} is not there any more. Choose a workspace folder again.`);
  }
  if (!(await fs.stat(real)).isDirectory()) throw new AppError('conflict', `The workspace ${workspaceDir} is a file, not a folder. Choose a folder.`);
  return real;
}

/**
 * Creates `<workspace>/<folderName>/` with `files`, never replacing anything: existing files (and
 * links, whatever they point to) are kept as they are and only missing ones are written, with
 * O_EXCL so a file appearing meanwhile is not overwritten either. Every folder on the way is
 * checked with lstat and realpath: a link, or anything resolving outside the workspace, stops the
 * run. On any failure, what this run created is removed again and an AppError says why.
 */
export async function writeScaffold(
  fs: FsPort,
  request: { workspaceDir: string; folderName: string; files: ScaffoldFile[] },
): Promise<ScaffoldOutcome> {
  const root = await resolveWorkspace(fs, request.workspaceDir);
  const reason = unsafeSegmentReason(request.folderName);
  if (reason) throw new AppError('unsafe-path', `The folder name "${request.folderName}" ${reason}.`);
  const folder = join(root, request.folderName);
  if (!isInside(root, folder)) throw new AppError('unsafe-path', `${folder} is outside the workspace.`);

  const createdFiles: string[] = [];
  const createdDirs: string[] = [];
  const created: string[] = [];
  const kept: string[] = [];
  const seenDirs = new Set<string>();
  const label = (path: string, isDir: boolean) => `${request.folderName}${path ? `/${path}` : ''}${isDir ? '/' : ''}`;
  const undo = () => rollback(fs, createdFiles, createdDirs);

  const ensureDir = async (dir: string, rel: string): Promise<void> => {
    if (seenDirs.has(dir)) return;
    const stats = await lstatOrNull(fs, dir);
    if (!stats) {
      await fs.mkdir(dir);
      createdDirs.push(dir);
      created.push(label(rel, true));
    } else if (stats.isSymbolicLink()) {
      throw new AppError('unsafe-path', `${dir} is a link to another place; Prep Planner does not write through links. Replace it with a real folder.`);
    } else if (!stats.isDirectory()) {
      throw new AppError('conflict', `A file is in the way where a folder is needed: ${dir}. Move or rename it and try again.`);
    } else {
      kept.push(label(rel, true));
    }
    // Belt and braces against a folder swapped for a link between the checks above and now.
    if (!isInside(root, await fs.realpath(dir))) throw new AppError('unsafe-path', `${dir} resolves outside the workspace.`);
    seenDirs.add(dir);
  };

  let current = folder;
  try {
    await ensureDir(folder, '');
    for (const file of request.files) {
      const segments = safeSegments(file.path);
      let dir = folder;
      for (let i = 0; i < segments.length - 1; i++) {
        dir = join(dir, segments[i]!);
        current = dir;
        await ensureDir(dir, segments.slice(0, i + 1).join('/'));
      }
      const path = join(dir, segments.at(-1)!);
      current = path;
      if (await lstatOrNull(fs, path)) {
        kept.push(label(file.path, false));
        continue;
      }
      const handle = await fs.open(path, 'wx').catch((error: unknown) => {
        if (isErrno(error, 'EEXIST')) return null; // appeared since the check: theirs, so keep it
        throw error;
      });
      if (!handle) {
        kept.push(label(file.path, false));
        continue;
      }
      createdFiles.push(path);
      try {
        await handle.writeFile(file.content, 'utf8');
      } finally {
        await handle.close();
      }
      created.push(label(file.path, false));
    }
  } catch (error) {
    const failure = describeWriteError(error, current);
    const leftovers = await undo();
    const note = leftovers.length
      ? `Some items from this attempt could not be removed: ${leftovers.join(', ')}.`
      : created.length
        ? 'Nothing was left behind: the items created before the failure were removed.'
        : 'Nothing was created.';
    throw new AppError(failure.code, `${failure.message} ${note}`, failure.details);
  }
  return { folder, created, kept, undo: async () => void (await undo()) };
}

/** Removes created files, then created folders deepest first; returns what could not be removed. */
async function rollback(fs: FsPort, files: string[], dirs: string[]): Promise<string[]> {
  const leftovers: string[] = [];
  for (const file of [...files].reverse()) {
    await fs.unlink(file).catch((e: unknown) => void (isErrno(e, 'ENOENT') || leftovers.push(file)));
  }
  // rmdir, never a recursive rm: a folder someone filled meanwhile stays, with their files.
  for (const dir of [...dirs].reverse()) {
    await fs.rmdir(dir).catch((e: unknown) => void (isErrno(e, 'ENOENT') || leftovers.push(dir)));
  }
  files.length = 0;
  dirs.length = 0;
  return leftovers;
}
