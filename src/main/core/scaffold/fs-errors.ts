import { AppError } from '@shared/ipc/result';

const codeOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null ? (error as NodeJS.ErrnoException).code : undefined;

/** Turns a file-system failure while writing `path` into a sentence a person can act on. */
export function describeWriteError(error: unknown, path: string): AppError {
  if (error instanceof AppError) return error;
  switch (codeOf(error)) {
    case 'EACCES':
    case 'EPERM':
      return new AppError('read-only', `Prep Planner is not allowed to write ${path}. Check the folder's permissions, or choose another workspace folder.`);
    case 'EROFS':
      return new AppError('read-only', `${path} is on a read-only drive. Choose a workspace folder you can write to.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('io-error', `The disk is full (or your storage quota is used up) while writing ${path}. Free some space and try again.`);
    case 'ENOTDIR':
    case 'EEXIST':
      return new AppError('conflict', `A file is in the way where a folder is needed: ${path}. Move or rename it and try again.`);
    case 'ENAMETOOLONG':
      return new AppError('invalid-input', `The path is too long for this file system: ${path}. Choose a workspace folder closer to the top of the drive.`);
    case 'ENOENT':
      return new AppError('not-found', `A folder disappeared while the project folder was being created: ${path}.`);
    case 'ELOOP':
      return new AppError('unsafe-path', `${path} is a link; Prep Planner does not write through links.`);
    default:
      return new AppError('io-error', `Could not write ${path}: ${(error as Error)?.message ?? String(error)}`);
  }
}
