import { lstat, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import lockfile from 'proper-lockfile';

/** The lock is this folder (made atomically by proper-lockfile); its owner is written beside it. */
export const LOCK_DIR = 'planner.lock';
export const LOCK_OWNER_FILE = 'planner.lock-owner.json';
/** proper-lockfile refreshes the lock's mtime every half of this; older means its holder is gone. */
const STALE_MS = 10_000;

export interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export interface DataLock {
  release(): Promise<void>;
}

export type LockOutcome =
  | { kind: 'held'; lock: DataLock }
  /** Another live process writes this folder; `owner` is who, when it said so. */
  | { kind: 'busy'; owner: LockOwner | null }
  /** The folder cannot hold a lock (read-only disk, no permission): the caller carries on without one. */
  | { kind: 'unavailable'; error: unknown };

/** Stores in this process by folder, so a second store here (tests, a reload) supersedes the first. */
const inProcess = new Map<string, { release(): Promise<void>; onLost(): void }>();

/**
 * One writer per data folder, across processes and OS accounts (a portable install used from two
 * accounts bypasses Electron's single-instance lock). `proper-lockfile` makes the lock folder
 * atomically and keeps it fresh; a holder that stops refreshing for 10 s is taken over. A holder
 * that crashed on this machine is taken over at once: its process id is no longer running.
 * `onLost` runs if another process takes the lock away (the caller stops writing).
 */
export async function acquireDataLock(dataDir: string, onLost: () => void): Promise<LockOutcome> {
  const dir = resolve(dataDir);
  const earlier = inProcess.get(dir);
  if (earlier) {
    earlier.onLost();
    await earlier.release();
  }
  const lockPath = join(dir, LOCK_DIR);
  const ownerPath = join(dir, LOCK_OWNER_FILE);
  let lost = false;
  const attempt = () =>
    lockfile.lock(dir, {
      lockfilePath: lockPath,
      realpath: false,
      stale: STALE_MS,
      onCompromised: () => {
        lost = true;
        if (inProcess.get(dir)?.release === release) inProcess.delete(dir);
        onLost();
      },
    });
  await moveAsideIfNotALock(lockPath);
  let unlock: () => Promise<void>;
  try {
    unlock = await attempt();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') return { kind: 'unavailable', error };
    const owner = await readOwner(ownerPath);
    if (!owner || owner.host !== hostname() || isRunning(owner.pid)) return { kind: 'busy', owner };
    // The holder crashed on this machine: its lock can be removed safely.
    await rmdir(lockPath).catch(() => undefined);
    try {
      unlock = await attempt();
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code === 'ELOCKED') return { kind: 'busy', owner: await readOwner(ownerPath) };
      return { kind: 'unavailable', error: again };
    }
  }
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  await writeFile(ownerPath, JSON.stringify(me)).catch(() => undefined);
  const release = async () => {
    if (inProcess.get(dir)?.release === release) inProcess.delete(dir);
    if (lost) return;
    lost = true;
    await rm(ownerPath, { force: true }).catch(() => undefined);
    await unlock().catch(() => undefined);
  };
  inProcess.set(dir, { release, onLost });
  return { kind: 'held', lock: { release } };
}

/**
 * The lock is always a folder; a plain file by that name (left by a sync tool or a copy made by
 * hand) is no lock, but would stop one being made. It is renamed aside, never deleted.
 */
async function moveAsideIfNotALock(lockPath: string): Promise<void> {
  const info = await lstat(lockPath).catch(() => null);
  if (info && !info.isDirectory()) await rename(lockPath, `${lockPath}.not-a-lock-${Date.now()}`).catch(() => undefined);
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? { pid: owner.pid, host: owner.host, since: String(owner.since ?? '') } : null;
  } catch {
    return null;
  }
}

/** Signal 0 checks a process exists; EPERM means it runs under another account (still alive). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
