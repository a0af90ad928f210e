import { resolve } from 'node:path';
import type { Curriculum } from '@shared/curriculum-schema';
import { loadCurriculum } from './core/curriculum';
import type { Clock } from './core/clock';
import { realFs, type FsPort } from './core/fs-port';
import type { PlanStore } from './core/plan-store';
import { importRoadmap, removeRoadmap } from './core/roadmaps/roadmap-changes';
import { RoadmapSession } from './core/roadmaps/roadmap-session';
import { createHandlers, type DesktopShell, type Dialogs, type Handlers } from './handlers';
import type { RoadmapManager } from './handlers/roadmaps';

export interface ServiceOptions {
  dataDir: string;
  clock: Clock;
  dialogs: Dialogs;
  shell: DesktopShell;
  printToPdf(html: string): Promise<Uint8Array>;
  appVersion: string;
  fs?: FsPort;
  /** Defaults to `<cwd>/resources/templates`: where they are in dev and in tests. */
  templatesDir?: string;
  /** 'browser' when src/server runs these services (see HandlerDeps.shellKind). */
  shellKind?: 'desktop' | 'browser';
}

export interface Services {
  /** The open roadmap's store and curriculum: they change when the learner switches roadmaps. */
  readonly store: PlanStore;
  /** Stable: each call goes to the roadmap open when it runs (see RoadmapSession). */
  handlers: Handlers;
  readonly curriculum: Curriculum;
  readonly roadmaps: RoadmapSession<Handlers>;
  /** Stops watching planner.json and releases the data folder's lock (on quit). */
  close(): Promise<void>;
}

/** Everything main runs besides Electron itself; the E2E harness starts the very same thing. */
export async function startServices(options: ServiceOptions): Promise<Services> {
  const fs = options.fs ?? realFs;
  const builtinCurriculum = loadCurriculum();
  const templatesDir = options.templatesDir ?? resolve(process.cwd(), 'resources', 'templates');
  const place = { dataDir: options.dataDir, clock: options.clock, fs };
  // The lock (one writer per data folder) and the file watch live in each roadmap's store, so every
  // shell (Electron, a browser server, tests) gets them by starting services here.
  const manager: RoadmapManager = {
    list: () => session.list(),
    importMarkdown: (text, sourceName) => importRoadmap(session, place, text, sourceName),
    switchTo: async (id) => {
      await session.manage(() => session.switchTo(id));
      return session.list();
    },
    remove: (id) => removeRoadmap(session, place, id),
  };
  const session: RoadmapSession<Handlers> = await RoadmapSession.start<Handlers>({
    ...place,
    builtinCurriculum,
    watch: true,
    makeHandlers: ({ id, store, curriculum }) => createHandlers({ ...options, fs, store, curriculum, templatesDir, roadmapId: id, roadmaps: manager }),
  });
  return {
    get store() {
      return session.store;
    },
    get curriculum() {
      return session.curriculum;
    },
    handlers: session.handlers,
    roadmaps: session,
    close: () => session.close(),
  };
}
