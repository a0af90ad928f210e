import { basename, join } from 'node:path';
import { fileStamp } from '@shared/calendar';
import type { Plan } from '@shared/plan-schema';
import { today, type Clock } from './clock';
import { isErrno, type FsPort } from './fs-port';
import { AtomicWriter } from './atomic-writer';
import { sha256 } from './outside-change';
import { parsePlanText, savedAtMs, serializePlan } from './plan-file';

export const DAILY_BACKUPS_KEPT = 7;
/** Snapshots (before a restore, a migration, an outside reload) kept; the oldest go first. */
export const SNAPSHOTS_KEPT = 20;
/** A copy claiming to be saved further ahead than this is from a clock that was wrong. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

export type SnapshotReason = 'before-restore' | 'before-migration' | 'before-outside-reload' | 'kept' | 'unsaved';
const DAILY = /^planner-(\d{4}-\d{2}-\d{2})\.json$/;
const SNAPSHOT = /^planner-(\d{8}T\d{6})-([a-z]+(?:-[a-z]+)*?)(?:-(\d+))?\.json$/;

export interface BackupInfo {
  name: string;
  path: string;
  kind: 'daily' | 'snapshot';
  /** From the name, for display only: the day (daily) or the timestamp (snapshot). */
  stamp: string;
  reason: string | null;
  /**
   * When its content was saved (ms): the `savedAt` inside the file, else the file's mtime. Copies
   * dated more than a day into the future rank below every other (their clock was wrong).
   */
  savedMs: number;
  /** When the file itself was written (its mtime, ms): snapshots are pruned by this. */
  madeMs: number;
  /** The plan's `createdOn`, null when the file does not load. */
  createdOn: string | null;
}

/**
 * Copies of the last good plan: one per day for a week, plus snapshots before every restore,
 * migration or outside reload. Ordered by what is inside each file, never by its name, and never
 * overwritten by older content or by another plan: such a copy is kept aside under a new name.
 */
export class Backups {
  /** Names handed out but maybe not on disk yet, so two snapshots in one second never collide. */
  readonly #reserved = new Set<string>();
  #daily: { name: string; writer: AtomicWriter } | null = null;

  constructor(
    readonly dir: string,
    private readonly fs: FsPort,
    private readonly clock: Clock,
  ) {}

  /**
   * Deletes temp files a cut-short backup write left (start-up, writer only). A backup temp never
   * holds anything unique: it is a copy of a plan that is also in planner.json or another backup.
   */
  async removeTemps(): Promise<void> {
    const names = await this.fs.readdir(this.dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => /^planner-.*\.json\.tmp/.test(n))) await this.fs.rm(join(this.dir, name), { force: true }).catch(() => undefined);
  }

  /** Every backup, newest content first. */
  async list(): Promise<BackupInfo[]> {
    const names = await this.fs.readdir(this.dir).catch(() => [] as string[]);
    const infos: BackupInfo[] = [];
    const now = this.clock.now().getTime();
    for (const name of names) {
      const daily = DAILY.exec(name);
      const snap = daily ? null : SNAPSHOT.exec(name);
      if (!daily && !snap) continue;
      const path = join(this.dir, name);
      const { savedMs, createdOn, madeMs } = await this.#inspect(path);
      const trusted = savedMs > now + FUTURE_SLACK_MS ? -1e15 + savedMs / 1e3 : savedMs;
      if (daily) infos.push({ name, path, kind: 'daily', stamp: daily[1]!.replaceAll('-', '') + 'T235959', reason: null, savedMs: trusted, createdOn, madeMs });
      else infos.push({ name, path, kind: 'snapshot', stamp: snap![1]!, reason: snap![2]!, savedMs: trusted, createdOn, madeMs });
    }
    return infos.sort((a, b) => b.savedMs - a.savedMs || b.name.localeCompare(a.name));
  }

  async #inspect(path: string): Promise<{ savedMs: number; createdOn: string | null; madeMs: number }> {
    const mtime = (await this.fs.stat(path).catch(() => null))?.mtimeMs ?? 0;
    const plan = await this.read(path);
    return { savedMs: (plan && savedAtMs(plan)) ?? mtime, createdOn: plan?.createdOn ?? null, madeMs: mtime };
  }

  /** Keeps today's copy current, then drops daily copies beyond seven and snapshots beyond twenty. */
  async saveDaily(plan: Plan): Promise<void> {
    await this.refreshDaily(plan);
    await this.prune();
  }

  /** Drops the oldest copies by content date (a copy named for a future day does not stay forever). */
  async prune(): Promise<void> {
    const all = await this.list();
    const drop = [
      ...all.filter((b) => b.kind === 'daily').slice(DAILY_BACKUPS_KEPT),
      ...all
        .filter((b) => b.kind === 'snapshot')
        // Newest content first (a future-dated savedAt is already pushed back by list()), so a copy
        // kept aside for its newer content is not the first pruned; then the newest made.
        .sort((a, b) => b.savedMs - a.savedMs || b.madeMs - a.madeMs || b.name.localeCompare(a.name))
        .slice(SNAPSHOTS_KEPT),
    ];
    for (const old of drop) await this.fs.rm(old.path, { force: true });
  }

  /**
   * Brings today's copy up to the given plan without pruning (called after every save). One
   * coalescing writer per day, so a burst of saves costs a write or two here too.
   */
  async refreshDaily(plan: Plan, day: string = today(this.clock)): Promise<void> {
    const name = `planner-${day}.json`;
    if (this.#daily?.name !== name) {
      await this.fs.mkdir(this.dir, { recursive: true });
      if (this.#daily?.name !== name) {
        this.#daily = {
          name,
          writer: new AtomicWriter(join(this.dir, name), this.fs, 0, {
            beforeReplace: (target) => this.#keepIfNewer(target, plan),
            afterReplace: (_target, bytes) => void (this.#lastDaily = { name, hash: sha256(bytes), plan: this.#writingDaily! }),
          }),
        };
      }
    }
    this.#pendingDaily = plan;
    // Serialised only when really written: a burst of saves queues many plans, writes the newest.
    await this.#daily.writer.write(() => serializePlan((this.#writingDaily = plan)));
  }

  /** The plan the daily writer is about to write (its hook judges the file it would replace). */
  #pendingDaily: Plan | null = null;
  /** The plan whose text the daily writer is writing now (set as it serialises). */
  #writingDaily: Plan | null = null;
  /**
   * What this run last wrote to today's copy: when the file still has exactly those bytes, the
   * check before the next refresh uses this plan instead of parsing a megabyte again.
   */
  #lastDaily: { name: string; hash: string; plan: Plan } | null = null;

  /**
   * Before today's copy is replaced: a copy that holds newer content (by its `savedAt`: a clock
   * that went back, a copy synced in), a copy the plan is emptier than (a fresh start written over
   * earlier work), or something that does not load is moved aside as a `kept` snapshot instead of
   * being overwritten.
   */
  async #keepIfNewer(target: string, fallback: Plan): Promise<void> {
    const next = this.#pendingDaily ?? fallback;
    const bytes = await this.fs.readFile(target).catch((error: unknown) => (isErrno(error, 'ENOENT') ? null : Buffer.alloc(0)));
    if (bytes === null) return;
    const ours = this.#lastDaily !== null && this.#lastDaily.name === basename(target) && this.#lastDaily.hash === sha256(bytes) ? this.#lastDaily.plan : null;
    const outcome = ours ? null : parsePlanText(bytes.toString('utf8'));
    const existing = ours ?? (outcome?.kind === 'ok' ? outcome.plan : null);
    const olderOrSame = existing && (savedAtMs(existing) ?? 0) <= (savedAtMs(next) ?? Number.MAX_SAFE_INTEGER);
    if (olderOrSame && !isFreshStartOver(next, existing)) return;
    await this.fs.rename(target, join(this.dir, await this.#uniqueName('kept')));
  }

  /** Saves a plan as a new snapshot; the name is new, so no earlier copy is ever replaced. */
  async saveSnapshot(plan: Plan, reason: SnapshotReason): Promise<string> {
    await this.fs.mkdir(this.dir, { recursive: true });
    const path = join(this.dir, await this.#uniqueName(reason));
    await new AtomicWriter(path, this.fs).write(serializePlan(plan));
    return path;
  }

  /** Copies a file byte for byte (a plan in an older format, kept before migrating it). */
  async copySnapshot(source: string, reason: SnapshotReason): Promise<string> {
    await this.fs.mkdir(this.dir, { recursive: true });
    const path = join(this.dir, await this.#uniqueName(reason));
    await this.fs.copyFile(source, path);
    return path;
  }

  /**
   * Keeps newer unsaved work found after a crash as the one `unsaved` snapshot, replacing any older
   * offer so they do not pile up. Returns its path.
   */
  async offerUnsaved(text: string): Promise<string> {
    await this.fs.mkdir(this.dir, { recursive: true });
    const earlier = (await this.list()).filter((b) => b.reason === 'unsaved');
    const path = join(this.dir, await this.#uniqueName('unsaved'));
    await new AtomicWriter(path, this.fs).write(text);
    for (const old of earlier) await this.fs.rm(old.path, { force: true });
    return path;
  }

  /** `planner-<stamp>-<reason>.json`, or `…-<reason>-2.json` and up when that name is taken. */
  async #uniqueName(reason: SnapshotReason): Promise<string> {
    const taken = new Set(await this.fs.readdir(this.dir).catch(() => [] as string[]));
    const base = `planner-${fileStamp(this.clock.now())}-${reason}`;
    for (let n = 1; ; n++) {
      const name = n === 1 ? `${base}.json` : `${base}-${n}.json`;
      if (taken.has(name) || this.#reserved.has(name)) continue;
      this.#reserved.add(name);
      return name;
    }
  }

  async read(path: string): Promise<Plan | null> {
    const text = await this.fs.readFile(path, 'utf8').catch(() => null);
    if (text === null) return null;
    const outcome = parsePlanText(text);
    return outcome.kind === 'ok' ? outcome.plan : null;
  }

  /** The newest backup that still parses and validates (by content date), for recovering a plan. */
  async newestValid(): Promise<{ plan: Plan; info: BackupInfo } | null> {
    for (const info of await this.list()) {
      if (info.reason === 'unsaved') continue; // an offer the user has not taken
      const plan = await this.read(info.path);
      if (plan) return { plan, info };
    }
    return null;
  }
}

/**
 * True when `next` is a fresh start rather than a later state of `existing`: a plan created on a
 * later day, or one whose first-run questions were never answered written over one whose were.
 * Such a plan is "emptier" than the copy whatever its `savedAt` says (issue 11, fault 1).
 */
export function isFreshStartOver(next: Plan, existing: Plan): boolean {
  return next.createdOn > existing.createdOn || (existing.settings.onboarded && !next.settings.onboarded) || (!holdsWork(next) && holdsWork(existing));
}

/** Whether a plan holds anything the learner made: a note, a tick, study time, a link, a date, an own step, a moved card or a profile. */
export function holdsWork(plan: Plan): boolean {
  const weekWork = plan.weeks.some((w) => w.status !== 'not-started' || w.notes !== '' || w.links.length > 0 || w.studyLog.length > 0 || w.goalsDone.some(Boolean) || w.tasksDone.some(Boolean));
  const projectWork = Object.values(plan.projects).some((p) => p.notes.trim() !== '' || p.repoUrl !== '' || p.startedOn !== null || p.finishedOn !== null || p.folder !== null);
  const ownSteps = Object.values(plan.steps).some((s) => !s.builtin);
  const first = plan.board.columns[0]?.id;
  const movedCards = Object.entries(plan.board.projects).some(([column, ids]) => column !== first && ids.length > 0);
  const { profile } = plan.settings;
  return weekWork || projectWork || ownSteps || movedCards || profile.name !== '' || profile.headline !== '' || profile.links.length > 0;
}
