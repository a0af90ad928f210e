import * as nodeFs from 'node:fs/promises';

/**
 * The file-system calls core code makes, passed in so tests can inject failures (a full disk,
 * a locked folder) that cannot be produced for real when tests run as root.
 */
export type FsPort = Pick<
  typeof nodeFs,
  'readFile' | 'writeFile' | 'rename' | 'mkdir' | 'readdir' | 'copyFile' | 'unlink' | 'open' | 'stat' | 'lstat' | 'realpath' | 'rm' | 'rmdir'
>;

export const realFs: FsPort = nodeFs;

export const isErrno = (error: unknown, code: string): boolean =>
  typeof error === 'object' && error !== null && (error as NodeJS.ErrnoException).code === code;
