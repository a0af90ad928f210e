import { join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { fileStamp } from '@shared/calendar';
import type { Curriculum } from '@shared/curriculum-schema';
import { createDefaultPlan, reconcileWithCurriculum } from '@shared/default-plan';
import { PlanSchema, type Plan } from '@shared/plan-schema';
import type { Notice } from '@shared/ipc/channels/app';
import { AppError } from '@shared/ipc/result';
import { AtomicWriter } from './atomic-writer';
import { Backups } from './backups';
import { today, type Clock } from './clock';
import { describeFsError, realFs, type FsPort } from './fs-port';
import { formatZodError, serializePlan } from './plan-file';
import { loadPlan } from './plan-load';

export const PLAN_FILE = 'planner.json';
/**
 * While changes keep arriving (typing, a run of drags), the plan is written at most twice a
 * second; a lone change still goes to disk at once, and every change is acknowledged only once
 * it is on disk, so nothing acknowledged can be lost.
 */
export const PLAN_WRITE_GAP_MS = 500;

/** lowdb adapter over the atomic, coalescing writer; reading is done (and judged) by PlanStore.open. */
class PlanFileAdapter implements Adapter<Plan> {
  constructor(readonly writer: AtomicWriter) {}
  async read(): Promise<Plan | null> {
    return null;
  }
  write(plan: Plan): Promise<void> {
    return this.writer.write(serializePlan(plan));
  }
}

export interface PlanStoreOptions {
  dataDir: string;
  curriculum: Curriculum;
  clock: Clock;
  fs?: FsPort;
}

/**
 * The user's plan in memory and in `planner.json`. Changes are applied to a copy, validated,
 * then written; if the write fails the in-memory plan goes back to what is on disk.
 */
export class PlanStore {
  readonly notices: Notice[] = [];
  #persisted: Plan;
  /** The day of the newest daily backup this run made, so a week-long session still rolls them. */
  #dailyBackupDay: string | null = null;
  #dailyBackup: Promise<void> = Promise.resolve();
  /** Set when saving could destroy a file kept for the user (see LoadedPlan.readOnly). */
  #readOnly: string | null = null;
  /** The newest plan waiting to be copied to today's backup. */
  #backupPlan: { plan: Plan; day: string } | null = null;

  private constructor(
    private readonly db: Low<Plan>,
    private readonly writer: AtomicWriter,
    readonly backups: Backups,
    readonly dataDir: string,
    initial: Plan,
    private readonly clock: Clock,
  ) {
    this.#persisted = initial;
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

  static async open({ dataDir, curriculum, clock, fs = realFs }: PlanStoreOptions): Promise<PlanStore> {
    // A folder that cannot be made is reported by the first read or write below.
    await fs.mkdir(dataDir, { recursive: true }).catch(() => undefined);
    const path = join(dataDir, PLAN_FILE);
    const writer = new AtomicWriter(path, fs, PLAN_WRITE_GAP_MS);
    const backups = new Backups(join(dataDir, 'backups'), fs, clock);
    const loaded = await loadPlan({ path, tempPath: writer.tempPath, fs, backups, stamp: fileStamp(clock.now()) });

    const plan = reconcileWithCurriculum(loaded.plan ?? createDefaultPlan(curriculum, today(clock)), curriculum);
    const db = new Low<Plan>(new PlanFileAdapter(writer), plan);
    const store = new PlanStore(db, writer, backups, dataDir, plan, clock);
    store.notices.push(...loaded.notices);
    store.#readOnly = loaded.readOnly;
    if (loaded.readOnly) return store;
    if (loaded.needsWrite) {
      // A folder that refuses the first save still opens: the notice says why, and each later
      // change is tried again (and refused with the same reason while the folder stays so).
      await store.#persist(plan).catch((error: AppError) =>
        store.notices.push({ id: 'cannot-save', level: 'error', title: 'Prep Planner cannot save', message: `Changes made now may not be kept. ${error.message}`, path: dataDir }),
      );
    }
    store.#rollDailyBackup(plan);
    await store.#dailyBackup;
    return store;
  }

  /** Resolves once every accepted change (and the daily backup it may start) is on disk. */
  async flush(): Promise<void> {
    await this.writer.idle();
    await this.#dailyBackup;
  }

  /**
   * Applies `change` to a copy of the plan and saves it. Rejects (leaving memory and disk as they
   * were) when the result is not a valid plan or cannot be written.
   */
  async update(change: (draft: Plan) => void): Promise<Plan> {
    const draft = structuredClone(this.db.data);
    change(draft);
    return this.replace(draft);
  }

  /** Validates and saves a whole plan (restore, undo). */
  async replace(next: Plan): Promise<Plan> {
    const parsed = PlanSchema.safeParse(next);
    if (!parsed.success) throw new AppError('invalid-input', 'That change would make the plan invalid, so it was not saved.', formatZodError(parsed.error));
    await this.#persist(parsed.data);
    return parsed.data;
  }

  /** Why changes are refused this session, or null when they are saved. */
  get readOnlyReason(): string | null {
    return this.#readOnly;
  }

  async #persist(plan: Plan): Promise<void> {
    if (this.#readOnly) throw new AppError('read-only', `${this.#readOnly} Your change was not saved.`);
    this.db.data = plan;
    try {
      await this.db.write();
      this.#persisted = plan;
      this.#rollDailyBackup(plan);
    } catch (error) {
      this.db.data = this.#persisted;
      throw new AppError('io-error', `Your change could not be saved to ${this.writer.path}: ${describeFsError(error)}. Nothing was changed.`);
    }
  }

  /**
   * Every good save also refreshes today's backup; the first one of a day starts a new daily copy
   * and drops those older than seven days. A backup that fails never fails the save it follows.
   */
  #rollDailyBackup(plan: Plan): void {
    const day = today(this.clock);
    const newDay = day !== this.#dailyBackupDay;
    this.#dailyBackupDay = day;
    let job: Promise<void>;
    if (newDay) {
      job = this.backups.saveDaily(plan).catch(() => {
        if (this.#dailyBackupDay === day) this.#dailyBackupDay = null; // prune on the next save
      });
    } else {
      // A burst of saves resolves in one go: copy only the newest plan, once, after it settles.
      const scheduled = this.#backupPlan !== null;
      this.#backupPlan = { plan, day };
      if (scheduled) return;
      job = new Promise<void>((settled) => setImmediate(settled))
        .then(() => {
          const newest = this.#backupPlan!;
          this.#backupPlan = null;
          return this.backups.refreshDaily(newest.plan, newest.day);
        })
        .catch(() => undefined);
    }
    this.#dailyBackup = Promise.all([this.#dailyBackup, job]).then(() => undefined);
  }
}

// Kept here too: restore and export code import it from the store.
export { describeFsError } from './fs-port';
