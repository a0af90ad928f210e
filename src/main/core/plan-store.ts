import { join } from 'node:path';
import { klona } from 'klona/json';
import { Low, type Adapter } from 'lowdb';
import { fileStamp } from '@shared/calendar';
import type { Curriculum } from '@shared/curriculum-schema';
import { createDefaultPlan, reconcileWithCurriculum } from '@shared/default-plan';
import { PlanSchema, type Plan } from '@shared/plan-schema';
import type { Notice } from '@shared/ipc/channels/app';
import { AppError } from '@shared/ipc/result';
import { AtomicWriter } from './atomic-writer';
import { Backups } from './backups';
import { BackupRoller } from './backup-roller';
import { today, type Clock } from './clock';
import { acquireDataLock, type DataLock } from './data-lock';
import { describeFsError, realFs, type FsPort } from './fs-port';
import { keepExternalCopy, OutsideChangeError, outsideChangeNotice, readBytesIfPresent, sha256, StaleWriteError } from './outside-change';
import { formatZodError, parsePlanText, serializePlan } from './plan-file';
import { loadPlan } from './plan-load';
import { planChangeOf, setPlanChange } from './plan-versions';
import { watchFiles } from './plan-watch';

export const PLAN_FILE = 'planner.json';
/**
 * While changes keep arriving (typing, a run of drags), the plan is written at most twice a
 * second; a lone change still goes to disk at once, and every change is acknowledged only once
 * it is on disk, so nothing acknowledged can be lost.
 */
export const PLAN_WRITE_GAP_MS = 500;

/** lowdb adapter over the atomic, coalescing writer; reading is done (and judged) by PlanStore.open. */
class PlanFileAdapter implements Adapter<Plan> {
  constructor(
    readonly writer: AtomicWriter,
    private readonly revision: () => number,
  ) {}
  async read(): Promise<Plan | null> {
    return null;
  }
  write(plan: Plan): Promise<void> {
    return this.writer.write(() => serializePlan(plan), this.revision());
  }
}

export interface PlanStoreOptions {
  dataDir: string;
  curriculum: Curriculum;
  clock: Clock;
  fs?: FsPort;
  /** Watch planner.json so an outside change shows without a restart (services turn it on). */
  watch?: boolean;
}

/**
 * The user's plan in memory and in `planner.json`. Changes are applied to a copy, validated,
 * then written; if the write fails the in-memory plan goes back to what is on disk.
 *
 * One process writes a data folder (see data-lock.ts); another opens it read-only. Before every
 * write the file on disk is compared with what this store last read or wrote (its SHA-256): an
 * outside change is kept aside, loaded, and reported, never overwritten. `revision` goes up each
 * time the plan is replaced wholesale (restore, outside reload), so the renderer drops its undo.
 */
export class PlanStore {
  readonly notices: Notice[] = [];
  #persisted: Plan;
  /** Set when saving could destroy a file kept for the user (see LoadedPlan.readOnly). */
  #readOnly: string | null = null;
  /** Hash of planner.json as this store last read or wrote it; null before it exists. */
  #diskHash: string | null = null;
  #revision = 0;
  /** Goes up with every change to the plan in memory (each save, each reload): see `changes`. */
  #changes = 0;
  /** While a restore runs, other changes wait for it, so none lands in neither the snapshot nor the plan. */
  #gate: Promise<void> | null = null;
  #lock: DataLock | null = null;
  #watcher: { close(): void } | null = null;
  readonly #roller: BackupRoller;

  private constructor(
    private readonly db: Low<Plan>,
    private readonly writer: AtomicWriter,
    readonly backups: Backups,
    readonly dataDir: string,
    initial: Plan,
    private readonly clock: Clock,
    private readonly fs: FsPort,
    private readonly curriculum: Curriculum,
  ) {
    this.#persisted = initial;
    this.#roller = new BackupRoller(backups, clock, (notice) => this.#setNotice(notice.id, notice), () => this.#setNotice('backup-failed', null));
  }

  get plan(): Plan {
    return this.db.data;
  }

  get path(): string {
    return this.writer.path;
  }

  get diskWrites(): number {
    return this.writer.diskWrites;
  }

  /** Goes up each time the plan is replaced as a whole (a restore, an outside change loaded). */
  get revision(): number {
    return this.#revision;
  }

  /**
   * Goes up with every change to the plan (a save from any tab or window, an undone save, a
   * reload): a page whose count differs from this has not seen every change (app:sync sends it the
   * plan). Lives in memory: a fresh start begins at 0 and every page boots afresh then too.
   */
  get changes(): number {
    return this.#changes;
  }

  /**
   * For a plan `update`/`replace` returned: the change count just before and just after it. A page
   * that knew `before` knows everything up to `after` once it has this change; null when unknown.
   */
  changeOf(plan: Plan): readonly [number, number] | null {
    return planChangeOf(plan) ?? null;
  }

  static async open({ dataDir, curriculum, clock, fs = realFs, watch = false }: PlanStoreOptions): Promise<PlanStore> {
    // A folder that cannot be made is reported by the first read or write below.
    await fs.mkdir(dataDir, { recursive: true }).catch(() => undefined);
    const path = join(dataDir, PLAN_FILE);
    let store: PlanStore | null = null;
    const lockOutcome = await acquireDataLock(dataDir, () => {
      if (store) store.#lostLock();
    });
    const observer = lockOutcome.kind === 'busy';
    const writer = new AtomicWriter(path, fs, PLAN_WRITE_GAP_MS, {
      beforeReplace: (target, tag) => store!.#checkBeforeWrite(target, tag),
      afterReplace: (_target, bytes) => void (store!.#diskHash = sha256(bytes)),
    });
    const backups = new Backups(join(dataDir, 'backups'), fs, clock);
    const target = await writer.target().catch(() => path);
    const loaded = await loadPlan({ path, target, fs, backups, stamp: fileStamp(clock.now()), observer });

    const plan = reconcileWithCurriculum(loaded.plan ?? createDefaultPlan(curriculum, today(clock)), curriculum);
    const db = new Low<Plan>(new PlanFileAdapter(writer, () => store!.#revision), plan);
    store = new PlanStore(db, writer, backups, dataDir, plan, clock, fs, curriculum);
    store.#lock = lockOutcome.kind === 'held' ? lockOutcome.lock : null;
    // A folder this process cannot write at all gets the "cannot save" notice below instead.
    if (lockOutcome.kind === 'unavailable' && !['EACCES', 'EPERM', 'EROFS', 'ENOENT'].includes((lockOutcome.error as NodeJS.ErrnoException)?.code ?? '')) {
      // Saving goes on (the folder may be a read-only share that still takes writes, or a disk
      // without locks), but the user must know the one-writer guard is off.
      store.notices.push({ id: 'lock-unavailable', level: 'warning', title: 'Prep Planner cannot guard this folder', message: `Prep Planner could not mark the data folder below as in use (${describeFsError(lockOutcome.error)}), so it cannot stop a second copy of the app from saving here at the same time. Make sure only one copy of Prep Planner uses this folder.`, path: dataDir });
    }
    store.#diskHash = loaded.diskHash;
    store.notices.push(...loaded.notices);
    store.#readOnly = loaded.readOnly;
    if (watch) store.#watcher = watchFiles([...new Set([path, target])], () => void store!.checkDisk().catch(() => undefined));
    if (observer) {
      store.#readOnly = `Another Prep Planner is using this data folder, so this one only shows your plan and saves nothing.`;
      const who = lockOutcome.owner ? ` (process ${lockOutcome.owner.pid} on ${lockOutcome.owner.host})` : '';
      store.notices.push({ id: 'read-only-other-instance', level: 'warning', title: 'Open read-only: Prep Planner is already running', message: `Another Prep Planner${who} is using the data folder below, for example from another account on this computer. This window shows your plan but saves nothing, so the two cannot overwrite each other's changes. Close the other one, then restart this one to make changes here.`, path: dataDir });
      return store;
    }
    if (loaded.readOnly) return store;
    if (loaded.needsWrite) {
      // A folder that refuses the first save still opens: the notice says why, and each later
      // change is tried again (and refused with the same reason while the folder stays so).
      await store.#persist(plan).catch((error: AppError) =>
        store.notices.push({ id: 'cannot-save', level: 'error', title: 'Prep Planner cannot save', message: `Changes made now may not be kept. ${error.message}`, path: dataDir }),
      );
    }
    store.#roller.roll(store.plan, true);
    await store.#roller.settled();
    return store;
  }

  /** Resolves once every accepted change (and the daily backup it may start) is on disk. */
  async flush(): Promise<void> {
    await this.writer.idle();
    await this.#roller.settled();
  }

  /** Stops watching and gives the data folder's lock back (quitting, or a test finishing). */
  async close(): Promise<void> {
    await this.flush().catch(() => undefined);
    this.#watcher?.close();
    this.#watcher = null;
    await this.#lock?.release();
    this.#lock = null;
  }

  /**
   * Applies `change` to a copy of the plan and saves it. Rejects (leaving memory and disk as they
   * were) when the result is not a valid plan or cannot be written.
   */
  async update(change: (draft: Plan) => void): Promise<Plan> {
    while (this.#gate) await this.#gate;
    // A plan is JSON data (the schema admits nothing else), so a JSON-only deep copy is exact; it
    // costs a third of structuredClone on a 1 MB plan, paid on every change (issue 18).
    const draft = klona(this.db.data);
    change(draft);
    try {
      return await this.replace(draft);
    } catch (error) {
      // planner.json was changed outside and that version is now loaded: the user's change is
      // made again on top of it, so neither the outside edit nor the change is lost (issue 11).
      if (!(error instanceof ReloadedFromOutside)) throw error;
      const again = klona(this.db.data);
      change(again);
      return this.replace(again);
    }
  }

  /** Validates and saves a whole plan (undo, a restore's content). */
  async replace(next: Plan): Promise<Plan> {
    const parsed = PlanSchema.safeParse(next);
    if (!parsed.success) throw new AppError('invalid-input', 'That change would make the plan invalid, so it was not saved.', formatZodError(parsed.error));
    await this.#persist(parsed.data);
    return parsed.data;
  }

  /**
   * Runs `work` (a restore) with every other change held back until it ends, then marks the plan
   * as replaced. `work` gets the plan as saved, after all earlier changes reached the disk.
   */
  async exclusiveReplace<T>(work: (current: Plan) => Promise<T>): Promise<T> {
    // Refused before anything is written: a read-only window must not even add a snapshot to a folder another copy owns.
    if (this.#readOnly) throw new AppError('read-only', `${this.#readOnly} Nothing was restored.`);
    while (this.#gate) await this.#gate;
    let open!: () => void;
    this.#gate = new Promise<void>((resolve) => (open = resolve));
    try {
      await this.flush();
      const result = await work(this.db.data);
      this.#revision++;
      this.#changes++;
      return result;
    } finally {
      this.#gate = null;
      open();
    }
  }

  /** Why changes are refused this session, or null when they are saved. */
  get readOnlyReason(): string | null {
    return this.#readOnly;
  }

  async #persist(plan: Plan): Promise<void> {
    if (this.#readOnly) throw new AppError('read-only', `${this.#readOnly} Your change was not saved.`);
    plan.savedAt = this.clock.now().toISOString();
    this.db.data = plan;
    setPlanChange(plan, this.#changes, ++this.#changes);
    try {
      await this.db.write();
      this.#persisted = plan;
      this.#roller.roll(plan, false);
    } catch (error) {
      this.db.data = this.#persisted;
      this.#changes++;
      if (error instanceof StaleWriteError) {
        throw new AppError('conflict', 'Your plan was replaced (restored or changed outside Prep Planner) before this change was saved, so it was not applied. Make the change again on the plan you see now.');
      }
      if (error instanceof OutsideChangeError) {
        const outcome = await this.#examineDisk();
        if (outcome === 'damaged-kept') return this.#persist({ ...plan }).finally(() => this.#showDamagedNotice());
        this.#showDamagedNotice();
        if (outcome === 'reloaded' || outcome === 'same') throw new ReloadedFromOutside();
        throw new AppError('conflict', this.#readOnly ?? 'planner.json was changed outside Prep Planner, so your change was not saved over it. The outside version is now shown (see the notice); make the change again if you still want it.');
      }
      throw new AppError('io-error', `Your change could not be saved to ${this.writer.path}: ${describeFsError(error)}. Nothing was changed.`);
    }
  }

  /** Before each write replaces planner.json: refuse a write built on a replaced plan, or over an outside change. */
  async #checkBeforeWrite(target: string, tag: number | undefined): Promise<void> {
    if (tag !== undefined && tag !== this.#revision) throw new StaleWriteError();
    const bytes = await readBytesIfPresent(this.fs, target);
    // Gone (deleted by hand): writing recreates it and loses nothing.
    if (bytes !== null && sha256(bytes) !== this.#diskHash) throw new OutsideChangeError();
  }

  /**
   * Compares planner.json with what this store last read or wrote and deals with a difference:
   * a valid plan is kept aside as `planner.json.external-<time>` and loaded (the app's plan kept
   * as a snapshot); a newer format is kept and never overwritten; a damaged file is kept aside
   * and saved over at once with the app's plan (only once its copy is safely written). Called by
   * the file watcher and the renderer's sync.
   */
  async checkDisk(): Promise<DiskOutcome> {
    const outcome = await this.#examineDisk();
    // Saved over now, as the notice says: quitting before the next change must not leave planner.json damaged.
    if (outcome === 'damaged-kept' && !this.#readOnly) await this.replace(klona(this.db.data)).catch(() => undefined);
    this.#showDamagedNotice();
    return outcome;
  }

  #examineDisk(): Promise<DiskOutcome> {
    return this.writer.exclusive(async () => {
      const bytes = await readBytesIfPresent(this.fs, this.path).catch(() => null);
      const hash = bytes === null ? null : sha256(bytes);
      if (bytes === null || hash === this.#diskHash) return 'same';
      const text = bytes.toString('utf8');
      const outcome = parsePlanText(text);
      this.#diskHash = hash;
      if (this.#lock === null && this.#readOnly && !this.#newerOnDisk && outcome.kind === 'ok') {
        // A read-only window follows the writer's saves quietly.
        this.#adopt(outcome.plan);
        return 'reloaded';
      }
      const stamp = fileStamp(this.clock.now());
      const copy = await keepExternalCopy(this.fs, this.path, text, stamp).catch(() => null);
      if (outcome.kind === 'ok') {
        if (this.#newerOnDisk) {
          // The newer plan was replaced by one this version reads: saving may resume.
          this.#newerOnDisk = false;
          this.#readOnly = null;
          this.#setNotice('outside-newer', null);
        }
        const snapshot = await this.backups.saveSnapshot(this.#persisted, 'before-outside-reload').catch(() => null);
        this.#adopt(outcome.plan);
        this.#setNotice('outside-change', outsideChangeNotice(outcome, copy, snapshot, this.path));
        return 'reloaded';
      }
      if (outcome.kind !== 'newer') {
        // Shown once the plan was saved over it (checkDisk, #persist), so the notice is true when it appears.
        this.#damagedNotice = outsideChangeNotice(outcome, copy, null, this.path);
        return copy ? 'damaged-kept' : 'damaged-unkept';
      }
      this.#setNotice('outside-newer', outsideChangeNotice(outcome, copy, null, this.path));
      this.#newerOnDisk = true;
      this.#readOnly = `planner.json now holds a plan from a newer Prep Planner (format ${outcome.version}), so this version does not save over it.`;
      return 'newer';
    });
  }

  /** The notice about a damaged outside file, waiting until the plan was saved over it. */
  #damagedNotice: Notice | null = null;

  #showDamagedNotice(): void {
    if (this.#damagedNotice) this.#setNotice('outside-damaged', this.#damagedNotice);
    this.#damagedNotice = null;
  }

  /** True while planner.json holds a newer format: changes are refused until it holds one this version reads. */
  #newerOnDisk = false;

  #adopt(plan: Plan): void {
    const next = reconcileWithCurriculum(plan, this.curriculum);
    this.#revision++;
    this.#changes++;
    this.db.data = next;
    this.#persisted = next;
  }

  #lostLock(): void {
    this.#readOnly = 'Another Prep Planner took over this data folder, so this one stopped saving to avoid overwriting its changes.';
    this.#setNotice('lock-lost', { id: 'lock-lost', level: 'warning', title: 'Prep Planner stopped saving', message: `${this.#readOnly} Restart Prep Planner to continue; the plan in the data folder below is the one the other copy saves.`, path: this.dataDir });
  }

  /** Replaces the notice with this id (or removes it, given null), so a repeated problem shows once. */
  #setNotice(id: string, notice: Notice | null): void {
    const at = this.notices.findIndex((n) => n.id === id);
    if (at >= 0) this.notices.splice(at, 1);
    if (notice) this.notices.push(notice);
  }
}

export type DiskOutcome = 'same' | 'reloaded' | 'newer' | 'damaged-kept' | 'damaged-unkept';

/**
 * A write found planner.json changed outside and loaded that version instead: `update` makes its
 * change again on top of it; a whole-plan `replace` (undo) reports it as a conflict.
 */
class ReloadedFromOutside extends AppError {
  constructor() {
    super('conflict', 'planner.json was changed outside Prep Planner, so your change was not saved over it. The outside version is now shown (see the notice); make the change again if you still want it.');
  }
}

// Kept here too: restore and export code import it from the store.
export { describeFsError } from './fs-port';
