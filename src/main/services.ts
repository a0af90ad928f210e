import { resolve } from 'node:path';
import type { Curriculum } from '@shared/curriculum-schema';
import { loadCurriculum } from './core/curriculum';
import type { Clock } from './core/clock';
import { realFs, type FsPort } from './core/fs-port';
import { PlanStore } from './core/plan-store';
import { createHandlers, type DesktopShell, type Dialogs, type Handlers } from './handlers';

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
  store: PlanStore;
  handlers: Handlers;
  curriculum: Curriculum;
  /** Stops watching planner.json and releases the data folder's lock (on quit). */
  close(): Promise<void>;
}

/** Everything main runs besides Electron itself; the E2E harness starts the very same thing. */
export async function startServices(options: ServiceOptions): Promise<Services> {
  const fs = options.fs ?? realFs;
  const curriculum = loadCurriculum();
  // The lock (one writer per data folder) and the file watch live in the store, so every shell
  // (Electron, a browser server, tests) gets them by starting services here.
  const store = await PlanStore.open({ dataDir: options.dataDir, curriculum, clock: options.clock, fs, watch: true });
  const templatesDir = options.templatesDir ?? resolve(process.cwd(), 'resources', 'templates');
  const handlers = createHandlers({ ...options, fs, store, curriculum, templatesDir });
  return { store, handlers, curriculum, close: () => store.close() };
}
