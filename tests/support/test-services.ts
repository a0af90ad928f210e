import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock, type Clock } from '../../src/main/core/clock';
import type { FsPort } from '../../src/main/core/fs-port';
import { dispatch } from '../../src/main/handlers/dispatch';
import type { DesktopShell, Dialogs } from '../../src/main/handlers';
import { startServices } from '../../src/main/services';

export interface TestServiceOptions {
  /** Temp-folder prefix, so a leftover folder says which test made it. */
  prefix?: string;
  dataDir?: string;
  clock?: Clock;
  fs?: FsPort;
  dialogs?: Partial<Dialogs>;
  shell?: Partial<DesktopShell>;
  printToPdf?(html: string): Promise<Uint8Array>;
}

/**
 * The real main-process services on a temp data folder, called through the same dispatcher (and
 * contract validation) as IPC. Dialogs answer "cancelled" and OS calls are only recorded, unless
 * a test passes its own; `sideEffects` lists every dialog, shell and PDF call in order.
 */
export async function startTestServices(options: TestServiceOptions = {}) {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), `pp-${options.prefix ?? 'test'}-`)));
  const sideEffects: string[] = [];
  const record = <T>(entry: string, value: T): T => (sideEffects.push(entry), value);
  const services = await startServices({
    dataDir,
    clock: options.clock ?? fixedClock('2026-03-02'),
    fs: options.fs,
    appVersion: 'test',
    printToPdf: options.printToPdf ?? (async () => record('printToPdf', new Uint8Array())),
    dialogs: {
      chooseFolder: async () => record('chooseFolder', null),
      saveFile: async () => record('saveFile', null),
      openFile: async () => record('openFile', null),
      ...options.dialogs,
    },
    shell: {
      openExternal: async (url) => record(`openExternal ${url}`, undefined),
      openPath: async (path) => record(`openPath ${path}`, ''),
      showItemInFolder: (path) => record(`showItemInFolder ${path}`, undefined),
      ...options.shell,
    },
  });
  const call = (channel: unknown, payload: unknown) => dispatch(services.handlers, channel, payload, { validateReplies: true });
  return { ...services, dataDir, sideEffects, call };
}
