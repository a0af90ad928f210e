import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { isErrno, type FsPort } from './fs-port';

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

export interface AtomicWriterHooks {
  /**
   * Runs just before the new file replaces the old one; throwing stops the write (the temp file is
   * removed). The plan store checks here that nobody else changed the file since it last looked.
   */
  beforeReplace?(target: string, tag: number | undefined): Promise<void>;
  /** Runs after the new file is in place, with the bytes written (UTF-8). */
  afterReplace?(target: string, bytes: Buffer): Promise<void> | void;
}

/** Every temp file a writer makes for `path` starts with this, so start-up can find leftovers. */
export const tempPrefixFor = (path: string): string => `${basename(path)}.tmp`;

let tempCounter = 0;

type Data = string | (() => string);

/**
 * Writes a file by writing a temp file, syncing it and renaming it over the target, so a crash at
 * any moment leaves either the old or the new file, never a mix. While one write runs, newer data
 * replaces any queued data, and the last one always wins (the habit of typicode/steno, with the
 * file system injected). A change after a quiet spell is written at once; while changes keep
 * coming, writes can be spaced at least `burstGapMs` apart (the plan file uses this), so a stream
 * of changes costs a handful of writes rather than one per change.
 *
 * Each write uses its own temp name (`<name>.tmp-<pid>-<n>-<random>`), so two writers can never
 * rename each other's half-written file, and the temp is removed on every failure. When the path is
 * a symbolic link the link's real target is written (the temp sits beside the target), so a link
 * into a synced folder stays a link.
 */
export class AtomicWriter {
  #queued: { data: Data; tag: number | undefined; waiters: Waiter[] } | null = null;
  #running: Promise<void> | null = null;
  /** Serialises each write with `exclusive` work (checking the file for outside changes). */
  #mutex: Promise<void> = Promise.resolve();
  /** How many times the file was actually written, for tests and the benchmark. */
  diskWrites = 0;

  constructor(
    readonly path: string,
    private readonly fs: FsPort,
    private readonly burstGapMs = 0,
    private readonly hooks: AtomicWriterHooks = {},
  ) {}

  /**
   * Resolves once this data, or newer data, is on disk. `tag` (the plan's revision) goes with the
   * newest data to the `beforeReplace` hook. Data may be a function, called only for the data that
   * is really written, so a burst of 1,000 changes serialises the plan a few times, not 1,000.
   */
  write(data: Data, tag?: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.#queued) {
        this.#queued.data = data;
        this.#queued.tag = tag;
        this.#queued.waiters.push({ resolve, reject });
      } else {
        this.#queued = { data, tag, waiters: [{ resolve, reject }] };
      }
      this.#running ??= this.#drain();
    });
  }

  /** Resolves when nothing is being written or waiting to be. */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  /** Runs `work` while no write is replacing the file (writes queued meanwhile wait for it). */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#mutex.then(work);
    this.#mutex = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** The file a write lands in: the link's target when `path` is a symbolic link. */
  async target(): Promise<string> {
    try {
      return await this.fs.realpath(this.path);
    } catch (error) {
      if (isErrno(error, 'ENOENT')) {
        // A dangling link: write where it points, so the link comes back to life.
        const link = await this.fs.lstat(this.path).catch(() => null);
        if (link?.isSymbolicLink()) return resolve(dirname(this.path), await this.fs.readlink(this.path));
        return this.path;
      }
      throw error;
    }
  }

  async #drain(): Promise<void> {
    await Promise.resolve(); // let the caller's synchronous burst queue up behind the first write
    let lastStart: number | null = null;
    while (this.#queued) {
      if (lastStart !== null) {
        const wait = this.burstGapMs - (performance.now() - lastStart);
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
      lastStart = performance.now();
      const job = this.#queued!;
      this.#queued = null;
      try {
        await this.exclusive(() => this.#writeOnce(job.data, job.tag));
        for (const w of job.waiters) w.resolve();
      } catch (error) {
        // Queued data was built on top of the failed change: refuse it too, so the caller's
        // rollback to what is on disk stays true.
        const dropped = this.#queued as { waiters: Waiter[] } | null;
        this.#queued = null;
        for (const w of [...job.waiters, ...(dropped?.waiters ?? [])]) w.reject(error);
      }
    }
    this.#running = null;
  }

  async #writeOnce(lazy: Data, tag: number | undefined): Promise<void> {
    // Encoded once: the same bytes are written and handed to afterReplace (to hash), so a 1 MB
    // plan is not encoded twice.
    const bytes = Buffer.from(typeof lazy === 'function' ? lazy() : lazy, 'utf8');
    const target = await this.target();
    const temp = join(dirname(target), `${tempPrefixFor(target)}-${process.pid}-${++tempCounter}-${randomBytes(3).toString('hex')}`);
    try {
      const handle = await this.fs.open(temp, 'wx');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await this.hooks.beforeReplace?.(target, tag);
      await this.fs.rename(temp, target);
    } catch (error) {
      // A full disk, a refused rename, an outside change: the half-made temp never stays behind.
      await this.fs.rm(temp, { force: true }).catch(() => undefined);
      throw error;
    }
    this.diskWrites++;
    await this.hooks.afterReplace?.(target, bytes);
    await this.#syncFolder(target);
  }

  /**
   * The rename lives in the folder's entry, so after a power cut (unlike a crash) it can be lost
   * until the folder itself is synced. Best effort: Windows cannot open a folder this way, and a
   * failure here does not undo a write that has already replaced the file.
   */
  async #syncFolder(target: string): Promise<void> {
    try {
      const folder = await this.fs.open(dirname(target), 'r');
      try {
        await folder.sync();
      } finally {
        await folder.close();
      }
    } catch {
      // Nothing to do: the data is in the file; only its durability across power loss is weaker.
    }
  }
}
