import * as nodeFs from 'node:fs/promises';

/**
 * The file-system calls core code makes, passed in so tests can inject failures (a full disk,
 * a locked folder) that cannot be produced for real when tests run as root.
 */
export type FsPort = Pick<
  typeof nodeFs,
  'readFile' | 'writeFile' | 'rename' | 'mkdir' | 'readdir' | 'copyFile' | 'unlink' | 'open' | 'stat' | 'lstat' | 'realpath' | 'readlink' | 'rm' | 'rmdir'
>;

export const realFs: FsPort = nodeFs;

export const isErrno = (error: unknown, code: string): boolean =>
  typeof error === 'object' && error !== null && (error as NodeJS.ErrnoException).code === code;

/** A file-system error in words a person can act on. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC': return 'the disk is full';
    case 'EACCES':
    case 'EPERM': return 'permission was denied';
    case 'EROFS': return 'the disk is read-only';
    case 'EBUSY': return 'the file is locked by another program';
    case 'ENOTDIR':
    case 'EEXIST': return 'a file is in the way where a folder should be';
    case 'EISDIR': return 'a folder is in the way where a file should be';
    case 'ENOENT': return 'the folder or file no longer exists';
    case 'EMFILE':
    case 'ENFILE': return 'too many files are open';
    case 'EIO': return 'the disk reported a read or write fault';
    // Never a raw errno code or stack: the message without its "ECODE:" prefix and path noise.
    default: return code ? 'the system refused it' : ((error as Error)?.message ?? String(error));
  }
}
