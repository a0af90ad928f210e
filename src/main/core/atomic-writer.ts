import { dirname } from 'node:path';
import type { FsPort } from './fs-port';

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Writes a file by writing a temp file, syncing it and renaming it over the target, so a crash at
 * any moment leaves either the old or the new file, never a mix. While one write runs, newer data
 * replaces any queued data, and the last one always wins (the habit of typicode/steno, with the
 * file system injected). A change after a quiet spell is written at once; while changes keep
 * coming, writes can be spaced at least `burstGapMs` apart (the plan file uses this), so a stream of changes costs a handful of
 * writes rather than one per change.
 */
export class AtomicWriter {
  readonly tempPath: string;
  #queued: { data: string; waiters: Waiter[] } | null = null;
  #running: Promise<void> | null = null;
  /** How many times the file was actually written, for tests and the benchmark. */
  diskWrites = 0;

  constructor(
    readonly path: string,
    private readonly fs: FsPort,
    private readonly burstGapMs = 0,
  ) {
    this.tempPath = `${path}.tmp`;
  }

  /** Resolves once this data, or newer data, is on disk. */
  write(data: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.#queued) {
        this.#queued.data = data;
        this.#queued.waiters.push({ resolve, reject });
      } else {
        this.#queued = { data, waiters: [{ resolve, reject }] };
      }
      this.#running ??= this.#drain();
    });
  }

  /** Resolves when nothing is being written or waiting to be. */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
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
        await this.#writeOnce(job.data);
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

  async #writeOnce(data: string): Promise<void> {
    const handle = await this.fs.open(this.tempPath, 'w');
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await this.fs.rename(this.tempPath, this.path);
    } catch (error) {
      await this.fs.rm(this.tempPath, { force: true }).catch(() => undefined);
      throw error;
    }
    this.diskWrites++;
    await this.#syncFolder();
  }

  /**
   * The rename lives in the folder's entry, so after a power cut (unlike a crash) it can be lost
   * until the folder itself is synced. Best effort: Windows cannot open a folder this way, and a
   * failure here does not undo a write that has already replaced the file.
   */
  async #syncFolder(): Promise<void> {
    try {
      const folder = await this.fs.open(dirname(this.path), 'r');
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
