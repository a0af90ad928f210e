import { randomBytes } from 'node:crypto';
import { basename, extname, isAbsolute } from 'node:path';
import { AppError } from '@shared/ipc/result';
import { AtomicWriter } from './atomic-writer';
import { isErrno, type FsPort } from './fs-port';
import { describeFsError } from './plan-store';

/**
 * Where an export goes, decided from the save dialog's answer. The dialog already asked before
 * replacing an existing file, so that path may be overwritten; when the extension has to be added
 * the name changes after the dialog asked, so an existing file there is refused, never replaced.
 */
export async function resolveExportTarget(fs: FsPort, chosen: string, extension: string): Promise<string> {
  if (!isAbsolute(chosen)) throw new AppError('invalid-input', 'The save dialog returned a path that is not absolute.');
  const wanted = `.${extension}`;
  const path = extname(chosen).toLowerCase() === wanted ? chosen : `${chosen}${wanted}`;
  const existing = await fs.stat(path).catch((error: unknown) => {
    if (isErrno(error, 'ENOENT')) return null;
    throw new AppError('io-error', `Cannot check ${path}: ${describeFsError(error)}.`);
  });
  if (existing?.isDirectory()) throw new AppError('conflict', `${basename(path)} is a folder; choose a file name instead.`);
  if (existing && path !== chosen) {
    throw new AppError('conflict', `${basename(path)} already exists. Nothing was overwritten; export again and choose another name.`);
  }
  return path;
}

/**
 * Writes the whole file or nothing: text goes through AtomicWriter; bytes (PDF) follow the same
 * temp-file, sync, rename steps, since AtomicWriter only takes text.
 */
export async function writeExportFile(fs: FsPort, path: string, data: string | Uint8Array): Promise<void> {
  try {
    if (typeof data === 'string') {
      await new AtomicWriter(path, fs).write(data);
      return;
    }
    const temp = `${path}.tmp-${process.pid}-${randomBytes(3).toString('hex')}`;
    try {
      const handle = await fs.open(temp, 'wx');
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, path);
    } catch (error) {
      // A full disk or a refused rename: nothing half-written stays in the user's folder.
      await fs.rm(temp, { force: true }).catch(() => undefined);
      throw error;
    }
  } catch (error) {
    throw new AppError('io-error', `${basename(path)} could not be saved: ${describeFsError(error)}. No file was written.`);
  }
}
