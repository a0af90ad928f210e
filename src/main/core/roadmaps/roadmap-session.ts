import { CHANNEL_NAMES, type ChannelName } from '@shared/ipc/channel-names';
import { isOtherRoadmapCall, ROADMAP_MOVED_MESSAGE } from '@shared/ipc/page-roadmap';
import type { RoadmapEntry } from '@shared/ipc/channels/roadmaps';
import type { Curriculum } from '@shared/curriculum-schema';
import { AppError } from '@shared/ipc/result';
import type { Clock } from '../clock';
import type { FsPort } from '../fs-port';
import { PlanStore } from '../plan-store';
import { BUILTIN_ID, readIndex, roadmapDir, roadmapsDir, writeIndex, type RoadmapIndex } from './roadmap-index';
import { readRoadmapCurriculum } from './roadmap-files';
import { callingPage } from './calling-page';

/** Whatever serves the channels for one open roadmap (main's handlers; a record of calls in tests). */
export type ChannelHandlers = { [K in ChannelName]: (request: never) => Promise<unknown> };

export interface OpenRoadmap<H> {
  id: string;
  store: PlanStore;
  curriculum: Curriculum;
  handlers: H;
}

export interface RoadmapSessionOptions<H> {
  dataDir: string;
  clock: Clock;
  fs: FsPort;
  builtinCurriculum: Curriculum;
  /** Watch the open roadmap's planner.json for outside changes (the app does). */
  watch?: boolean;
  /** Builds the channel handlers for one open roadmap (its store and curriculum). */
  makeHandlers(open: Omit<OpenRoadmap<H>, 'handlers'>): H;
}

export interface RoadmapList {
  active: string;
  roadmaps: RoadmapEntry[];
}

/**
 * The roadmap that is open now, and the switch to another. Each roadmap is a PlanStore on its own
 * folder (the built-in one on the data folder itself), so the lock, atomic saves, backups and
 * outside-edit checks hold for each unchanged. `handlers` never change identity: every call looks
 * up the open roadmap when it runs; a switch waits for calls already running, holds new ones
 * back, closes the old store and only then lets them through to the new one.
 */
export class RoadmapSession<H extends ChannelHandlers> {
  #open: OpenRoadmap<H>;
  #index: RoadmapIndex;
  #indexProblem: string | null;
  #gate: Promise<void> | null = null;
  #running = 0;
  #idle: (() => void) | null = null;
  /** Import, switch and remove run one at a time. */
  #queue: Promise<unknown> = Promise.resolve();
  readonly handlers: H;

  private constructor(
    private readonly options: RoadmapSessionOptions<H>,
    open: OpenRoadmap<H>,
    index: RoadmapIndex,
    indexProblem: string | null,
  ) {
    this.#open = open;
    this.#index = index;
    this.#indexProblem = indexProblem;
    this.handlers = Object.fromEntries(CHANNEL_NAMES.map((name) => [name, (request: never) => this.#call(name, request)])) as H;
  }

  /**
   * Opens the roadmap the index names as active. If it cannot be opened (its folder is gone or
   * damaged) the built-in roadmap opens instead and a notice says why; the index is left as is.
   */
  static async start<H extends ChannelHandlers>(options: RoadmapSessionOptions<H>): Promise<RoadmapSession<H>> {
    const { index, problem } = await readIndex(options.fs, options.dataDir);
    const entry = index.roadmaps.find((r) => r.id === index.active);
    let open: Omit<OpenRoadmap<H>, 'handlers'> | null = null;
    let failure: string | null = null;
    if (entry) {
      try {
        open = await openRoadmap(options, entry.id, entry.title);
      } catch (error) {
        failure = error instanceof AppError ? error.message : `The roadmap "${entry.title}" could not be opened.`;
      }
    }
    open ??= await openRoadmap(options, BUILTIN_ID, '');
    const session = new RoadmapSession(options, { ...open, handlers: options.makeHandlers(open) }, index, problem);
    if (failure) {
      open.store.notices.push({ id: 'roadmap-not-opened', level: 'warning', title: 'Your last roadmap could not be opened', message: `${failure} The built-in roadmap is open instead; the others are still listed under Roadmaps.` });
    }
    if (problem) {
      open.store.notices.push({ id: 'roadmap-index-damaged', level: 'warning', title: 'The list of imported roadmaps could not be read', message: `${problem}, so only the built-in roadmap is shown and roadmaps cannot be imported or removed until it is fixed or moved away. Nothing in it was changed.` });
    }
    return session;
  }

  get id(): string {
    return this.#open.id;
  }
  get store(): PlanStore {
    return this.#open.store;
  }
  get curriculum(): Curriculum {
    return this.#open.curriculum;
  }
  get index(): RoadmapIndex {
    return this.#index;
  }

  list(): RoadmapList {
    const builtin = this.options.builtinCurriculum;
    return {
      active: this.#open.id,
      roadmaps: [
        { id: BUILTIN_ID, title: builtin.title, subtitle: builtin.subtitle, weeks: builtin.weeks.length, projects: builtin.projects.length, builtin: true, sourceName: null, importedOn: null },
        ...this.#index.roadmaps.map((r) => ({ id: r.id, title: r.title, subtitle: r.subtitle, weeks: r.weeks, projects: r.projects, builtin: false, sourceName: r.sourceName, importedOn: r.importedOn })),
      ],
    };
  }

  /**
   * Runs a change to the set of roadmaps (import, switch, remove) after any earlier one, and only
   * when this window may write: not read-only, and with a readable index.
   */
  manage<T>(work: (index: RoadmapIndex) => Promise<T>): Promise<T> {
    const run = this.#queue.then(async () => {
      const readOnly = this.#open.store.readOnlyReason;
      if (readOnly) throw new AppError('read-only', `${readOnly} Roadmaps cannot be imported, switched or removed in this window.`);
      if (this.#indexProblem) throw new AppError('conflict', `${this.#indexProblem}, so roadmaps cannot be imported, switched or removed; nothing was changed. Move the file away and restart Prep Planner to start a new list.`);
      return work(this.#index);
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Saves a new index (atomically) and keeps it as the one in use only once it is on disk. */
  async saveIndex(next: RoadmapIndex): Promise<void> {
    await this.options.fs.mkdir(roadmapsDir(this.options.dataDir), { recursive: true });
    await writeIndex(this.options.fs, this.options.dataDir, next);
    this.#index = next;
  }

  /**
   * Opens `id` and makes it the open roadmap; its plan is untouched by the switch. The new store
   * is opened and the index saved before anything else changes, so a failure leaves the open
   * roadmap as it was. Call inside `manage`.
   */
  async switchTo(id: string): Promise<void> {
    if (id === this.#open.id) return;
    const entry = this.#index.roadmaps.find((r) => r.id === id);
    if (id !== BUILTIN_ID && !entry) throw new AppError('not-found', `There is no roadmap ${id}. Nothing was changed.`);
    const next = await openRoadmap(this.options, id, entry?.title ?? '');
    try {
      await this.saveIndex({ ...this.#index, active: id });
    } catch (error) {
      await next.store.close().catch(() => undefined);
      throw new AppError('io-error', `The switch could not be saved (${(error as Error).message}), so the roadmap open now stays open.`);
    }
    let release!: () => void;
    this.#gate = new Promise<void>((resolve) => (release = resolve));
    try {
      if (this.#running > 0) await new Promise<void>((resolve) => (this.#idle = resolve));
      const previous = this.#open;
      this.#open = { ...next, handlers: this.options.makeHandlers(next) };
      await previous.store.close().catch(() => undefined);
    } finally {
      this.#gate = null;
      release();
    }
  }

  async close(): Promise<void> {
    await this.#queue;
    await this.#open.store.close();
  }

  async #call(name: ChannelName, request: never): Promise<unknown> {
    // Roadmap management runs on its own queue; waiting here would wait for itself.
    if (name.startsWith('roadmaps:')) return this.#open.handlers[name](request);
    while (this.#gate) await this.#gate;
    // After any switch has finished: a page still showing another roadmap changes nothing here (N1).
    if (isOtherRoadmapCall(name, callingPage.getStore(), this.#open.id)) throw new AppError('conflict', ROADMAP_MOVED_MESSAGE);
    this.#running++;
    try {
      return await this.#open.handlers[name](request);
    } finally {
      this.#running--;
      if (this.#running === 0 && this.#idle) {
        this.#idle();
        this.#idle = null;
      }
    }
  }
}

/** Opens one roadmap's curriculum and PlanStore; throws AppError naming the roadmap when it cannot. */
async function openRoadmap<H>(options: RoadmapSessionOptions<H>, id: string, title: string): Promise<Omit<OpenRoadmap<H>, 'handlers'>> {
  const curriculum = id === BUILTIN_ID ? options.builtinCurriculum : await readRoadmapCurriculum(options.fs, options.dataDir, id, title);
  const store = await PlanStore.open({ dataDir: roadmapDir(options.dataDir, id), curriculum, clock: options.clock, fs: options.fs, watch: options.watch ?? false });
  return { id, store, curriculum };
}
