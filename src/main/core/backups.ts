import { join } from 'node:path';
import { fileStamp } from '@shared/calendar';
import type { Plan } from '@shared/plan-schema';
import { today, type Clock } from './clock';
import type { FsPort } from './fs-port';
import { AtomicWriter } from './atomic-writer';
import { parsePlanText, serializePlan } from './plan-file';

export const DAILY_BACKUPS_KEPT = 7;
export type SnapshotReason = 'before-restore' | 'before-migration';
const DAILY = /^planner-(\d{4}-\d{2}-\d{2})\.json$/;
const SNAPSHOT = /^planner-(\d{8}T\d{6})-([a-z-]+)\.json$/;

export interface BackupInfo {
  name: string;
  path: string;
  kind: 'daily' | 'snapshot';
  /** Sortable: the day (daily) or the timestamp (snapshot). */
  stamp: string;
  reason: string | null;
}

/** Copies of the last good plan: one per day for a week, plus one before every restore or migration. */
export class Backups {
  constructor(
    readonly dir: string,
    private readonly fs: FsPort,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<BackupInfo[]> {
    const names = await this.fs.readdir(this.dir).catch(() => [] as string[]);
    const infos: BackupInfo[] = [];
    for (const name of names) {
      const daily = DAILY.exec(name);
      const snap = SNAPSHOT.exec(name);
      if (daily) infos.push({ name, path: join(this.dir, name), kind: 'daily', stamp: daily[1]!.replaceAll('-', '') + 'T235959', reason: null });
      else if (snap) infos.push({ name, path: join(this.dir, name), kind: 'snapshot', stamp: snap[1]!, reason: snap[2]! });
    }
    return infos.sort((a, b) => b.stamp.localeCompare(a.stamp));
  }

  /** Keeps today's copy current and drops daily copies older than the last seven days kept. */
  async saveDaily(plan: Plan): Promise<void> {
    await this.refreshDaily(plan);
    const dailies = (await this.list()).filter((b) => b.kind === 'daily');
    for (const old of dailies.slice(DAILY_BACKUPS_KEPT)) await this.fs.rm(old.path, { force: true });
  }

  /**
   * Brings today's copy up to the given plan without pruning (called after every save). One
   * coalescing writer per day, so a burst of saves costs a write or two here too.
   */
  async refreshDaily(plan: Plan, day: string = today(this.clock)): Promise<void> {
    const name = `planner-${day}.json`;
    if (this.#daily?.name !== name) {
      await this.fs.mkdir(this.dir, { recursive: true });
      if (this.#daily?.name !== name) this.#daily = { name, writer: new AtomicWriter(join(this.dir, name), this.fs) };
    }
    await this.#daily.writer.write(serializePlan(plan));
  }

  #daily: { name: string; writer: AtomicWriter } | null = null;

  async saveSnapshot(plan: Plan, reason: SnapshotReason): Promise<string> {
    return this.#write(this.#snapshotName(reason), plan);
  }

  /** Copies a file byte for byte (a plan in an older format, kept before migrating it). */
  async copySnapshot(source: string, reason: SnapshotReason): Promise<string> {
    await this.fs.mkdir(this.dir, { recursive: true });
    const path = join(this.dir, this.#snapshotName(reason));
    await this.fs.copyFile(source, path);
    return path;
  }

  #snapshotName = (reason: SnapshotReason) => `planner-${fileStamp(this.clock.now())}-${reason}.json`;

  async read(path: string): Promise<Plan | null> {
    const text = await this.fs.readFile(path, 'utf8').catch(() => null);
    if (text === null) return null;
    const outcome = parsePlanText(text);
    return outcome.kind === 'ok' ? outcome.plan : null;
  }

  /** The newest backup that still parses and validates, for recovering from a corrupt plan. */
  async newestValid(): Promise<{ plan: Plan; info: BackupInfo } | null> {
    for (const info of await this.list()) {
      const plan = await this.read(info.path);
      if (plan) return { plan, info };
    }
    return null;
  }

  async #write(name: string, plan: Plan): Promise<string> {
    await this.fs.mkdir(this.dir, { recursive: true });
    const path = join(this.dir, name);
    await new AtomicWriter(path, this.fs).write(serializePlan(plan));
    return path;
  }
}
