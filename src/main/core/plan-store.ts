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
import { isErrno, realFs, type FsPort } from './fs-port';
import { formatZodError, parsePlanText, serializePlan } from './plan-file';

export const PLAN_FILE = 'planner.json';

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

  private constructor(
    private readonly db: Low<Plan>,
    private readonly writer: AtomicWriter,
    readonly backups: Backups,
    readonly dataDir: string,
    initial: Plan,
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
    await fs.mkdir(dataDir, { recursive: true });
    const path = join(dataDir, PLAN_FILE);
    const writer = new AtomicWriter(path, fs);
    const backups = new Backups(join(dataDir, 'backups'), fs, clock);
    const notices: Notice[] = [];
    const stamp = fileStamp(clock.now());

    // A temp file left behind means a write was cut short; the rename never happened, so
    // planner.json is the last complete write. Keep the fragment aside for inspection.
    if (await exists(fs, writer.tempPath)) {
      const aside = `${writer.tempPath}-leftover-${stamp}`;
      await fs.rename(writer.tempPath, aside);
      notices.push({
        id: 'leftover-temp',
        level: 'info',
        title: 'An unfinished save was found',
        message: 'Prep Planner was stopped while saving. Your plan was loaded from the last complete save; the unfinished file was kept aside.',
        path: aside,
      });
    }

    let plan: Plan | null = null;
    const text = await fs.readFile(path, 'utf8').catch((error: unknown) => {
      if (isErrno(error, 'ENOENT')) return null;
      throw new AppError('io-error', `Prep Planner cannot read its data file ${path}: ${(error as Error).message}`);
    });
    let needsWrite = text === null;
    if (text !== null) {
      const outcome = parsePlanText(text);
      if (outcome.kind === 'ok') {
        plan = outcome.plan;
        if (outcome.migratedFrom !== null) {
          const copy = await backups.copySnapshot(path, 'before-migration');
          notices.push({ id: 'migrated', level: 'info', title: 'Your plan was upgraded', message: `The plan was converted from format ${outcome.migratedFrom}. A copy of the old file was kept.`, path: copy });
          needsWrite = true;
        }
      } else {
        const suffix = outcome.kind === 'newer' ? 'newer' : 'corrupt';
        const aside = `${path}.${suffix}-${stamp}`;
        await fs.rename(path, aside);
        const recovered = await backups.newestValid();
        plan = recovered?.plan ?? null;
        const from = recovered ? `the backup of ${recovered.info.name.replace(/^planner-|\.json$/g, '')}` : 'a fresh plan';
        notices.push(
          outcome.kind === 'newer'
            ? { id: 'newer-plan', level: 'warning', title: 'Plan made by a newer version', message: `Your plan was saved by a newer Prep Planner (format ${outcome.version}). It was kept aside untouched so this older version cannot damage it; you are working from ${from}. Update Prep Planner to open it again.`, path: aside }
            : { id: 'corrupt-plan', level: 'error', title: 'Your plan file was damaged', message: `planner.json could not be used: ${outcome.reason}. It was moved aside, nothing was deleted, and you are working from ${from}.`, path: aside },
        );
        needsWrite = true;
      }
    }

    plan = reconcileWithCurriculum(plan ?? createDefaultPlan(curriculum, today(clock)), curriculum);
    const db = new Low<Plan>(new PlanFileAdapter(writer), plan);
    const store = new PlanStore(db, writer, backups, dataDir, plan);
    store.notices.push(...notices);
    if (needsWrite) await store.#persist(plan);
    await backups.saveDaily(plan).catch(() => undefined);
    return store;
  }

  /** Resolves once every accepted change is on disk. */
  flush(): Promise<void> {
    return this.writer.idle();
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

  async #persist(plan: Plan): Promise<void> {
    this.db.data = plan;
    try {
      await this.db.write();
      this.#persisted = plan;
    } catch (error) {
      this.db.data = this.#persisted;
      throw new AppError('io-error', `Your change could not be saved to ${this.writer.path}: ${describeFsError(error)}. Nothing was changed.`);
    }
  }
}

async function exists(fs: FsPort, path: string): Promise<boolean> {
  return fs.stat(path).then(() => true, () => false);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC': return 'the disk is full';
    case 'EACCES':
    case 'EPERM': return 'permission was denied';
    case 'EROFS': return 'the disk is read-only';
    case 'EBUSY': return 'the file is locked by another program';
    default: return (error as Error)?.message ?? String(error);
  }
}
