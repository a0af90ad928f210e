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
}

export interface Services {
  store: PlanStore;
  handlers: Handlers;
}

/** Everything main runs besides Electron itself; the E2E harness starts the very same thing. */
export async function startServices(options: ServiceOptions): Promise<Services> {
  const fs = options.fs ?? realFs;
  const curriculum = loadCurriculum();
  const store = await PlanStore.open({ dataDir: options.dataDir, curriculum, clock: options.clock, fs });
  const handlers = createHandlers({ ...options, fs, store, curriculum });
  return { store, handlers };
}
